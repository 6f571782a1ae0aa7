// Where tests find the repo and the built bundles (BUILD_DIR lets parallel builds use their own folders).
import { join, resolve } from 'node:path';

export const repoRoot = resolve(process.cwd());
export const buildDir = process.env.BUILD_DIR ? resolve(process.env.BUILD_DIR) : repoRoot;
export const distDir = join(buildDir, 'dist');
export const serverJs = join(distDir, 'server.js');
export const cliJs = join(distDir, 'cli.js');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
/** ../shared beside the repo; tests that read it skip cleanly when it is absent */
export const sharedDir = resolve(repoRoot, '..', 'shared');
