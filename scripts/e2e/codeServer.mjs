// A private code-server for one e2e run: its own user data, extensions and config folders, bound to
// 127.0.0.1 on a free port, with the freshly packaged .vsix installed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerBin, node24Env } from './install.mjs';

/** User settings: no Restricted Mode (extensions would stay off), no welcome page, chat or update noise. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  // Completion rows must come from our server, not from words already in the open notes.
  'editor.wordBasedSuggestions': 'off',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Folders under `runDir`; the XDG variables keep code-server from writing into the user's ~/.config. */
function layout(runDir) {
  const dirs = { userData: join(runDir, 'user-data'), extensions: join(runDir, 'extensions'), xdg: join(runDir, 'xdg') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const env = { ...node24Env(), XDG_CONFIG_HOME: join(dirs.xdg, 'config'), XDG_DATA_HOME: join(dirs.xdg, 'data') };
  return { ...dirs, env };
}

export function installExtension(runDir, vsix) {
  const { userData, extensions, env } = layout(runDir);
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const r = spawnSync(codeServerBin, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, encoding: 'utf8' });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`code-server --install-extension ${vsix} failed:\n${out.trim()}`);
}

/** Starts code-server on the folder and resolves once it listens; `stop()` ends it. */
export async function startCodeServer(runDir, folder, logLines) {
  const { userData, extensions, env } = layout(runDir);
  const port = await freePort();
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', extensions, folder];
  // its own process group, so stop() also ends the extension host, file watcher and other helpers it forks
  const child = spawn(codeServerBin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    const onData = (d) => {
      const text = String(d);
      logLines.push(text);
      if (/HTTP server listening/.test(text)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`code-server exited with ${code} before listening:\n${logLines.join('').slice(-3000)}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
    async stop() {
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
      }
      await exited;
    },
  };
}
