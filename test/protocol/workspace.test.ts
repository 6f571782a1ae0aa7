// The workspace index through the real server over stdio, on a copy of test/fixtures/workspace: problems
// of notes nobody opened, exclusions, progress, navigation by concept, open documents over the disk, the
// file watcher, the diagnostics scope setting, and a warm start from the persistent cache.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../helpers/lspClient';
import { fixturesDir } from '../helpers/paths';

const CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  window: { workDoneProgress: true },
  textDocument: { hover: { contentFormat: ['markdown'] } },
};

const uriOf = (root: string, rel: string) => pathToFileURL(join(root, rel)).href;

/** Resolves with the first notification `method` whose params satisfy `predicate`. */
function nextNotification(client: TestLspClient, method: string, predicate: (p: any) => boolean = () => true): Promise<any> {
  return new Promise((resolve) => {
    const seen: any[] = [];
    client.connection.onNotification(method, (p: any) => {
      seen.push(p);
      if (predicate(p)) resolve(p);
    });
  });
}

async function startServer(root: string, storage: string, settings: Record<string, unknown>) {
  const client = new TestLspClient();
  client.configurationFor = (section) => (section === 'files.exclude' ? { '**/archive': true } : section === 'awsNotes' ? settings : {});
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  const idle = nextNotification(client, 'awsNotes/indexStatus', (p) => p.state === 'idle');
  await client.initialize(root, { storagePath: storage, conceptCards: true }, CAPABILITIES);
  await idle;
  return { client, logs };
}

describe('workspace index over stdio', function () {
  let root: string;
  let storage: string;
  let client: TestLspClient;
  let logs: string[];
  const settings: Record<string, unknown> = { exclude: ['drafts/**'], diagnostics: { scope: 'workspace' }, codeLens: { enabled: true } };
  const uri = (rel: string) => uriOf(root, rel);

  before(async () => {
    const base = mkdtempSync(join(tmpdir(), 'aws-notes-ws-'));
    root = join(base, 'notes');
    storage = join(base, 'storage');
    cpSync(join(fixturesDir, 'workspace'), root, { recursive: true });
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'README.md'), 'Lambda 함수의 최대 실행 시간은 50분이다.\n');
    ({ client, logs } = await startServer(root, storage, settings));
  });
  after(async () => {
    await client?.stop();
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('publishes the problems of notes nobody opened', async () => {
    const lambda = await client.diagnostics(uri('lambda.md'), (d) => d.diagnostics.length > 0);
    assert.deepEqual(lambda.diagnostics.map((d) => d.code), ['lambda-max-timeout']);
    assert.equal(lambda.diagnostics[0].range.start.line, 4);
    const sqs = await client.diagnostics(uri('queues/sqs-ko.md'), (d) => d.diagnostics.length > 0);
    assert.ok(sqs.diagnostics.some((d) => d.code === 'sqs-visibility-timeout-default'));
  });

  it('reports two notes that contradict each other on both, each pointing at the other', async () => {
    const en = await client.diagnostics(uri('queues/sqs.md'), (d) => d.diagnostics.length > 0);
    const ko = await client.diagnostics(uri('queues/sqs-ko.md'), (d) => d.diagnostics.some((x) => x.code === 'notes-disagree'));
    const onEn = en.diagnostics.find((d) => d.code === 'notes-disagree');
    const onKo = ko.diagnostics.find((d) => d.code === 'notes-disagree');
    assert.equal(onEn.relatedInformation[0].location.uri, uri('queues/sqs-ko.md'));
    assert.equal(onEn.relatedInformation[0].location.range.start.line, 2);
    assert.equal(onKo.relatedInformation[0].location.uri, uri('queues/sqs.md'));
    assert.equal(onKo.relatedInformation[0].location.range.start.line, 4);
    assert.match(onEn.message, /sqs-ko\.md says 15분/);
  });

  it('leaves out excluded notes (awsNotes.exclude, files.exclude) and node_modules', () => {
    for (const rel of ['drafts/scratch.md', 'archive/old.md', 'node_modules/pkg/README.md']) {
      assert.equal(client.latest.get(uri(rel)), undefined, `${rel} should not be indexed`);
    }
  });

  it('reports work-done progress while indexing', () => {
    const values = client.progress.map((p) => p.value);
    assert.equal(values[0].kind, 'begin');
    assert.match(values[0].message, /^Indexing notes 0\/5$/);
    assert.ok(values.some((v) => v.kind === 'report' && v.message === 'Indexing notes 5/5'));
    assert.equal(values[values.length - 1].kind, 'end');
  });

  it('asks the client to watch Markdown files', () => {
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watch, 'no file watcher registered');
    assert.match(watch.registerOptions.watchers[0].globPattern, /\*\*\/\*\.\{?md/);
  });

  it('goes from a mention to the concept card, whose text the conceptCard request serves', async () => {
    const text = 'SQS 큐와 Lambda를 함께 쓴다.\n';
    client.open(uri('scratch-open.md'), text);
    const defs = await client.request('textDocument/definition', { textDocument: { uri: uri('scratch-open.md') }, position: { line: 0, character: 10 } });
    assert.deepEqual(defs.map((d: any) => d.uri), ['aws-notes:/concepts/lambda.md']);
    const card = await client.request('awsNotes/conceptCard', { id: 'lambda', lang: 'ko' });
    assert.match(card.markdown, /람다/);
    assert.match(card.markdown, /lambda\.md/, 'the card lists the notes that mention the concept');
    assert.equal(await client.request('awsNotes/conceptCard', { id: 'no-such-concept' }), null);
  });

  it('finds every mention of a concept across notes, opened or not', async () => {
    const refs: { uri: string; range: any }[] = await client.request('textDocument/references', {
      textDocument: { uri: uri('scratch-open.md') },
      position: { line: 0, character: 10 },
      context: { includeDeclaration: true },
    });
    const files = [...new Set(refs.map((r) => r.uri))].sort();
    assert.deepEqual(files, [uri('lambda.md'), uri('queues/sqs.md'), uri('scratch-open.md')].sort());
    // "# Lambda 정리" is the first mention in lambda.md
    const first = refs.find((r) => r.uri === uri('lambda.md'))!;
    assert.deepEqual(first.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } });
    const byRequest = await client.request('awsNotes/conceptReferences', { id: 'lambda' });
    assert.equal(byRequest.length, refs.length);
  });

  it('lists a note\'s headings as document symbols, nested', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('lambda.md') } });
    assert.deepEqual(
      symbols.map((s: any) => [s.name, s.children.map((c: any) => c.name)]),
      [['Lambda 정리', ['제한 사항', '연동']]],
    );
  });

  it('finds concepts and note headings as workspace symbols', async () => {
    const symbols = await client.request('workspace/symbol', { query: 'visibility' });
    assert.ok(symbols.some((s: any) => s.name === 'Visibility timeout' && s.location.uri === uri('queues/sqs.md')));
    assert.ok(symbols.some((s: any) => s.location.uri === 'aws-notes:/concepts/visibility-timeout.md'));
  });

  it('shows a CodeLens with note and finding counts above a heading that names a concept', async () => {
    client.open(uri('lambda.md'), readFileSync(join(root, 'lambda.md'), 'utf8'));
    await client.diagnostics(uri('lambda.md'), (d) => d.version === 1);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: uri('lambda.md') } });
    const top = lenses.find((l: any) => l.range.start.line === 0);
    assert.ok(top, 'no lens on the first heading');
    assert.equal(top.command.title, 'Lambda · 노트 3개 · 문제 1개');
    assert.equal(top.command.command, 'awsNotes.openCard');
    assert.deepEqual(top.command.arguments, ['lambda']);
  });

  it('says in the hover card how many notes mention the concept', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('lambda.md') }, position: { line: 0, character: 3 } });
    assert.match(hover.contents.value, /노트 3개에서 언급/);
    assert.match(hover.contents.value, /\(file:[^)]*queues\/sqs\.md#L\d+\)/);
  });

  it('lets an open document\'s text win over the disk, and brings the disk version back on close', async () => {
    const target = uri('queues/sqs-ko.md');
    client.open(target, '# SQS 복습\n\n- SQS 가시성 타임아웃 기본값은 30초이다.\n');
    await client.diagnostics(target, (d) => d.version === 1 && d.diagnostics.length === 0);
    // the other note no longer disagrees with it
    await client.diagnostics(uri('queues/sqs.md'), (d) => d.diagnostics.length === 0);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: target } });
    const back = await client.diagnostics(target, (d) => d.diagnostics.length > 0);
    assert.ok(back.diagnostics.some((d) => d.code === 'sqs-visibility-timeout-default'));
    await client.diagnostics(uri('queues/sqs.md'), (d) => d.diagnostics.some((x) => x.code === 'notes-disagree'));
  });

  it('follows the file watcher: a new note is indexed, a deleted one leaves', async () => {
    const path = join(root, 'networking', 'new.md');
    writeFileSync(path, '# 새 노트\n\nLambda 함수의 최대 실행 시간은 20분이다.\n');
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('networking/new.md'), type: 1 }] });
    const found = await client.diagnostics(uri('networking/new.md'), (d) => d.diagnostics.length > 0);
    assert.equal(found.diagnostics[0].code, 'lambda-max-timeout');
    unlinkSync(path);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('networking/new.md'), type: 3 }] });
    await client.diagnostics(uri('networking/new.md'), (d) => d.diagnostics.length === 0);
    const refs = await client.request('awsNotes/conceptReferences', { id: 'lambda' });
    assert.ok(!refs.some((r: any) => r.uri === uri('networking/new.md')));
  });

  it('publishes only open notes\' problems with awsNotes.diagnostics.scope = openFiles', async () => {
    settings.diagnostics = { scope: 'openFiles' };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri('queues/sqs-ko.md'), (d) => d.diagnostics.length === 0);
    // lambda.md is open: it keeps its problems
    assert.ok(client.latest.get(uri('lambda.md'))!.diagnostics.length > 0);
    settings.diagnostics = { scope: 'workspace' };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri('queues/sqs-ko.md'), (d) => d.diagnostics.length > 0);
  });

  it('starts warm from the cache in the storage folder', async () => {
    assert.ok(readdirSync(storage).some((f) => /^aws-notes-index-.*\.bin$/.test(f)), 'no cache file written');
    assert.ok(logs.some((m) => /indexed 5 notes \(0 from the cache\) in /.test(m)), logs.join('\n'));
    const second = await startServer(root, storage, settings);
    try {
      assert.ok(second.logs.some((m) => /indexed 5 notes \(5 from the cache\) in /.test(m)), second.logs.join('\n'));
      const lambda = await second.client.diagnostics(uri('lambda.md'), (d) => d.diagnostics.length > 0);
      assert.equal(lambda.diagnostics[0].code, 'lambda-max-timeout');
    } finally {
      await second.client.stop();
    }
  });
});
