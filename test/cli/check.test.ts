// `aws-notes check`: text, JSON and SARIF output, exit codes, and --fix writing only what changed while
// keeping the byte order mark and line endings.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/cli/run';
import { repoRoot } from '../helpers/paths';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const WRONG = '# SQS\n\n- SQS 가시성 제한 시간 기본값은 12시간이다.\n- 이 줄은 맞다.\n';
const RIGHT = '# SQS\n\n- SQS 가시성 제한 시간 기본값은 30초, 최대 12시간이다.\n';

describe('aws-notes check', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'aws-notes-check-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints findings as text and exits 1 for a warning, 0 when clean', async () => {
    writeFileSync(join(dir, 'wrong.md'), WRONG);
    writeFileSync(join(dir, 'right.md'), RIGHT);
    const wrong = await cli('check', join(dir, 'wrong.md'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /wrong\.md:3:22: warning sqs-visibility-timeout-default: 이 노트는 .*30초입니다.* \[fixable\]/);
    assert.match(wrong.stdout, /1 finding in 1 note/);
    const right = await cli('check', join(dir, 'right.md'));
    assert.equal(right.code, 0);
    assert.match(right.stdout, /^0 findings in 1 note/);
  });

  it('reports contradictions between the notes of a folder, unless told --no-contradictions', async () => {
    writeFileSync(join(dir, 'ko.md'), '# SQS\n\n- SQS 가시성 타임아웃 기본값은 30초이다.\n');
    writeFileSync(join(dir, 'en.md'), '# Queues\n\nThe SQS visibility timeout default is 15 minutes.\n');
    const codes = (out: string) => JSON.parse(out).files.flatMap((f: any) => f.diagnostics.map((d: any) => `${f.path.split(/[\\/]/).pop()} ${d.code}`)).sort();
    const both = ['en.md notes-disagree', 'en.md sqs-visibility-timeout-default', 'ko.md notes-disagree'];
    assert.deepEqual(codes((await cli('check', '--format', 'json', dir)).stdout), both);
    assert.deepEqual(codes((await cli('check', '--format', 'json', '--no-contradictions', dir)).stdout), ['en.md sqs-visibility-timeout-default']);
    // files named one by one: only on request
    const files = [join(dir, 'ko.md'), join(dir, 'en.md')];
    assert.deepEqual(codes((await cli('check', '--format', 'json', ...files)).stdout), ['en.md sqs-visibility-timeout-default']);
    assert.deepEqual(codes((await cli('check', '--format', 'json', '--contradictions', ...files)).stdout), both);
  });

  it('extends the mentions JSON contract with diagnostics and their fixes', async () => {
    writeFileSync(join(dir, 'wrong.md'), WRONG);
    const { code, stdout } = await cli('check', '--format', 'json', join(dir, 'wrong.md'));
    assert.equal(code, 1);
    const json = JSON.parse(stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    assert.match(json.files[0].path, /wrong\.md$/);
    const [d] = json.files[0].diagnostics;
    assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'fixes']);
    assert.equal(d.code, 'sqs-visibility-timeout-default');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 25 } });
    assert.deepEqual(d.fixes, [{ title: '‘12시간’을 ‘30초’로 고치기', preferred: true, edits: [{ range: d.range, newText: '30초' }] }]);
  });

  it('writes SARIF 2.1.0 with one rule per fact and 1-based regions', async () => {
    writeFileSync(join(dir, 'wrong.md'), WRONG);
    const { code, stdout } = await cli('check', '--format', 'sarif', join(dir, 'wrong.md'));
    assert.equal(code, 1);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'aws-notes');
    assert.deepEqual(run.tool.driver.rules.map((r: any) => r.id), ['sqs-visibility-timeout-default']);
    assert.match(run.tool.driver.rules[0].helpUri, /^https:\/\/docs\.aws\.amazon\.com\//);
    const [result] = run.results;
    assert.equal(result.ruleId, 'sqs-visibility-timeout-default');
    assert.equal(result.ruleIndex, 0);
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 22, endLine: 3, endColumn: 26 });
    assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /wrong\.md$/);
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '30초');
  });

  it('--fix rewrites only notes that change, keeping BOM and CRLF, and reports what is left', async () => {
    const wrong = join(dir, 'wrong.md');
    const right = join(dir, 'right.md');
    writeFileSync(wrong, Buffer.from('\uFEFF' + WRONG.replace(/\n/g, '\r\n'), 'utf8'));
    writeFileSync(right, RIGHT);
    const rightMtime = statSync(right).mtimeMs;
    const { code, stdout } = await cli('check', '--fix', dir);
    assert.equal(code, 0, stdout);
    const bytes = readFileSync(wrong);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    assert.equal(bytes.subarray(3).toString('utf8'), WRONG.replace('12시간', '30초').replace(/\n/g, '\r\n'));
    assert.equal(statSync(right).mtimeMs, rightMtime, 'an unchanged note is not rewritten');
    assert.deepEqual(readdirSync(dir).sort(), ['right.md', 'wrong.md'], 'no temporary file is left');
    assert.match(stdout, /0 findings in 2 notes; fixed 1 note/);
  });

  it('exits 2 with a clear message on usage and input errors', async () => {
    const none = await cli('check');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no files or folders given/);
    const missing = await cli('check', join(dir, 'missing.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.md: no such file or folder/);
    writeFileSync(join(dir, 'x.md'), RIGHT);
    const format = await cli('check', '--format', 'xml', join(dir, 'x.md'));
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of text, json, sarif/);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3]));
    const binary = await cli('check', '--format', 'json', join(dir, 'binary.md'), join(dir, 'x.md'));
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /binary\.md: not a text file/);
    assert.equal(JSON.parse(binary.stdout).files.length, 1, 'the readable note is still checked');
  });

  it('prints its version (the package.json version) and its usage on request, exiting 0', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.deepEqual(await cli('--version'), { code: 0, stdout: `aws-notes ${version}\n`, stderr: '' });
    const help = await cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /aws-notes check/);
  });
});
