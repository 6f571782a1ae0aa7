// A minimal LSP client for protocol tests: starts the bundled server over stdio and speaks JSON-RPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { serverJs } from './paths';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: any[];
}

export class TestLspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly waiters: { uri: string; resolve: (d: PublishedDiagnostics) => void; predicate: (d: PublishedDiagnostics) => boolean }[] = [];
  readonly latest = new Map<string, PublishedDiagnostics>();
  readonly stderr: string[] = [];

  constructor(options: { args?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    this.child = spawn(process.execPath, [serverJs, '--stdio', ...(options.args ?? [])], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.child.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.latest.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
      params.items.map((item) => (this.configurationFor ? this.configurationFor(item.section, item.scopeUri) : this.configuration)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onUnhandledProgress((p) => this.progress.push(p));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  configuration: unknown = {};
  /** answers workspace/configuration per section (e.g. 'awsNotes', 'files.exclude') when set */
  configurationFor?: (section: string | undefined, scopeUri: string | undefined) => unknown;
  /** client/registerCapability registrations the server asked for */
  readonly registrations: any[] = [];
  /** $/progress notifications ({token, value: {kind: 'begin'|'report'|'end', …}}) */
  readonly progress: any[] = [];

  /** `capabilities` replaces the default client capabilities (e.g. to announce file watching). */
  async initialize(rootPath?: string, initializationOptions: unknown = {}, capabilities?: unknown): Promise<any> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootPath ? pathToFileURL(rootPath).href : null,
      workspaceFolders: rootPath ? [{ uri: pathToFileURL(rootPath).href, name: 'root' }] : null,
      capabilities: capabilities ?? { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `predicate` (or the latest ones if they already do). */
  diagnostics(uri: string, predicate: (d: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    const have = this.latest.get(uri);
    if (have && predicate(have)) return Promise.resolve(have);
    return new Promise((resolve) => this.waiters.push({ uri, resolve, predicate }));
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/** One server for a mocha suite: started and initialised before its tests, stopped after them. */
export function serverPerSuite(): { readonly client: TestLspClient; readonly capabilities: any } {
  const suite = {} as { client: TestLspClient; capabilities: any };
  before(async () => {
    suite.client = new TestLspClient();
    suite.capabilities = (await suite.client.initialize()).capabilities;
  });
  after(() => suite.client.stop());
  return suite;
}
