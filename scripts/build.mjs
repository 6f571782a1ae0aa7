// One esbuild script, several bundles: the VS Code client (vscode external), the language server and the
// CLI (self-contained), the indexing worker, and — with --tests — every test file for mocha.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { knowledgePlugin } from './knowledge-plugin.mjs';
import { micromarkMemoPlugin } from './micromark-memo-plugin.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
// BUILD_DIR lets several builds run side by side (dist/ and out/ go there); the default is the repo.
const buildDir = process.env.BUILD_DIR ? process.env.BUILD_DIR : root;
const distDir = join(buildDir, 'dist');
const outDir = join(buildDir, 'out');
const production = args.has('--production');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // `aws-notes --version` prints the version the bundle was built from
  define: { AWS_NOTES_VERSION: JSON.stringify(version) },
  plugins: [knowledgePlugin(join(root, 'knowledge')), micromarkMemoPlugin()],
  // remark's ESM packages read import.meta.url nowhere we need; silence the empty-import-meta warning.
  logOverride: { 'empty-import-meta': 'silent' },
};

const products = [
  { entryPoints: { extension: 'src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/lsp/main.ts' } },
  { entryPoints: { cli: 'server/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { 'index-worker': 'server/node/indexWorker.ts' }, optional: true },
];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

async function build() {
  rmSync(distDir, { recursive: true, force: true });
  for (const { optional, ...p } of products) {
    const entry = Object.values(p.entryPoints)[0];
    try {
      statSync(join(root, entry));
    } catch {
      if (optional) continue;
      throw new Error(`missing entry point ${entry}`);
    }
    await esbuild.build({ ...common, ...p, absWorkingDir: root, outdir: distDir });
  }
  if (args.has('--tests')) {
    rmSync(outDir, { recursive: true, force: true });
    const entries = walk(join(root, 'test'))
      // …plus the VS Code suite's runner and its in-editor mocha entry (test/vscode, run by `npm run test:vscode`)
      .filter((f) => /\.test\.ts$/.test(f) || /test\/vscode\/(runTest|suite\/index)\.ts$/.test(f))
      .map((f) => relative(root, f));
    await esbuild.build({
      ...common,
      sourcemap: 'inline',
      absWorkingDir: root,
      entryPoints: entries,
      outdir: outDir,
      outbase: '.',
      // mocha and playwright stay external (resolved from the repo's node_modules); everything else is bundled
      // so tests built into a BUILD_DIR outside the repo still run
      external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
    });
  }
}

await build();
