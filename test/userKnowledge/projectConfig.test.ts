// .aws-notes/config.yaml and the learner's knowledge in the CLI: found in the folder given or a parent,
// or named with --config; the same settings and knowledge the editor uses, problems as file:line:col.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/cli/run';
import { findProjectRoot, loadProjectConfig, noteSelector } from '../../server/node/projectConfig';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
const concepts = (stdout: string) => JSON.parse(stdout).files.flatMap((f: any) => f.mentions.map((m: any) => `${m.text}=${m.concept}`));

describe('project configuration (.aws-notes/config.yaml) in the CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aws-notes-project-'));
    mkdirSync(join(dir, '.aws-notes'));
    mkdirSync(join(dir, 'notes', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, '.aws-notes', 'aliases.yaml'), 'version: 1\naliases:\n  lambda: [람다펑션]\n');
    writeFileSync(join(dir, '.aws-notes', 'config.yaml'), 'version: 1\nexclude: ["drafts/**"]\nmaxNoteSizeKB: 1\n');
    writeFileSync(join(dir, 'notes', 'deep', 'a.md'), '람다펑션을 쓴다\n');
    writeFileSync(join(dir, 'notes', 'big.md'), 'Lambda '.repeat(300)); // 2.1 KB > 1 KB
    writeFileSync(join(dir, 'drafts', 'd.md'), '람다펑션 초안\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds .aws-notes in the folder given or any parent', () => {
    assert.equal(findProjectRoot(join(dir, 'notes', 'deep')), dir);
    assert.equal(loadProjectConfig(join(dir, 'notes', 'deep', 'a.md')).root, dir);
    assert.equal(findProjectRoot(tmpdir()), undefined);
  });

  it('applies aliases, the size limit and exclude globs to `aws-notes mentions` on a sub-folder', async () => {
    const r = await run(['mentions', '--format', 'json', dir]);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout).files.map((f: any) => f.path.replace(/\\/g, '/').replace(/.*?(notes|drafts)\//, '$1/'));
    assert.deepEqual(files, ['notes/big.md', 'notes/deep/a.md']); // drafts/ excluded
    assert.deepEqual(concepts(r.stdout), ['람다펑션=lambda']);
    assert.match(r.stderr, /big\.md: skipped, larger than maxNoteSizeKB \(1 KB\)/);
    const sub = await run(['mentions', '--format', 'json', join(dir, 'notes', 'deep')]);
    assert.deepEqual(concepts(sub.stdout), ['람다펑션=lambda']);
    const explicit = await run(['mentions', '--format', 'json', join(dir, 'drafts', 'd.md')]);
    assert.deepEqual(concepts(explicit.stdout), ['람다펑션=lambda'], 'a file named on the command line is checked even when excluded');
  });

  it('--config names another file; problems print as file:line:col and make the exit code 2, after the notes are processed', async () => {
    const other = join(dir, 'ci.yaml');
    writeFileSync(other, 'aliases:\n  lambda: 람다펑션\n  nope: [x]\nlanguage: fr\n');
    const r = await run(['mentions', '--format', 'json', '--config', other, join(dir, 'notes', 'deep')]);
    assert.equal(r.code, 2);
    assert.deepEqual(concepts(r.stdout), ['람다펑션=lambda']);
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.deepEqual(lines.map((l) => l.replace(/.*ci\.yaml:/, '')), ["4:11: error: language must be auto, ko or en", "3:10: error: no concept 'nope' to add the alias to"]);
    const missing = await run(['mentions', '--config', join(dir, 'nope.yaml'), join(dir, 'notes')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yaml/);
  });

  it('a later run in the same process starts again from the bundled knowledge and default settings', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'aws-notes-plain-'));
    try {
      writeFileSync(join(elsewhere, 'n.md'), '람다펑션 Lambda ' + 'x'.repeat(2000));
      const r = await run(['mentions', '--format', 'json', elsewhere]);
      assert.deepEqual(concepts(r.stdout), ['Lambda=lambda']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('selects notes with include and exclude globs relative to the project root', () => {
    const select = noteSelector({ root: dir, files: [], settings: {}, include: ['notes/**'], exclude: ['**/old-*.md'], problems: [] });
    assert.equal(select(join(dir, 'notes', 'a.md')), true);
    assert.equal(select(join(dir, 'notes', 'old-a.md')), false);
    assert.equal(select(join(dir, 'drafts', 'a.md')), false);
    assert.equal(select(join(tmpdir(), 'elsewhere.md')), true);
  });
});
