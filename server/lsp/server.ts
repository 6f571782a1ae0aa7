// The LSP adapter: forwards each request to the language service in a line or two.
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createNodeService } from '../node/createService';
import { toDiagnostic } from './diagnostics';
import { settingsFromConfiguration } from './settings';
import type { Finding, Lang, LanguageService, Logger, NoteAnalysis } from '../service';
import type { HoverExtras } from '../service/hover';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  logger: Logger;
  /** re-publish diagnostics of one open document */
  validate(doc: TextDocument): void;
  /** the client's initialize request, once it has come */
  initializeParams?: InitializeParams;
  /** how features join in on the server's own handlers */
  hooks: ServerHooks;
}

export interface ServerHooks {
  /** after `initialized`, once settings are pulled */
  ready: (() => void | Promise<void>)[];
  /** after the client's settings changed and were pulled; `pushed` is what a client without pull sent */
  settingsChanged: ((pushed?: unknown) => void | Promise<void>)[];
  /** findings an open note gets beyond its own (contradictions with other notes); sees every analysis */
  findings: ((analysis: NoteAnalysis, own: Finding[]) => Finding[])[];
  /** more for the hover card of a concept (e.g. "mentioned in 12 notes") */
  hover: ((conceptId: string, uri: string, lang: Lang) => HoverExtras | undefined)[];
}

/** Feature modules (navigation, completion, code actions …) register their handlers through this. */
export type Feature = {
  capabilities?: (params: InitializeParams) => Partial<InitializeResult['capabilities']>;
  register: (ctx: ServerContext) => void;
};

export function connectionLogger(connection: Connection): Logger {
  return {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
    debug: (m) => connection.console.log(m),
  };
}

export function startServer(connection: Connection, features: Feature[] = []): void {
  const documents = new TextDocuments(TextDocument);
  const logger = connectionLogger(connection);
  // the server analyses open notes only (an indexing worker summarises the rest): caches sized for that,
  // not for a whole workspace, so a long editing session cannot grow them to hundreds of megabytes
  const service = createNodeService({ logger, parseCacheSize: 2_000, analysisCacheSize: 32 });
  let configurationPull = false;

  const docOf = (doc: TextDocument) => ({ uri: doc.uri, text: doc.getText() });
  const ctx: ServerContext = {
    connection,
    documents,
    service,
    logger,
    hooks: { ready: [], settingsChanged: [], findings: [], hover: [] },
    validate(doc) {
      // one note that breaks the service is logged and skipped; the others keep being served
      try {
        const note = docOf(doc);
        const analysis = service.analyze(note);
        const own = service.findings(note);
        const findings = ctx.hooks.findings.reduce((all, hook) => all.concat(hook(analysis, own)), own);
        const diagnostics = findings.map((f) => toDiagnostic(f, analysis));
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      } catch (e) {
        logger.error(`validating ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      }
    },
  };

  connection.onInitialize((params): InitializeResult => {
    ctx.initializeParams = params;
    configurationPull = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) service.updateSettings(settingsFromConfiguration(init.settings));
    let capabilities: InitializeResult['capabilities'] = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
    };
    for (const f of features) capabilities = { ...capabilities, ...(f.capabilities?.(params) ?? {}) };
    return { capabilities, serverInfo: { name: 'aws-notes', version: '0.1.0' } };
  });

  async function pullSettings() {
    if (!configurationPull) return;
    try {
      const config = await connection.workspace.getConfiguration('awsNotes');
      service.updateSettings(settingsFromConfiguration(config));
    } catch (e) {
      logger.warn(`could not read settings: ${e}`);
    }
  }

  connection.onInitialized(async () => {
    await pullSettings();
    documents.all().forEach((d) => ctx.validate(d));
    for (const hook of ctx.hooks.ready) await hook();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationPull) await pullSettings();
    else service.updateSettings(settingsFromConfiguration((change.settings as any)?.awsNotes));
    documents.all().forEach((d) => ctx.validate(d));
    for (const hook of ctx.hooks.settingsChanged) await hook(change.settings);
  });

  documents.onDidChangeContent((e) => ctx.validate(e.document));
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const note = docOf(doc);
    // the concept is known only once the mention is found; the hooks then add their lines for it
    const mention = ctx.hooks.hover.length ? service.mentionAt(note, params.position) : undefined;
    const extras = mention && mergeExtras(ctx.hooks.hover.map((hook) => hook(mention.conceptId, doc.uri, service.analyze(note).language)));
    const hover = service.hover(note, params.position, extras);
    return hover && { contents: { kind: 'markdown', value: hover.contents }, range: hover.range };
  });

  for (const f of features) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}

function mergeExtras(all: (HoverExtras | undefined)[]): HoverExtras | undefined {
  const present = all.filter((e): e is HoverExtras => !!e);
  if (present.length === 0) return undefined;
  return { lines: present.flatMap((e) => e.lines ?? []), conceptLink: present.find((e) => e.conceptLink)?.conceptLink };
}
