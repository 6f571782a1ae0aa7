// The node side of the workspace index: finding notes (exclusions), the persistent cache, and indexing in
// worker threads giving exactly what indexing in this thread gives.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excludeTest, includeTest, isIncluded, scanFolder } from '../../server/node/scanner';
import { engineKey, openNoteCache } from '../../server/node/noteCache';
import { indexNotes } from '../../server/node/indexer';
import { checkNotes } from '../../server/node/workspaceCheck';
import { createNodeService } from '../../server/node/createService';
import { summarizeNote } from '../../server/service/workspace/summarizeNote';
import { distDir, fixturesDir } from '../helpers/paths';

/** A summary as plain JSON: typed arrays as arrays, keys with undefined values gone (as the cache stores it). */
const plain = (summary: unknown) => JSON.parse(JSON.stringify(summary, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));

describe('workspace scanning, cache and indexer', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aws-notes-idx-'));
    cpSync(join(fixturesDir, 'workspace'), join(dir, 'notes'), { recursive: true });
    mkdirSync(join(dir, 'notes', 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'notes', 'node_modules', 'x', 'a.md'), 'Lambda\n');
    writeFileSync(join(dir, 'notes', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const notesDir = () => join(dir, 'notes');

  describe('scanner', () => {
    it('finds Markdown notes, skipping node_modules and what the exclude globs name', () => {
      const rel = (paths: string[]) => paths.map((p) => p.slice(notesDir().length + 1)).sort();
      const all = rel(scanFolder(notesDir()));
      assert.ok(all.includes('drafts/scratch.md') && all.includes('archive/old.md'));
      assert.ok(!all.some((p) => p.startsWith('node_modules')));
      const excluded = excludeTest({ '**/archive': true, '**/README.md': false, '**/*.tmp': { when: '$(basename).md' } }, ['drafts/**', 42]);
      assert.deepEqual(rel(scanFolder(notesDir(), excluded)), ['README.md', 'binary.md', 'lambda.md', 'networking/vpc.md', 'queues/sqs-ko.md', 'queues/sqs.md']);
    });

    it('keeps only the notes awsNotes.include names, when it names any', () => {
      const rel = (paths: string[]) => paths.map((p) => p.slice(notesDir().length + 1)).sort();
      assert.deepEqual(rel(scanFolder(notesDir(), excludeTest(undefined, ['**/sqs-ko.md']), includeTest(['queues/**', 42]))), ['queues/sqs.md']);
      assert.equal(includeTest([])('anything.md'), true);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'lambda.md'), () => false, includeTest(['queues/**'])), false);
    });

    it('decides single files (from the file watcher) the same way', () => {
      const excluded = excludeTest({ '**/archive': true }, ['drafts/**']);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'lambda.md'), excluded), true);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'archive', 'old.md'), excluded), false);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'drafts', 'x', 'y.md'), excluded), false);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'node_modules', 'x', 'a.md'), excluded), false);
      assert.equal(isIncluded(notesDir(), join(notesDir(), 'notes.txt'), excluded), false);
      assert.equal(isIncluded(notesDir(), join(dir, 'elsewhere.md'), excluded), false);
    });

    it('ignores a glob it cannot compile instead of failing', () => {
      const excluded = excludeTest(undefined, ['[', 'drafts/**']);
      assert.equal(excluded('drafts/a.md'), true);
      assert.equal(excluded('lambda.md'), false);
    });
  });

  describe('persistent cache', () => {
    it('gives back exactly the summary it stored, under the URI asked for', () => {
      const service = createNodeService();
      const text = '# Lambda\n\n- Lambda 함수의 최대 실행 시간은 30분이다.\r\n- S3 버킷\n';
      const summary = { ...summarizeNote(service, { uri: 'file:///a.md', text }), source: 'bytes-key' };
      const cacheDir = join(dir, 'cache1');
      const engine = engineKey(service.knowledge, service.settings(), 'test');
      const cache = openNoteCache(cacheDir, engine);
      cache.put(summary);
      cache.save();
      const again = openNoteCache(cacheDir, engine).get('bytes-key', 'file:///b.md');
      assert.ok(again!.lineStarts instanceof Uint32Array && again!.mentions instanceof Uint32Array);
      assert.deepEqual(plain(again), plain({ ...summary, uri: 'file:///b.md' }));
      assert.equal(openNoteCache(cacheDir, engineKey(service.knowledge, { ...service.settings(), language: 'en' }, 'test')).get('bytes-key', 'x'), undefined, 'another engine never reads it');
    });

    it('starts empty from a damaged file', () => {
      const cacheDir = join(dir, 'cache2');
      mkdirSync(cacheDir);
      // a good file, then the same file cut short and with a broken header
      const service = createNodeService();
      const good = openNoteCache(cacheDir, 'e1');
      good.put({ ...summarizeNote(service, { uri: 'u', text: 'S3 버킷' }), source: 'k' });
      good.save();
      assert.equal(openNoteCache(cacheDir, 'e1').size, 1);
      const bytes = readFileSync(good.file);
      writeFileSync(good.file, bytes.subarray(0, bytes.length - 9));
      assert.equal(openNoteCache(cacheDir, 'e1').size, 0, 'a truncated file is not trusted');
      bytes.writeUInt32LE(12345, 8);
      writeFileSync(good.file, bytes);
      assert.equal(openNoteCache(cacheDir, 'e1').size, 0, 'a broken header is not trusted');
      writeFileSync(good.file, 'not a cache');
      assert.equal(openNoteCache(cacheDir, 'e1').size, 0);
    });
  });

  describe('indexer', () => {
    const refs = () => scanFolder(notesDir()).map((path) => ({ uri: path, path }));
    const options = () => {
      const service = createNodeService();
      return { knowledge: service.knowledge, settings: service.settings() };
    };
    const comparable = (notes: Awaited<ReturnType<typeof indexNotes>>) => notes.map((n) => plain({ uri: n.uri, error: n.error, summary: n.summary }));

    it('gives the same summaries in worker threads as in this thread, and reports unreadable notes', async function () {
      const script = join(distDir, 'index-worker.js');
      if (!existsSync(script)) this.skip();
      const here = await indexNotes(refs(), { ...options(), workers: 0 });
      const there = await indexNotes(refs(), { ...options(), workers: 2, workerScript: script, minWorkerBytes: 0 });
      assert.deepEqual(comparable(there), comparable(here));
      // the CLI's way: this thread takes notes too, beside the workers
      const both = await indexNotes(refs(), { ...options(), workers: 1, alsoInThisThread: true, workerScript: script, minWorkerBytes: 0 });
      assert.deepEqual(comparable(both), comparable(here));
      const binary = here.find((n) => n.path.endsWith('binary.md'))!;
      assert.match(binary.error!, /not a text file/);
      assert.ok(here.find((n) => n.path.endsWith('lambda.md'))!.summary!.findings.some((f) => f.code === 'lambda-max-timeout'));
    });

    it('takes every note from the cache on the next run', async () => {
      const cacheDir = join(dir, 'cache3');
      const o = options();
      const engine = engineKey(o.knowledge, o.settings, 'test');
      const cold = openNoteCache(cacheDir, engine);
      const first = await indexNotes(refs(), { ...o, cache: cold, workers: 0 });
      assert.ok(first.every((n) => !n.cached));
      assert.equal(openNoteCache(cacheDir, engine).size, 0, 'nothing is written before save()');
      cold.save();
      const warm = await indexNotes(refs(), { ...o, cache: openNoteCache(cacheDir, engine), workers: 0 });
      assert.ok(warm.filter((n) => n.summary).every((n) => n.cached));
      assert.deepEqual(comparable(warm).map((n) => n.summary), comparable(first).map((n) => n.summary));
    });

    it('parses notes with the same content once', async () => {
      const twins = join(dir, 'twins');
      mkdirSync(twins);
      for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(twins, name), '# S3\n\nS3 버킷 하나.\n');
      const notes = await indexNotes(scanFolder(twins).map((path) => ({ uri: path, path })), { ...options(), workers: 0 });
      assert.deepEqual(notes.map((n) => n.summary!.uri), notes.map((n) => n.path));
      assert.equal(new Set(notes.map((n) => n.summary!.mentions)).size, 1, 'one summary shared by the three notes');
    });
  });

  describe('checkNotes (the CLI\'s fast path)', () => {
    it('returns each note\'s findings with ranges, and errors for unreadable notes', async () => {
      const service = createNodeService();
      const checked = await checkNotes(scanFolder(notesDir()), { service, cacheDir: join(dir, 'cache4'), workers: 0, contradictions: true });
      const lambda = checked.find((n) => n.path.endsWith('lambda.md'))!;
      // 30분 here, 45분 in archive/old.md, 60분 in drafts/scratch.md: each is wrong against the KB (15분), which the
      // fact check says; as none of them states the KB's value they are not set against each other
      assert.deepEqual(lambda.findings.map((f) => f.code).sort(), ['lambda-max-timeout']);
      assert.equal(lambda.rangeOf(lambda.findings[0].start, lambda.findings[0].end).start.line, 4);
      assert.match(checked.find((n) => n.path.endsWith('binary.md'))!.error!, /not a text file/);
    });
  });
});
