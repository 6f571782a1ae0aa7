// Edits never lose text. Every fix offered is applied to copies of real notes (the repo's fixtures and,
// when present, ../shared/corpus); then: nothing fixable remains, and outside the fixed spans every byte
// (line endings, BOM, other lines) is unchanged. Through the service directly, and through
// `aws-notes check --fix` once that command exists. Plus the atomic write it relies on.
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runCli } from '../../server/cli/run';
import { createNodeService } from '../../server/node/createService';
import { collectNotes, decodeNote } from '../../server/node/files';
import { encodeNote, writeFileAtomic, writeIfChanged } from '../../server/node/atomicWrite';
import type { Finding, LanguageService, TextEdit } from '../../server/service';
import { applyEdits } from '../property/invariants';
import { fixturesDir, sharedDir } from '../helpers/paths';

/** The edits `--fix` applies: every preferred fix, first come first served when two would overlap. */
function fixAllEdits(findings: Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const fixable = (findings: Finding[]) => findings.filter((f) => f.fixes.some((x) => x.preferred));

/** Variants of a note that must survive fixing byte for byte: CRLF, CR, BOM. */
function variants(text: string): { name: string; text: string; bom: boolean }[] {
  return [
    { name: 'as is', text, bom: false },
    { name: 'CRLF + BOM', text: text.replace(/\r?\n/g, '\r\n'), bom: true },
    { name: 'CR', text: text.replace(/\r?\n/g, '\r'), bom: false },
  ];
}

function noteSources(): { label: string; dir: string }[] {
  const out = [{ label: 'fixtures', dir: fixturesDir }];
  const corpus = join(sharedDir, 'corpus', 'notes');
  if (existsSync(corpus)) out.push({ label: 'corpus', dir: corpus });
  return out;
}

/** Check one note's fixes through the service: returns how many edits were applied. */
function roundTrip(service: LanguageService, uri: string, text: string): number {
  const edits = fixAllEdits(service.findings({ uri, text }));
  if (edits.length === 0) return 0;
  const fixed = applyEdits(text, edits);
  // outside the spans nothing moved: walk the edits and compare the untouched stretches
  let at = 0;
  let shift = 0;
  for (const e of edits) {
    assert.equal(fixed.slice(at + shift, e.start + shift), text.slice(at, e.start), `${uri}: text before offset ${e.start} changed`);
    assert.equal(fixed.slice(e.start + shift, e.start + shift + e.newText.length), e.newText);
    shift += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  assert.equal(fixed.slice(at + shift), text.slice(at), `${uri}: the tail changed`);
  const again = fixable(service.findings({ uri: uri + '#fixed', text: fixed }));
  assert.deepEqual(again.map((f) => `${f.code} ${JSON.stringify(fixed.slice(f.start, f.end))}`), [], `${uri}: still fixable after fixing`);
  return edits.length;
}

describe('fixes never lose text', function () {
  this.timeout(300_000); // the corpus has hundreds of notes
  const service = createNodeService();

  for (const { label, dir } of noteSources()) {
    it(`applying every preferred fix to the ${label} notes leaves nothing fixable and every other byte unchanged (LF, CRLF+BOM, CR)`, () => {
      let notes = 0;
      let edits = 0;
      for (const path of collectNotes(dir)) {
        let note;
        try {
          note = decodeNote(readFileSync(path), path);
        } catch {
          continue; // not a text note
        }
        notes++;
        // the line-ending and BOM variants only where there is something to fix (they cost a full re-parse)
        const [plain, ...others] = variants(note.text);
        const n = roundTrip(service, `mem://${label}/${relative(dir, path)}?${plain.name}`, plain.text);
        edits += n;
        if (n > 0) for (const v of others) roundTrip(service, `mem://${label}/${relative(dir, path)}?${v.name}`, v.text);
      }
      assert.ok(notes > 0);
      if (process.env.FIX_REPORT) console.log(`      ${label}: ${notes} notes, ${edits} fix edits applied and re-checked`);
    });
  }

  it('aws-notes check --fix on a copy writes exactly the fixed bytes (BOM, CRLF kept), atomically, only where something changed', async function () {
    let stdout = '';
    let stderr = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) };
    const probe = await runCli(['check', '--help'], io);
    if (probe === 2 && /unknown command 'check'/.test(stderr)) this.skip(); // h3's `check` has not landed yet
    const work = mkdtempSync(join(tmpdir(), 'aws-notes-fix-'));
    try {
      for (const { label, dir } of noteSources()) cpSync(dir, join(work, label), { recursive: true, filter: (src) => !lstatSync(src).isSymbolicLink() });
      // CRLF + BOM copies of every fixture note too
      for (const path of collectNotes(join(work, 'fixtures'))) {
        const note = decodeNote(readFileSync(path), path);
        writeFileSync(path.replace(/\.md$/i, '.crlf-bom.md'), encodeNote({ text: note.text.replace(/\r?\n/g, '\r\n'), bom: true }));
      }
      const before = new Map<string, { bytes: Buffer; mtime: number; expected: Buffer }>();
      for (const path of collectNotes(work)) {
        const bytes = readFileSync(path);
        let expected: Buffer = bytes;
        try {
          const note = decodeNote(bytes, path);
          const edits = fixAllEdits(service.findings({ uri: path, text: note.text }));
          if (edits.length) expected = encodeNote({ text: applyEdits(note.text, edits), bom: note.bom });
        } catch {
          // binary or not UTF-8: must stay as it is
        }
        before.set(path, { bytes, mtime: statSync(path).mtimeMs, expected });
      }
      stdout = stderr = '';
      await runCli(['check', '--fix', '--format', 'json', work], io);
      JSON.parse(stdout); // valid JSON whatever happened
      for (const [path, b] of before) {
        const now = readFileSync(path);
        assert.ok(now.equals(b.expected), `${path}: bytes after --fix differ from the original with exactly the fixes applied`);
        if (b.expected === b.bytes) assert.equal(statSync(path).mtimeMs, b.mtime, `${path}: rewritten although nothing changed`);
      }
      for (const entry of readdirSync(work, { recursive: true }) as string[]) assert.doesNotMatch(entry, /\.tmp$/, 'a temporary file was left behind');
      stdout = '';
      await runCli(['check', '--format', 'json', work], io);
      const after = JSON.parse(stdout);
      const remaining = JSON.stringify(after).match(/"preferred":true/g) ?? [];
      assert.equal(remaining.length, 0, 'nothing fixable remains');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('atomic write', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'aws-notes-atomic-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file in one step, keeps its mode, writes through a symbolic link, leaves no temp file', () => {
    const file = join(dir, 'note.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    const link = join(dir, 'link.md');
    symlinkSync(file, link);
    writeFileAtomic(link, Buffer.from('new ✓'));
    assert.equal(readFileSync(file, 'utf8'), 'new ✓');
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).sort(), ['link.md', 'note.md']);
  });

  it('writes only when the bytes differ, and keeps BOM and line endings as given', () => {
    const file = join(dir, 'same.md');
    const bytes = encodeNote({ text: 'a\r\nb\rc\n', bom: true });
    assert.equal(writeIfChanged(file, bytes), true);
    assert.deepEqual([...readFileSync(file).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const mtime = statSync(file).mtimeMs;
    assert.equal(writeIfChanged(file, bytes), false);
    assert.equal(statSync(file).mtimeMs, mtime);
    assert.equal(decodeNote(readFileSync(file), file).text, 'a\r\nb\rc\n');
  });

  it('a failed write leaves the original untouched and no temporary file', () => {
    const sub = join(dir, 'ro');
    const file = join(sub, 'n.md');
    cpSync(join(dir, 'same.md'), file);
    // a non-empty folder in the way of the rename makes it fail after the temporary file was written
    const target = join(sub, 'dir.md');
    cpSync(file, join(target, 'x'));
    assert.throws(() => writeFileAtomic(target, Buffer.from('x')));
    assert.deepEqual(readdirSync(sub).filter((n) => n.endsWith('.tmp')), []);
    assert.equal(decodeNote(readFileSync(file), file).text, 'a\r\nb\rc\n');
  });
});
