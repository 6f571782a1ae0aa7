// A real third-party LSP client: headless Neovim's built-in client attaches dist/server.js over stdio.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, serverJs } from '../helpers/paths';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  severity: number;
  source: string | null;
  message: string;
  text: string;
}
interface NvimResult {
  diagnostics: NvimDiagnostic[];
  hover: string | null;
  errors: string[];
  finished: string;
}

const nvimVersion = () => {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
};

function runNeovim(note: string, hoverAt: { line: number; character: number }): Promise<NvimResult> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-notes-nvim-'));
  const out = join(dir, 'result.json');
  return new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '--clean', '-u', join(repoRoot, 'test', 'neovim', 'init.lua')], {
      env: {
        ...process.env,
        AWS_NOTES_NODE: process.execPath,
        AWS_NOTES_SERVER: serverJs,
        AWS_NOTES_NOTE: note,
        AWS_NOTES_HOVER_AT: `${hoverAt.line}:${hoverAt.character}`,
        AWS_NOTES_OUT: out,
        XDG_STATE_HOME: dir,
        XDG_DATA_HOME: dir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    // init.lua quits by itself (at the latest after its own 30 s guard); this only makes sure no nvim outlives the test.
    const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      try {
        resolve(JSON.parse(readFileSync(out, 'utf8')));
      } catch {
        reject(new Error(`nvim exited with ${code} and wrote no result; stderr: ${stderr.slice(-2000)}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('Neovim as an LSP client (headless)', function () {
  before(function () {
    const version = nvimVersion();
    if (!version) this.skip(); // nvim is installed by `npm run test:e2e`, which runs this test again
  });

  it('shows the findings of a Korean note as Neovim diagnostics and answers a hover with the concept card', async () => {
    const note = join(repoRoot, 'test', 'fixtures', 'editor-workspace', 'serverless-ko.md');
    const lines = readFileSync(note, 'utf8').split('\n');
    const hoverLine = lines.findIndex((l) => l.includes('Lambda는'));
    const wrongLine = lines.findIndex((l) => l.includes('Lambda 최대 실행 시간 30분'));
    const result = await runNeovim(note, { line: hoverLine, character: lines[hoverLine].indexOf('Lambda') + 2 });
    assert.deepEqual(result.errors, []);
    assert.equal(result.finished, 'done', `Neovim finished with "${result.finished}"; got ${JSON.stringify(result)}`);
    const finding = result.diagnostics.find((d) => d.lnum === wrongLine);
    assert.ok(finding, `a diagnostic on line ${wrongLine + 1}; got ${JSON.stringify(result.diagnostics)}`);
    assert.equal(finding.source, 'aws-notes');
    assert.match(finding.message, /[가-힣]/, 'a Korean note gets a Korean message');
    // Neovim mapped the UTF-16 range to byte columns: the span it underlines is real text of that line.
    assert.ok(finding.text.length > 0 && lines[wrongLine].includes(finding.text), `underlined "${finding.text}"`);
    assert.match(result.hover ?? '', /람다/);
    assert.match(result.hover ?? '', /docs\.aws\.amazon\.com/);
  });
});
