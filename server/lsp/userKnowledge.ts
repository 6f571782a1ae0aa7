// The learner's own knowledge and project settings in the server: .aws-notes/*.yaml of each workspace
// folder (or a parent of it) is merged over the bundled knowledge, config.yaml's settings are laid over the
// editor's, problems are published on the YAML files themselves, and every change to those files (watched
// with fs.watch, independent of the note watcher) reloads them. In an untrusted workspace nothing is read
// until the client reports that the workspace became trusted.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Feature } from './server';
import { settingsFromConfiguration } from './settings';
import { KnowledgeStatusNotification, TrustChangedNotification, type KnowledgeStatusParams } from './trustProtocol';
import { CONFIG_DIR, loadProjectConfig, projectKnowledge } from '../node/projectConfig';
import { DEFAULT_SETTINGS, mergeSettings, type ServiceSettings } from '../service/settings';
import type { UserFileProblem } from '../service/userKnowledge';

const RELOAD_DELAY_MS = 150; // coalesce the bursts of events an editor's save produces

export const userKnowledgeFeature: Feature = {
  register(ctx) {
    const { connection, service, logger } = ctx;
    const bundled = service.knowledge;
    let trusted = true;
    let published = new Set<string>();
    let watchers: FSWatcher[] = [];
    let pushedSettings: unknown;
    let overlay: Partial<ServiceSettings> = {};
    let timer: NodeJS.Timeout | undefined;

    const folderPaths = (): string[] => {
      const p = ctx.initializeParams;
      const uris = p?.workspaceFolders?.map((f) => f.uri) ?? (p?.rootUri ? [p.rootUri] : []);
      return uris.filter((u) => u.startsWith('file:')).map((u) => URI.parse(u).fsPath);
    };

    /** the editor's settings again (pull when the client can), with the project's laid over them */
    async function applySettings(): Promise<void> {
      let client: Partial<ServiceSettings> = settingsFromConfiguration((ctx.initializeParams?.initializationOptions as { settings?: unknown } | undefined)?.settings);
      if (ctx.initializeParams?.capabilities.workspace?.configuration) {
        try {
          client = settingsFromConfiguration(await connection.workspace.getConfiguration('awsNotes'));
        } catch (e) {
          logger.warn(`could not read settings: ${e}`);
        }
      } else if (pushedSettings) {
        client = settingsFromConfiguration((pushedSettings as { awsNotes?: unknown }).awsNotes);
      }
      service.replaceSettings(mergeSettings(mergeSettings(DEFAULT_SETTINGS, client), overlay));
    }

    function status(params: Omit<KnowledgeStatusParams, 'message'>): void {
      const message = !params.trusted
        ? 'Untrusted workspace: using the bundled AWS knowledge only; .aws-notes files load once you trust the workspace.'
        : params.files === 0
          ? 'Using the bundled AWS knowledge.'
          : `Bundled AWS knowledge plus ${params.files} .aws-notes file(s): ${params.counts.aliases} aliases, ${params.counts.concepts} concepts, ${params.counts.facts} facts, ${params.counts.overrides} overrides, ${params.counts.disabled} disabled` +
            (params.problems ? `; ${params.problems} problem(s), see the files` : '') +
            '.';
      logger.info(message);
      void connection.sendNotification(KnowledgeStatusNotification, { ...params, message });
    }

    async function load(): Promise<void> {
      const roots = new Map<string, ReturnType<typeof loadProjectConfig>>();
      for (const folder of folderPaths()) {
        const config = loadProjectConfig(folder);
        if (config.root && !roots.has(config.root)) roots.set(config.root, config);
      }
      const configs = [...roots.values()];
      const files = configs.flatMap((c) => c.files);
      const merged = projectKnowledge(bundled, { root: undefined, files, settings: {}, problems: [] });
      service.setKnowledge(files.length ? merged.knowledge : bundled);
      overlay = configs.reduce<Partial<ServiceSettings>>((acc, c) => ({ ...acc, ...c.settings }), {});
      await applySettings();
      const problems = [...configs.flatMap((c) => c.problems), ...merged.problems.filter((p) => !configs.some((c) => c.problems.includes(p)))];
      publishProblems(problems, files.map((f) => f.path));
      ctx.documents.all().forEach((d) => ctx.validate(d));
      watchFolders([...new Set([...folderPaths(), ...roots.keys()])]);
      const counts = merged.counts;
      status({ trusted: true, files: files.length, counts, problems: problems.length });
    }

    function publishProblems(problems: UserFileProblem[], files: string[]): void {
      const byUri = new Map<string, Diagnostic[]>(files.map((f) => [pathToFileURL(f).href, []]));
      for (const p of problems) {
        const uri = pathToFileURL(p.file).href;
        if (!byUri.has(uri)) byUri.set(uri, []);
        byUri.get(uri)!.push({
          range: p.range,
          severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: 'aws-notes',
          code: 'user-knowledge',
          message: p.message,
        });
      }
      for (const uri of published) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
      published = new Set(byUri.keys());
    }

    /** fs.watch each folder (for .aws-notes appearing) and each .aws-notes folder (for its files) */
    function watchFolders(dirs: string[]): void {
      for (const w of watchers) w.close();
      watchers = [];
      for (const dir of dirs.flatMap((d) => [d, join(d, CONFIG_DIR)])) {
        try {
          const w = watch(dir, { persistent: false }, (_event, name) => {
            if (!name || name === CONFIG_DIR || /\.ya?ml$/i.test(String(name))) reloadSoon();
          });
          w.on('error', () => undefined); // the folder went away: the parent's watcher notices
          watchers.push(w);
        } catch {
          // no such folder (yet): the parent's watcher reloads when it appears
        }
      }
    }

    function reloadSoon(): void {
      if (!trusted) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        load().catch((e) => logger.error(`loading .aws-notes failed: ${(e as Error).stack ?? e}`));
      }, RELOAD_DELAY_MS);
      timer.unref?.();
    }

    ctx.hooks.ready.push(async () => {
      trusted = (ctx.initializeParams?.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false;
      if (trusted) await load();
      else status({ trusted: false, files: 0, counts: { aliases: 0, concepts: 0, facts: 0, overrides: 0, disabled: 0 }, problems: 0 });
    });

    ctx.hooks.settingsChanged.push(async (pushed) => {
      pushedSettings = pushed;
      if (trusted && Object.keys(overlay).length) {
        await applySettings();
        ctx.documents.all().forEach((d) => ctx.validate(d));
      }
    });

    connection.onNotification(TrustChangedNotification, async ({ trusted: now }) => {
      if (now && !trusted) {
        trusted = true;
        await load();
      }
    });
  },
};
