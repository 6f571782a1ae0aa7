// The VS Code client: starts the bundled language server and stays thin; every answer comes from it.
// Commands, the card view and the status bar are registered before the server starts, so they exist (and
// explain themselves) even when it cannot start.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CARD_SCHEME, ConceptAtRequest, IndexStatusNotification } from '../server/lsp/protocol';
import { TrustChangedNotification } from '../server/lsp/trustProtocol';
import { ConceptCardProvider, openCard } from './conceptCard';
import { chooseConceptAction } from './conceptActions';
import { pickConcept } from './conceptSearch';
import { uiLang } from './lang';
import { guarded, type ServerAccess } from './server';
import { NotesStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('AWS Study Notes', { log: true });
  context.subscriptions.push(log);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // glibc gives each thread that allocates (the indexing worker) its own malloc arena and keeps them
  // fragmented after the worker is gone: two arenas keep a cold-started server ~10 MB smaller once idle
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'awsNotes' },
    // in an untrusted workspace the server uses the bundled knowledge only (no .aws-notes/*.yaml)
    initializationOptions: { settings: vscode.workspace.getConfiguration('awsNotes'), storagePath: context.globalStorageUri.fsPath, trusted: vscode.workspace.isTrusted, conceptCards: true },
    // one log for the client and the server; `awsNotes.trace.server` adds the LSP traffic to it
    outputChannel: log,
    traceOutputChannel: log,
  };
  // the commands wait on this; it settles once the server has started (or failed to)
  let settle!: { resolve: (c: LanguageClient) => void; reject: (e: unknown) => void };
  const started = new Promise<LanguageClient>((resolve, reject) => (settle = { resolve, reject }));
  started.catch(() => undefined); // failures are reported below, once
  const access: ServerAccess = { client: () => started, log };

  const statusBar = new NotesStatusBar();
  const cards = new ConceptCardProvider(access);
  context.subscriptions.push(
    statusBar,
    cards,
    vscode.workspace.registerTextDocumentContentProvider(CARD_SCHEME, cards),
    vscode.commands.registerCommand('awsNotes.searchConcepts', (query?: unknown) =>
      guarded(access, vscode.l10n.t('Search Concepts'), async () => {
        const concept = await pickConcept(access, typeof query === 'string' ? query : '');
        if (concept) await chooseConceptAction(access, concept);
      }),
    ),
    vscode.commands.registerCommand('awsNotes.showConcept', () =>
      guarded(access, vscode.l10n.t('Show Concept at Cursor'), async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) return;
        const c = await access.client();
        const found = await c.sendRequest(ConceptAtRequest, {
          uri: c.code2ProtocolConverter.asUri(editor.document.uri),
          position: c.code2ProtocolConverter.asPosition(editor.selection.active),
          lang: uiLang(),
        });
        if (found) await chooseConceptAction(access, found.concept);
        else void vscode.window.showInformationMessage(vscode.l10n.t('There is no AWS concept at the cursor.'));
      }),
    ),
    vscode.commands.registerCommand('awsNotes.openCard', (id?: unknown) =>
      guarded(access, vscode.l10n.t('Open Concept Card'), async () => {
        if (typeof id === 'string' && id) return openCard(id);
        const concept = await pickConcept(access);
        if (concept) await openCard(concept.id);
      }),
    ),
    // the fact checker's code actions pass the AWS page of a finding
    vscode.commands.registerCommand('awsNotes.openSource', (url?: unknown) =>
      guarded(access, vscode.l10n.t('Open AWS Source'), async () => {
        const uri = typeof url === 'string' ? vscode.Uri.parse(url) : url instanceof vscode.Uri ? url : undefined;
        if (uri && (uri.scheme === 'https' || uri.scheme === 'http')) await vscode.env.openExternal(uri);
        else void vscode.window.showWarningMessage(vscode.l10n.t('Not a web address: {0}', String(url)));
      }),
    ),
    vscode.commands.registerCommand('awsNotes.showOutput', () => log.show(true)),
  );

  try {
    const languageClient = new LanguageClient('awsNotes', 'AWS Study Notes', serverOptions, clientOptions);
    client = languageClient;
    context.subscriptions.push(languageClient, languageClient.onNotification(IndexStatusNotification, (status) => statusBar.indexStatus(status)));
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void languageClient.sendNotification(TrustChangedNotification, { trusted: true })));
    await languageClient.start();
    settle.resolve(languageClient);
    statusBar.serverStarted(true);
  } catch (e) {
    settle.reject(e);
    statusBar.serverStarted(false);
    log.error(`the language server did not start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The AWS Study Notes server did not start. See the "AWS Study Notes" output for details.'));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
