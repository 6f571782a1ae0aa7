import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverPerSuite } from '../helpers/lspClient';
import { repoRoot } from '../helpers/paths';

describe('language server over stdio', () => {
  const server = serverPerSuite();

  it('answers a hover on a mention in a Korean note with a Korean card, and nothing off a mention', async () => {
    const path = join(repoRoot, 'test', 'fixtures', 'notes', 'lambda-ko.md');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    server.client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('Lambda는'));
    const hover = await server.client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('Lambda') + 2 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /람다/);
    assert.match(hover.contents.value, /docs\.aws\.amazon\.com/);
    const none = await server.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  it('gives no definition to a client that cannot open concept cards (it reads them in the hover)', async () => {
    const uri = 'file:///tmp/aws-notes-definition.md';
    server.client.open(uri, 'Lambda는 서버리스다.\n');
    assert.equal(await server.client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
  });
});
