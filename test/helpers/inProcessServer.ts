// The language server in this process over in-memory streams: for protocol tests that need to reach inside
// (inject a checker, watch the service), and fast. Waits on notifications, never sleeps.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer, type Feature } from '../../server/lsp/server';

export class InProcessServer {
  readonly client: MessageConnection;
  readonly logs: string[] = [];
  readonly notifications: { method: string; params: any }[] = [];
  readonly diagnostics = new Map<string, any[]>();
  private waiters: (() => void)[] = [];

  constructor(features: Feature[]) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(toServer, toClient), features);
    this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onNotification((method: string, params: any) => {
      if (method === 'window/logMessage') this.logs.push(params.message);
      else if (method === 'textDocument/publishDiagnostics') this.diagnostics.set(params.uri, params.diagnostics);
      else this.notifications.push({ method, params });
      this.waiters.splice(0).forEach((w) => w());
    });
    this.client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.client.onRequest('client/registerCapability', () => null);
    this.client.onRequest('window/workDoneProgress/create', () => null);
    this.client.listen();
  }

  async initialize(rootPath: string | undefined, initializationOptions: unknown): Promise<void> {
    const { pathToFileURL } = await import('node:url');
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    await this.client.sendRequest('initialize', {
      processId: null,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: { workspace: { configuration: true } },
      initializationOptions,
    });
    await this.client.sendNotification('initialized', {});
  }

  /** Resolves once `ok()` holds, re-checking after each message from the server. */
  async until(ok: () => boolean): Promise<void> {
    while (!ok()) await new Promise<void>((r) => this.waiters.push(r));
  }

  dispose(): void {
    this.client.dispose();
  }
}
