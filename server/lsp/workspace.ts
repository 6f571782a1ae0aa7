// The workspace index in the server: every note of every workspace folder is summarised on start (with
// work-done progress and the awsNotes/indexStatus notification), kept current from the client's file
// watcher and from open documents (whose text wins over the disk), and its problems are published for the
// whole workspace without opening files (setting awsNotes.diagnostics.scope). Navigation (navigation.ts)
// asks the same index.
import { DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceFolder } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { Feature, ServerContext } from './server';
import { toDiagnostic } from './diagnostics';
import { IndexStatusNotification } from './protocol';
import { DEFAULT_WORKSPACE_SETTINGS, workspaceSettingsFrom, type WorkspaceSettings } from './workspaceSettings';
import { WorkspaceIndex } from '../service/workspace/index';
import { linesOf, summarize, withUri } from '../service/workspace/summary';
import { hoverLines } from '../service/workspace/cards';
import { excludeTest, includeTest, isIncluded, scanFolder, type ExcludeTest } from '../node/scanner';
import { indexNotes, type IndexedNote, type NoteRef } from '../node/indexer';
import { engineKey, openNoteCache } from '../node/noteCache';
import { quietRelease, releaseMemory } from '../node/releaseMemory';
import type { KnowledgeBase } from '../service';

/**
 * The indexing worker's heap. One worker: the other core stays with the editor. A 32 MB young generation
 * lets remark's short-lived objects die young, and the 512 MB old-generation limit (far above the ~40 MB
 * a worker keeps, and the ~150 MB a 2 MB note needs) makes V8 collect before the heap grows to ~4× its
 * live data: with V8's defaults the worker's heap reached ~200 MB; with these, ~100 MB, no slower.
 */
const INDEXING = { workers: 1, workerYoungGenerationMb: 32, workerOldGenerationMb: 512 } as const;
/** While notes are parsed, the server collects its own garbage every this many notes (it is idle meanwhile). */
const RELEASE_EVERY_NOTES = 500;

/** Notes of all watched kinds (the scanner's NOTE_EXTENSIONS). */
const WATCH_GLOB = '**/*.{md,markdown,mdx}';

interface Folder {
  uri: string;
  path: string;
  excluded: ExcludeTest;
  included: ExcludeTest;
  /** the exclusion settings it was built from, to tell whether they changed */
  excludeKey: string;
}

export interface WorkspaceState {
  readonly index: WorkspaceIndex;
  settings(): WorkspaceSettings;
  /** the URI the index uses for a client URI (encodings differ between clients) */
  canonical(uri: string): string;
  /** resolves when the first full indexing has finished */
  readonly ready: Promise<void>;
}

/** What the workspace feature itself may do besides what navigation sees. */
interface OwnState extends WorkspaceState {
  markReady(): void;
  setSettings(settings: WorkspaceSettings): void;
}

const states = new WeakMap<ServerContext, OwnState>();

/** The one workspace state of a server (navigation.ts and workspace.ts share it). */
export function workspaceOf(ctx: ServerContext): WorkspaceState {
  return stateOf(ctx);
}

function stateOf(ctx: ServerContext): OwnState {
  let state = states.get(ctx);
  if (!state) {
    let settings = DEFAULT_WORKSPACE_SETTINGS;
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    state = {
      index: new WorkspaceIndex(ctx.service.knowledge),
      settings: () => settings,
      setSettings: (s) => (settings = s),
      canonical,
      ready,
      markReady,
    };
    states.set(ctx, state);
  }
  return state;
}

/** file: URIs in one spelling (VS Code's); other schemes as they are. */
export function canonical(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export const workspaceFeature: Feature = {
  capabilities: () => ({ workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }),
  register(ctx) {
    const { connection, documents, logger } = ctx;
    const state = stateOf(ctx);
    const index = state.index;
    let folders: Folder[] = [];
    let generation = 0;
    let indexing = false;
    let indexedWith: { knowledge: KnowledgeBase; settings: string } | undefined;
    /** closed notes we published non-empty diagnostics for */
    const published = new Set<string>();
    const dirty = new Set<string>();
    let flushTimer: NodeJS.Timeout | undefined;
    // the memory a run of edits or re-indexed files took goes back to the system once the server is quiet
    const quiet = quietRelease();

    const init = () => (ctx.initializeParams?.initializationOptions ?? {}) as { storagePath?: unknown; settings?: unknown };
    const korean = () => /^ko\b/i.test(ctx.initializeParams?.locale ?? '');

    // ---- publishing ----

    const openDocument = (uri: string) => documents.get(uri) ?? documents.all().find((d) => canonical(d.uri) === uri);

    function publish(uri: string): void {
      const doc = openDocument(uri);
      if (doc) {
        ctx.validate(doc);
        return;
      }
      const summary = index.get(uri);
      const findings = summary && state.settings().scope === 'workspace' ? index.findings(uri) : [];
      if (findings.length === 0 && !published.has(uri)) return;
      const lines = summary && linesOf(summary);
      void connection.sendDiagnostics({ uri, diagnostics: lines ? findings.map((f) => toDiagnostic(f, { uri, lines })) : [] });
      if (findings.length) published.add(uri);
      else published.delete(uri);
    }

    function markDirty(uris: Iterable<string>): void {
      for (const uri of uris) dirty.add(uri);
      if (flushTimer || dirty.size === 0) return;
      // while indexing, publish in batches (the Problems view fills as it goes); otherwise right away
      flushTimer = setTimeout(flush, indexing ? 250 : 0);
    }

    function flush(): void {
      flushTimer = undefined;
      const uris = [...dirty];
      dirty.clear();
      for (const uri of uris) {
        try {
          publish(uri);
        } catch (e) {
          logger.error(`publishing ${uri} failed: ${(e as Error).stack ?? e}`);
        }
      }
    }

    // ---- indexing ----

    const settingsKey = () => JSON.stringify(ctx.service.settings());

    function folderOf(path: string): Folder | undefined {
      return folders.filter((f) => isIncluded(f.path, path, () => false)).sort((a, b) => b.path.length - a.path.length)[0];
    }

    async function loadFolders(list: WorkspaceFolder[] | null | undefined): Promise<void> {
      const params = ctx.initializeParams;
      const given = list ?? params?.workspaceFolders ?? (params?.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
      const next: Folder[] = [];
      for (const f of given) {
        if (!f.uri.startsWith('file:')) continue;
        const uri = canonical(f.uri);
        next.push({ uri, path: URI.parse(uri).fsPath, ...(await folderExcludes(uri)) });
      }
      folders = next;
    }

    async function folderExcludes(folderUri: string): Promise<{ excluded: ExcludeTest; included: ExcludeTest; excludeKey: string }> {
      let filesExclude: unknown;
      let own = state.settings().exclude;
      let include = state.settings().include;
      if (ctx.initializeParams?.capabilities.workspace?.configuration) {
        try {
          const [files, aws] = await connection.workspace.getConfiguration([
            { scopeUri: folderUri, section: 'files.exclude' },
            { scopeUri: folderUri, section: 'awsNotes' },
          ]);
          filesExclude = files;
          const folderSettings = workspaceSettingsFrom(aws, state.settings());
          own = folderSettings.exclude;
          include = folderSettings.include;
        } catch (e) {
          logger.warn(`could not read the exclude settings of ${folderUri}: ${e}`);
        }
      }
      return { excluded: excludeTest(filesExclude, own), included: includeTest(include), excludeKey: JSON.stringify([filesExclude, own, include]) };
    }

    async function pullSettings(pushed?: unknown): Promise<void> {
      let section: unknown = (pushed as any)?.awsNotes ?? init().settings;
      if (ctx.initializeParams?.capabilities.workspace?.configuration) {
        try {
          section = await connection.workspace.getConfiguration('awsNotes');
        } catch (e) {
          logger.warn(`could not read settings: ${e}`);
        }
      }
      state.setSettings(workspaceSettingsFrom(section, state.settings()));
    }

    function apply(note: IndexedNote): void {
      if (note.summary) {
        markDirty(index.setDisk(note.summary));
      } else {
        logger.warn(`not indexed: ${note.error}`);
        markDirty(index.removeDisk(note.uri));
      }
    }

    /** (Re)index every note of every folder: on start, and when folders or exclusions change. */
    async function rebuild(): Promise<void> {
      const mine = ++generation;
      const knowledge = ctx.service.knowledge;
      const settings = ctx.service.settings();
      const indexedBefore = indexedWith;
      indexedWith = { knowledge, settings: settingsKey() };
      index.setKnowledge(knowledge);
      index.setSettings(settings);
      const notes: NoteRef[] = [];
      for (const folder of folders) for (const path of scanFolder(folder.path, folder.excluded, folder.included)) notes.push({ uri: canonical(URI.file(path).toString()), path });
      // what is no longer there (or now excluded) leaves the index
      const wanted = new Set(notes.map((n) => n.uri));
      for (const uri of index.diskUris()) if (!wanted.has(uri)) markDirty(index.removeDisk(uri));

      // notes already indexed with the same knowledge and settings are reused when their content is the same
      const previous = indexedBefore && indexedBefore.knowledge === knowledge && indexedBefore.settings === indexedWith.settings;
      const storage = typeof init().storagePath === 'string' ? (init().storagePath as string) : undefined;
      const cache = storage ? openNoteCache(storage, engineKey(knowledge, settings), folders.map((f) => f.uri).sort().join('\n')) : undefined;
      const total = notes.length;
      const started = Date.now();
      const progress = await connection.window.createWorkDoneProgress();
      const message = (done: number) => (korean() ? `노트 색인 중 ${done}/${total}` : `Indexing notes ${done}/${total}`);
      progress.begin('AWS Study Notes', 0, message(0));
      void connection.sendNotification(IndexStatusNotification, { state: 'indexing', done: 0, total });
      indexing = true;
      let reported = 0;
      let parsed = 0;
      try {
        await indexNotes(notes, {
          knowledge,
          settings,
          cache,
          ...INDEXING,
          service: ctx.service,
          known: previous ? (uri, key) => (index.diskSummary(uri)?.source === key ? index.diskSummary(uri) : undefined) : undefined,
          cancelled: () => mine !== generation,
          onNote(note, done) {
            if (mine !== generation) return;
            apply(note);
            if (!note.cached && ++parsed % RELEASE_EVERY_NOTES === 0) void releaseMemory();
            const now = Date.now();
            if (now - reported >= 100 || done === total) {
              reported = now;
              progress.report(total ? Math.floor((done / total) * 100) : 100, message(done));
              void connection.sendNotification(IndexStatusNotification, { state: 'indexing', done, total });
            }
          },
        });
        if (mine === generation) {
          try {
            cache?.save();
          } catch (e) {
            logger.warn(`could not write the index cache: ${e}`);
          }
          const heap = process.memoryUsage();
          logger.info(
            `indexed ${total} notes${cache ? ` (${cache.hits} from the cache)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
              `heap ${(heap.heapUsed / 1e6).toFixed(0)} MB, RSS ${(heap.rss / 1e6).toFixed(0)} MB`,
          );
        }
      } catch (e) {
        logger.error(`indexing failed: ${(e as Error).stack ?? e}`);
      } finally {
        progress.done();
        if (mine === generation) {
          indexing = false;
          clearTimeout(flushTimer);
          flush();
          void connection.sendNotification(IndexStatusNotification, { state: 'idle', done: total, total });
          state.markReady();
          // the burst is over (the worker is gone, the cache written): its memory goes back once the server
          // has been quiet for a moment
          quiet.touch();
        }
      }
    }

    /** Notes the file watcher reported, re-read in one batch. */
    const pending = new Map<string, string>();
    let pendingTimer: NodeJS.Timeout | undefined;
    function reindexLater(uri: string, path: string): void {
      pending.set(uri, path);
      pendingTimer ??= setTimeout(async () => {
        pendingTimer = undefined;
        const batch = [...pending].map(([u, p]) => ({ uri: u, path: p }));
        pending.clear();
        const knowledge = ctx.service.knowledge;
        // a few files are summarised by the server's own service; a big batch (a branch switch) by a worker
        await indexNotes(batch, { knowledge, settings: ctx.service.settings(), onNote: apply, service: ctx.service, ...INDEXING });
        quiet.touch();
      }, 30);
    }

    /** A new knowledge base (the user's own files) or settings that change findings: index again. */
    function staleIndex(): boolean {
      return !!indexedWith && (indexedWith.knowledge !== ctx.service.knowledge || indexedWith.settings !== settingsKey());
    }

    // ---- wiring ----

    ctx.hooks.findings.push((analysis, own) => {
      const uri = canonical(analysis.uri);
      if (staleIndex()) void rebuild();
      const affected = index.setOpen(withUri(summarize(analysis, own, ctx.service.knowledge), uri));
      markDirty(affected.filter((u) => u !== uri));
      quiet.touch();
      return index.contradictions(uri);
    });

    ctx.hooks.hover.push((conceptId, uri, lang) => {
      quiet.touch();
      return { lines: hoverLines(index, conceptId, lang, canonical(uri)) };
    });

    documents.onDidClose((e) => {
      const uri = canonical(e.document.uri);
      markDirty(index.closeOpen(uri));
      // the server cleared the note's problems; in workspace scope its disk version's come back
      published.delete(uri);
      markDirty([uri]);
    });

    ctx.hooks.ready.push(async () => {
      await pullSettings();
      await loadFolders(undefined);
      const caps = ctx.initializeParams?.capabilities;
      if (caps?.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCH_GLOB }] });
      }
      if (caps?.workspace?.workspaceFolders) {
        try {
          connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
            for (const removed of event.removed) markDirty(index.removeUnder(canonical(removed.uri)));
            const kept = folders.filter((f) => !event.removed.some((r) => canonical(r.uri) === f.uri)).map((f) => ({ uri: f.uri, name: f.path }));
            await loadFolders([...kept, ...event.added]);
            void rebuild();
          });
        } catch (e) {
          logger.warn(`workspace folder changes will not be followed: ${e}`);
        }
      }
      void rebuild();
    });

    ctx.hooks.settingsChanged.push(async (pushed) => {
      const before = state.settings();
      await pullSettings(pushed);
      const after = state.settings();
      if (before.scope !== after.scope) markDirty([...index.diskUris(), ...published]);
      // exclusions may differ per folder and come from files.exclude too: read them again
      const excludesBefore = folders.map((f) => f.excludeKey).join('\n');
      await loadFolders(folders.map((f) => ({ uri: f.uri, name: f.path })));
      if (staleIndex() || folders.map((f) => f.excludeKey).join('\n') !== excludesBefore) void rebuild();
    });

    connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        const uri = canonical(change.uri);
        if (!uri.startsWith('file:')) continue;
        const path = URI.parse(uri).fsPath;
        if (change.type === FileChangeType.Deleted) {
          pending.delete(uri);
          markDirty(index.removeDisk(uri));
          markDirty(index.removeUnder(uri)); // a deleted folder
          continue;
        }
        const folder = folderOf(path);
        if (folder && isIncluded(folder.path, path, folder.excluded, folder.included)) reindexLater(uri, path);
        else markDirty(index.removeDisk(uri));
      }
    });
  },
};
