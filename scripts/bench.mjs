// `npm run bench`: prints performance figures, asserts nothing. Compares `aws-notes check` (cold and with
// its --cache) with `cspell lint` on the same notes in the same run (ratios: absolute times on a shared
// machine are noise), then drives the language server over stdio with 4,130 notes indexed: edit-to-
// diagnostics latency in a ~50 KB note, hover and references latency, the server's peak memory.
//
// Corpus: ../shared/corpus/notes (or $AWS_NOTES_CORPUS); every part that needs it is skipped when absent.
// cspell@9 is installed on first use into ~/.cache/aws-notes-bench (outside the repo) and run from inside
// the folder it checks. Options: --rounds N (default 3) for the 413-note comparison, --skip-10x, --skip-lsp,
// --lsp-only (just the editor path: no CLI runs, no cspell).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(join(root, 'package.json'));
const rpc = require('vscode-jsonrpc/node');
const dist = join(process.env.BUILD_DIR ? resolve(process.env.BUILD_DIR) : root, 'dist');
const cliJs = join(dist, 'cli.js');
const serverJs = join(dist, 'server.js');
const corpus = process.env.AWS_NOTES_CORPUS ? resolve(process.env.AWS_NOTES_CORPUS) : resolve(root, '..', 'shared', 'corpus', 'notes');
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 3;
const lspOnly = args.includes('--lsp-only');
const skipLsp = args.includes('--skip-lsp') && !lspOnly;
const skip10x = args.includes('--skip-10x') || lspOnly;

const out = (line = '') => process.stdout.write(line + '\n');
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function notesUnder(dir) {
  const found = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.md$/i.test(e.name)) found.push(p);
    }
  };
  walk(dir);
  return found;
}

function loadAvg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

/** Wall time and peak RSS of a command (spawnSync; /usr/bin/time when there, for the memory). */
function timed(cmd, argv, cwd) {
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const rssKb = useTime ? Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1]) : NaN;
  return { wall, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---- cspell (installed outside the repo) ----

function cspellBin() {
  const prefix = join(homedir(), '.cache', 'aws-notes-bench');
  const bin = join(prefix, 'node_modules', '.bin', 'cspell');
  if (!existsSync(bin)) {
    out(`installing cspell@9 into ${prefix} (once) …`);
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', 'cspell@9'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0 || !existsSync(bin)) {
      out(`cspell could not be installed (${(r.stderr || '').trim().split('\n').pop()}); the comparison is skipped`);
      return undefined;
    }
  }
  return bin;
}

// ---- the CLI against cspell ----

function checkRun(folder, cacheDir) {
  return timed(process.execPath, [cliJs, 'check', '--format', 'json', '--cache', cacheDir, '.'], folder);
}

function compare(label, folder, notes, cspell, n) {
  out(`\n## ${label}: ${notes.length} notes, ${(notes.reduce((s, p) => s + readFileSync(p, 'utf8').length, 0) / 1e6).toFixed(2)} M chars (load ${loadAvg()})`);
  const rows = { cold: [], warm: [], cspell: [] };
  let findings = '?';
  for (let i = 0; i < n; i++) {
    const cache = mkdtempSync(join(tmpdir(), 'aws-notes-bench-cache-'));
    try {
      const cold = checkRun(folder, cache);
      if (cold.status !== 0 && cold.status !== 1) {
        out(`aws-notes check failed (exit ${cold.status}): ${cold.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        return;
      }
      try {
        const report = JSON.parse(cold.stdout);
        findings = String((report.files ?? []).reduce((s, f) => s + (f.diagnostics?.length ?? 0), 0));
      } catch {
        findings = '?';
      }
      const warm = checkRun(folder, cache);
      rows.cold.push(cold);
      rows.warm.push(warm);
      if (cspell) rows.cspell.push(timed(cspell, ['lint', '--no-progress', '--no-summary', '--no-color', '**/*.md'], folder));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const med = (k) => median(rows[k].map((r) => r.wall));
  const rss = (k) => Math.max(...rows[k].map((r) => r.rssMb));
  out(`aws-notes check, cold (empty --cache): ${ms(med('cold'))}  peak RSS ${rss('cold').toFixed(0)} MB  (${findings} findings)`);
  out(`aws-notes check, warm (same --cache):  ${ms(med('warm'))}  peak RSS ${rss('warm').toFixed(0)} MB`);
  if (rows.cspell.length) {
    out(`cspell lint (same files):              ${ms(med('cspell'))}  peak RSS ${rss('cspell').toFixed(0)} MB`);
    out(`ratio cold / cspell: ${(med('cold') / med('cspell')).toFixed(2)}   ratio warm / cspell: ${(med('warm') / med('cspell')).toFixed(3)}   (median of ${n}; each round: cold, warm, cspell)`);
    for (let i = 0; i < n; i++) out(`  round ${i + 1}: cold ${ms(rows.cold[i].wall)}, warm ${ms(rows.warm[i].wall)}, cspell ${ms(rows.cspell[i].wall)}`);
  }
}

/** Ten copies of the corpus; each note gets a one-line comment naming its copy, so no two are identical. */
function tenfold(notes, into) {
  for (let k = 0; k < 10; k++) {
    for (const p of notes) {
      const target = join(into, `copy${k}`, relative(corpus, p));
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, readFileSync(p, 'utf8') + `\n<!-- copy ${k} -->\n`);
    }
  }
  return notesUnder(into);
}

// ---- the editor path: the server over stdio ----

class Client {
  constructor() {
    // the environment the VS Code extension starts the server with (src/extension.ts)
    const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
    this.waiters = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      for (const w of [...this.waiters]) {
        if (!w.test(p)) continue;
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.idle = new Promise((r) => this.conn.onNotification('awsNotes/indexStatus', (p) => p.state === 'idle' && r(p)));
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }
  diagnostics(test) {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
  async start(folder, storagePath) {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true } },
      initializationOptions: { storagePath },
    });
    void this.conn.sendNotification('initialized', {});
  }
  memory() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch {
      return { rss: NaN, peak: NaN };
    }
  }
  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.conn.sendNotification('exit').catch(() => undefined);
    } catch {
      // already gone
    }
    this.conn.dispose();
    this.child.kill();
  }
  /**
   * RSS once the server has given back what a burst left (it does so after some quiet seconds, in steps):
   * the first reading that has not moved by 1 MB for `stableSeconds`, or the last one after `maxSeconds`.
   */
  async settledMemory(maxSeconds = 60, stableSeconds = 10) {
    let last = this.memory();
    let stable = 0;
    for (let i = 0; i < maxSeconds; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = this.memory();
      stable = Math.abs(now.rss - last.rss) < 1 ? stable + 1 : 0;
      if (stable >= stableSeconds) return now;
      last = now;
    }
    return last;
  }
}

function mentionPositions(file) {
  const r = spawnSync(process.execPath, [cliJs, 'mentions', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  try {
    return JSON.parse(r.stdout).files[0].mentions.map((m) => m.range.start);
  } catch {
    return [];
  }
}

async function editorPath(folder, noteCount, editNote) {
  out(`\n## Editor path over stdio: ${noteCount} notes in the workspace (load ${loadAvg()})`);
  const storage = mkdtempSync(join(tmpdir(), 'aws-notes-bench-storage-'));
  const client = new Client();
  try {
    const t0 = performance.now();
    await client.start(folder, storage);
    await client.idle;
    const coldIndex = performance.now() - t0;
    const afterIndex = client.memory();
    out(`indexing on start, cold (no cache): ${ms(coldIndex)}; server RSS then ${afterIndex.rss.toFixed(0)} MB, peak so far ${afterIndex.peak.toFixed(0)} MB`);

    const uri = pathToFileURL(editNote).href;
    const text = readFileSync(editNote, 'utf8');
    const lines = text.split('\n');
    let version = 1;
    const opened = client.diagnostics((p) => p.uri === uri && p.version === 1);
    void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await opened;

    // one-character edits spread over the note: insert "x" at the end of a line, then take it out again
    const edits = [];
    let rand = 42;
    const next = () => (rand = (rand * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 200; i++) {
      const line = i % 2 === 0 ? next() % lines.length : edits[i - 1].line;
      const ch = lines[line].length;
      const change = i % 2 === 0
        ? { range: { start: { line, character: ch }, end: { line, character: ch } }, text: 'x' }
        : { range: { start: { line, character: ch }, end: { line, character: ch + 1 } }, text: '' };
      version++;
      const v = version;
      const published = client.diagnostics((p) => p.uri === uri && p.version === v);
      const s = performance.now();
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      await published;
      edits.push({ line, ms: performance.now() - s });
    }
    const e = edits.map((x) => x.ms);
    out(`didChange → publishDiagnostics, one-character edits in ${relative(corpus, editNote)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB), 200 edits: p50 ${ms(pct(e, 50))}, p95 ${ms(pct(e, 95))}, max ${ms(Math.max(...e))}`);

    const positions = mentionPositions(editNote);
    if (positions.length) {
      const pick = (i) => positions[(i * 7919) % positions.length];
      const hovers = [];
      for (let i = 0; i < 200; i++) {
        const s = performance.now();
        await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pick(i) });
        hovers.push(performance.now() - s);
      }
      out(`hover on a mention, 200 requests: p50 ${ms(pct(hovers, 50))}, p95 ${ms(pct(hovers, 95))}`);
      const refs = [];
      let found = 0;
      for (let i = 0; i < 100; i++) {
        const s = performance.now();
        const r = await client.conn.sendRequest('textDocument/references', { textDocument: { uri }, position: pick(i), context: { includeDeclaration: true } });
        refs.push(performance.now() - s);
        found = Math.max(found, r?.length ?? 0);
      }
      out(`references of a mention, 100 requests: p50 ${ms(pct(refs, 50))}, p95 ${ms(pct(refs, 95))} (largest answer ${found} locations)`);
    }
    const mem = client.memory();
    out(`server memory with ${noteCount} notes indexed, after the edits: RSS ${mem.rss.toFixed(0)} MB; peak RSS since start ${mem.peak.toFixed(0)} MB (includes the indexing worker)`);
    const settled = await client.settledMemory();
    out(`server RSS once idle (V8 returns the indexing burst after some seconds): ${settled.rss.toFixed(0)} MB`);
  } finally {
    await client.stop();
  }

  // a second start reads the summaries from the cache the first one wrote
  const warm = new Client();
  try {
    const t0 = performance.now();
    await warm.start(folder, storage);
    await warm.idle;
    const m = warm.memory();
    out(`indexing on start, warm (cache from the run above): ${ms(performance.now() - t0)}; RSS ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB`);
    const settled = await warm.settledMemory();
    out(`warm server RSS once idle: ${settled.rss.toFixed(0)} MB`);
  } finally {
    await warm.stop();
    rmSync(storage, { recursive: true, force: true });
  }
}

// ---- main ----

async function main() {
  if (!existsSync(cliJs) || !existsSync(serverJs)) {
    out(`no build in ${dist}: run \`npm run bench\` (it builds first)`);
    process.exitCode = 1;
    return;
  }
  out(`# aws-notes bench — ${new Date().toISOString()}`);
  out(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadAvg()}; build ${dist}`);
  if (!existsSync(corpus)) {
    out(`\ncorpus not found at ${corpus}: the corpus comparisons and the editor-path figures are skipped (set AWS_NOTES_CORPUS to a notes folder).`);
    return;
  }
  const notes = notesUnder(corpus);
  const cspell = lspOnly ? undefined : cspellBin();
  if (cspell) out(`cspell: ${execFileSync(cspell, ['--version'], { encoding: 'utf8' }).trim()}`);
  if (!lspOnly) compare('Corpus', corpus, notes, cspell, rounds);

  const big = mkdtempSync(join(tmpdir(), 'aws-notes-bench-10x-'));
  try {
    let bigNotes = [];
    if (!skip10x || !skipLsp) bigNotes = tenfold(notes, big);
    if (!skip10x) compare('Corpus ×10 (copies differ by one comment line)', big, bigNotes, cspell, 1);
    if (!skipLsp) {
      // the note closest to 50 KB, in the first copy
      const sized = notes.map((p) => ({ p, d: Math.abs(statSync(p).size - 50 * 1024) })).sort((a, b) => a.d - b.d)[0].p;
      await editorPath(big, bigNotes.length, join(big, 'copy0', relative(corpus, sized)));
    }
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}

await main();
