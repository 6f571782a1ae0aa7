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
import type { LanguageService, Logger } from '../service';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: LanguageService;
  logger: Logger;
  /** re-publish diagnostics of one open document */
  validate(doc: TextDocument): void;
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
  const service = createNodeService({ logger });
  let configurationPull = false;

  const docOf = (doc: TextDocument) => ({ uri: doc.uri, text: doc.getText() });
  const ctx: ServerContext = {
    connection,
    documents,
    service,
    logger,
    validate(doc) {
      const note = docOf(doc);
      const analysis = service.analyze(note);
      const diagnostics = service.findings(note).map((f) => toDiagnostic(f, analysis));
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    },
  };

  connection.onInitialize((params): InitializeResult => {
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
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationPull) await pullSettings();
    else service.updateSettings(settingsFromConfiguration((change.settings as any)?.awsNotes));
    documents.all().forEach((d) => ctx.validate(d));
  });

  documents.onDidChangeContent((e) => ctx.validate(e.document));
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const hover = service.hover(docOf(doc), params.position);
    return hover && { contents: { kind: 'markdown', value: hover.contents }, range: hover.range };
  });

  for (const f of features) f.register(ctx);
  documents.listen(connection);
  connection.listen();
}
