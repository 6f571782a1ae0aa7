// `npm run test:e2e`: the extension in a real VS Code (code-server) driven by a real browser (Chromium),
// plus a real third-party LSP client (headless Neovim). Installs its tools into a cache outside the repo
// (scripts/e2e/install.mjs), packages the .vsix fresh, and ends with the line `e2e: N passed, M failed`.
// Env: BUILD_DIR (build and package in a copy of the tree there), AWS_NOTES_E2E_VSIX (use this .vsix
// instead of packaging), AWS_NOTES_E2E_CACHE (the tool cache), AWS_NOTES_E2E_KEEP=1 (keep the run folder).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { StepError, Workbench } from './workbench.mjs';
import { steps } from './steps.mjs';

const repoRoot = resolve(new URL('../..', import.meta.url).pathname);
const resultsDir = join(repoRoot, 'test-results');
const buildDir = process.env.BUILD_DIR ? resolve(process.env.BUILD_DIR) : repoRoot;
const results = [];
const t0 = Date.now();
const secs = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

function record(name, ok, detail, started) {
  results.push({ name, ok, detail });
  console.log(`e2e: ${ok ? 'ok  ' : 'FAIL'} ${name} (${secs(started)})${detail ? ` — ${detail}` : ''}`);
}

function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e: total ${secs(t0)}; screenshots in ${resultsDir}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed || !results.length ? 1 : 0);
}

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new StepError(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status}):\n${out}`);
  }
  return r.stdout;
}

/** A setup stage: a failure is one failed step with its reason, and the run ends there. */
async function setup(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    console.log(`e2e: ${name} (${secs(started)})${detail ? ` — ${detail}` : ''}`);
  } catch (e) {
    record(`setup: ${name}`, false, e.message, started);
    finish();
  }
}

/**
 * The .vsix as `npm run package` makes it. With BUILD_DIR set (engineers building side by side) it is made in a
 * copy of the tree under BUILD_DIR, so the repo's own dist/ is left alone.
 */
function packageVsix() {
  if (process.env.AWS_NOTES_E2E_VSIX) return resolve(process.env.AWS_NOTES_E2E_VSIX);
  let tree = repoRoot;
  if (buildDir !== repoRoot) {
    tree = join(buildDir, 'e2e-package');
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    const skip = new Set(['node_modules', '.git', 'dist', 'out', 'test-results', '.vscode-test']);
    for (const name of readdirSync(repoRoot)) if (!skip.has(name) && !name.endsWith('.vsix')) cpSync(join(repoRoot, name), join(tree, name), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(tree, 'node_modules'));
  }
  const env = { ...process.env };
  delete env.BUILD_DIR;
  sh('npm', ['run', 'package'], { cwd: tree, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const vsix = join(tree, 'aws-study-notes.vsix');
  if (!existsSync(vsix)) throw new StepError(`npm run package made no ${vsix}`);
  return vsix;
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  let tools;
  await setup('tools', () => {
    tools = ensureInstalled();
    return `cache ${tools.cacheDir}`;
  });

  // A real third-party LSP client: Neovim's built-in client over stdio (test/neovim, also part of npm test).
  await setup('build with tests', () => void sh('node', [join(repoRoot, 'scripts', 'build.mjs'), '--tests'], { cwd: repoRoot }));
  {
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', '60000', '--reporter', 'dot', join(buildDir, 'out', 'test', 'neovim', '*.test.js')], { cwd: repoRoot, encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    writeFileSync(join(resultsDir, 'neovim.log'), out);
    const ran = /\b[1-9]\d* passing\b/.test(out) && !/\d+ (pending|failing)/.test(out); // a skipped test is not a pass
    record('neovim: diagnostics and hover over stdio', r.status === 0 && ran, r.status === 0 && ran ? '' : out.trim().split('\n').slice(-15).join('\n'), started);
  }

  let vsix;
  await setup('package the .vsix', () => {
    vsix = packageVsix();
    return vsix;
  });

  const runDir = mkdtempSync(join(tmpdir(), 'aws-notes-e2e-'));
  // The notes are copied: the quick fix edits them and the fixtures must stay as they are.
  const workspace = join(runDir, 'study-notes');
  cpSync(join(repoRoot, 'test', 'fixtures', 'editor-workspace'), workspace, { recursive: true });
  await setup('install the .vsix into code-server', () => installExtension(runDir, vsix));
  const serverLog = [];
  let server;
  await setup('start code-server', async () => {
    server = await startCodeServer(runDir, workspace, serverLog);
    return server.url;
  });
  let wb;
  try {
    await setup('open the workbench in Chromium', async () => {
      wb = await Workbench.launch(tools.chromium);
      await wb.open(server.url);
    });
    for (const step of steps) {
      const started = Date.now();
      try {
        // each step saves the screenshots that show what it checked
        const detail = await step.run(wb, { shotPath: (name) => join(resultsDir, name) });
        record(step.name, true, detail, started);
      } catch (e) {
        await wb.screenshot(join(resultsDir, `${step.name.replace(/\W+/g, '-')}-failed.png`)).catch(() => undefined);
        record(step.name, false, e instanceof StepError ? e.message : String(e?.stack ?? e), started);
      }
      await wb.closeWidgets().catch(() => undefined);
    }
  } finally {
    await wb?.close().catch(() => undefined);
    await server?.stop();
    writeFileSync(join(resultsDir, 'code-server.log'), serverLog.join(''));
    if (!process.env.AWS_NOTES_E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
  }
  finish();
}

main().catch((e) => {
  record('e2e runner', false, String(e?.stack ?? e), t0);
  finish();
});
