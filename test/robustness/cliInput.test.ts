// The CLI meets every kind of path: each bad input gets one clear line on stderr and exit code 2, the other
// notes are still processed, and JSON output stays one valid JSON document.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/cli/run';
import { cliJs } from '../helpers/paths';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr, errLines: stderr.split('\n').filter(Boolean) };
}

describe('CLI with bad input', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aws-notes-cli-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'good.md'), 'Lambda는 서버리스\n');
    writeFileSync(join(dir, 'notes', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'notes', 'latin1.md'), Buffer.from('caf\xe9 Lambda\n', 'latin1'));
    writeFileSync(join(dir, 'notes', 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Lambda', 'utf16le')]));
    writeFileSync(join(dir, 'notes', 'zz-last.md'), 'S3 and VPC\n');
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'readme.txt'), 'not a note');
    if (process.platform !== 'win32') spawnSync('mkfifo', [join(dir, 'notes', 'pipe.md')]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing path: one line naming it, exit 2, and the other paths are still processed', async () => {
    const r = await run(['mentions', '--format', 'json', join(dir, 'nope.md'), join(dir, 'notes', 'good.md')]);
    assert.equal(r.code, 2);
    assert.equal(r.errLines.length, 1);
    assert.match(r.errLines[0], /nope\.md: no such file or folder/);
    const json = JSON.parse(r.stdout);
    assert.equal(json.files.length, 1);
    assert.equal(json.errors.length, 1);
  });

  it('a folder without notes: one line, exit 2', async () => {
    const r = await run(['mentions', join(dir, 'empty')]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.errLines.map((l) => /no Markdown notes/.test(l)), [true]);
    assert.equal(r.stdout, '');
  });

  it('binary, non-UTF-8 and UTF-16 files: one line each, the rest of the folder is still read, JSON stays valid', async () => {
    const r = await run(['mentions', '--format', 'json', join(dir, 'notes')]);
    assert.equal(r.code, 2);
    assert.equal(r.errLines.length, 3, r.stderr);
    assert.match(r.stderr, /binary\.md: not a text file/);
    assert.match(r.stderr, /latin1\.md: not valid UTF-8/);
    assert.match(r.stderr, /utf16\.md: UTF-16 text is not supported/);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path.replace(/.*[\\/]/, '')), ['good.md', 'zz-last.md']);
    assert.equal(json.errors.length, 3);
  });

  it('does not read FIFOs or devices named *.md (reading one would block forever)', async function () {
    if (!existsSync(join(dir, 'notes', 'pipe.md'))) this.skip();
    const r = await run(['mentions', '--format', 'json', join(dir, 'notes')]);
    assert.doesNotMatch(r.stderr, /pipe\.md/);
    const direct = await run(['mentions', join(dir, 'notes', 'pipe.md')]);
    assert.equal(direct.code, 2);
    assert.match(direct.stderr, /pipe\.md: not a file or folder/);
  });

  it('an unreadable file: one line, exit 2, the others still processed (run as an unprivileged user when root)', function () {
    if (!existsSync(cliJs)) this.skip();
    const isRoot = process.getuid?.() === 0;
    const work = mkdtempSync(join(tmpdir(), 'aws-notes-unreadable-'));
    try {
      writeFileSync(join(work, 'a.md'), 'Lambda\n');
      writeFileSync(join(work, 'secret.md'), 'S3\n');
      chmodSync(work, 0o755);
      chmodSync(join(work, 'a.md'), 0o644);
      chmodSync(join(work, 'secret.md'), 0o000);
      // root reads anything, so the CLI runs as "nobody"; it must be able to reach the built CLI for that
      const r = spawnSync(process.execPath, [cliJs, 'mentions', '--format', 'json', work], { encoding: 'utf8', ...(isRoot ? { uid: 65534, gid: 65534 } : {}), cwd: work });
      if (isRoot && /EACCES|Cannot find module/.test(r.stderr) && !/secret\.md/.test(r.stderr)) this.skip(); // the build folder is not readable by nobody
      assert.equal(r.status, 2, r.stderr);
      const lines = r.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /secret\.md: cannot read \(EACCES\)/);
      assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['a.md']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('usage errors and an unknown command: exit 2 with the usage text on stderr, nothing on stdout', async () => {
    for (const argv of [['mentions'], ['frobnicate', 'x'], ['mentions', '--format', 'yaml', dir], ['mentions', '--format']]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /^aws-notes: .+\n\nUsage:/);
      assert.equal(r.stdout, '');
    }
  });

  it('JSON output is valid JSON for hostile note content (control characters, lone surrogates, huge notes)', async () => {
    const hostile = join(dir, 'hostile');
    mkdirSync(hostile);
    writeFileSync(join(hostile, 'ctrl.md'), 'Lambda \u0001\u0007\u001b[31m "quoted" \\ back\u2028slash\r\nS3\r');
    writeFileSync(join(hostile, 'surrogate.md'), Buffer.from([0xed, 0xa0, 0x80, 0x20, 0x53, 0x33])); // CESU-8 lone surrogate: invalid UTF-8
    writeFileSync(join(hostile, 'big.md'), 'Lambda '.repeat(400_000)); // 2.8 MB, over the default 2048 KB
    const r = await run(['mentions', '--format', 'json', hostile]);
    const json = JSON.parse(r.stdout);
    const byName = Object.fromEntries(json.files.map((f: any) => [f.path.replace(/.*[\\/]/, ''), f.mentions]));
    assert.deepEqual(byName['ctrl.md'].map((m: any) => m.concept), ['lambda', 's3']);
    assert.deepEqual(byName['big.md'], []);
    assert.match(r.stderr, /big\.md: skipped, larger than maxNoteSizeKB \(2048 KB\)/);
    assert.match(r.stderr, /surrogate\.md: not valid UTF-8/);
    assert.equal(r.code, 2);
  });
});
