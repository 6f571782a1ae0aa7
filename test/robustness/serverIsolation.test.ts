// An exception while analysing one note is logged and isolated: the server keeps serving the other notes.
// The server runs in this process (over in-memory streams) so a throwing checker can be injected.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/lsp/server';
import { allCheckers } from '../../server/service/checks/registry';
import type { NoteChecker } from '../../server/service';

describe('server isolation of a failing note', () => {
  let client: MessageConnection;
  const logs: string[] = [];
  const published = new Map<string, any[]>();
  const waiters: (() => void)[] = [];
  const boom: NoteChecker = (analysis) => {
    if (analysis.text.includes('BOOM')) throw new Error('injected checker failure');
    return analysis.mentions.slice(0, 1).map((m) => ({ code: 'probe', severity: 'information', message: 'probe', start: m.start, end: m.end, fixes: [] }));
  };

  before(async () => {
    allCheckers.push(boom);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(toServer, toClient), []);
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: any[] }) => {
      published.set(p.uri, p.diagnostics);
      waiters.splice(0).forEach((w) => w());
    });
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { trusted: false } });
    await client.sendNotification('initialized', {});
  });
  after(() => {
    allCheckers.splice(allCheckers.indexOf(boom), 1);
    client.dispose();
  });

  const until = async (ok: () => boolean) => {
    while (!ok()) await new Promise<void>((r) => waiters.push(r));
  };

  it('logs the failing note and still publishes diagnostics for the others', async () => {
    const open = (uri: string, text: string) =>
      client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await open('file:///bad.md', 'BOOM Lambda');
    await open('file:///good.md', 'Lambda는 서버리스');
    await until(() => published.has('file:///good.md') && published.has('file:///bad.md'));
    assert.deepEqual(published.get('file:///good.md')!.map((d) => d.code), ['probe']);
    // the failing checker is isolated in the façade: the note still gets its (empty) diagnostics
    assert.deepEqual(published.get('file:///bad.md'), []);
    assert.ok(logs.some((l) => /file:\/\/\/bad\.md/.test(l) && /injected checker failure/.test(l)), logs.join('\n'));
    const hover = await client.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///good.md' }, position: { line: 0, character: 2 } });
    assert.ok(hover);
  });
});
