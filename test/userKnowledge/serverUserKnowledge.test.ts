// The server with the learner's .aws-notes files: untrusted workspaces use the bundled knowledge only and
// say so; trusting loads the files; problems show on the YAML file with line and column; saving a file reloads.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { userKnowledgeFeature } from '../../server/lsp/userKnowledge';
import { InProcessServer } from '../helpers/inProcessServer';

describe('server: user knowledge and workspace trust', () => {
  let dir: string;
  let server: InProcessServer;
  const noteUri = 'file:///virtual/note.md';
  let yamlUri: string;
  const status = () => server.notifications.filter((n) => n.method === 'awsNotes/knowledgeStatus').map((n) => n.params);
  const hoverAt = (character: number): Promise<any> => server.client.sendRequest('textDocument/hover', { textDocument: { uri: noteUri }, position: { line: 0, character } });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aws-notes-server-'));
    mkdirSync(join(dir, '.aws-notes'));
    writeFileSync(join(dir, '.aws-notes', 'mine.yaml'), 'version: 1\naliases:\n  lambda: [람다펑션]\n  nope: [x]\n');
    yamlUri = pathToFileURL(join(dir, '.aws-notes', 'mine.yaml')).href;
    server = new InProcessServer([userKnowledgeFeature]);
    await server.initialize(dir, { trusted: false });
  });
  after(() => {
    server.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('untrusted: bundled knowledge only, and it says so (status notification and log line)', async () => {
    await server.until(() => status().length > 0);
    assert.equal(status()[0].trusted, false);
    assert.match(status()[0].message, /Untrusted workspace: using the bundled AWS knowledge only/);
    assert.ok(server.logs.some((l) => /Untrusted workspace/.test(l)));
    await server.client.sendNotification('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'markdown', version: 1, text: '람다펑션 테스트' } });
    assert.equal(await hoverAt(1), null);
    assert.equal(server.diagnostics.has(yamlUri), false);
  });

  it('once trusted: loads the files, the alias works, problems show on the YAML file at their line and column', async () => {
    await server.client.sendNotification('awsNotes/trustChanged', { trusted: true });
    await server.until(() => server.diagnostics.has(yamlUri));
    const hover = await hoverAt(1);
    assert.ok(hover, 'the alias is a mention now');
    assert.match(hover.contents.value, /Lambda/);
    assert.deepEqual(server.diagnostics.get(yamlUri)!.map((d) => [d.range.start, d.severity, d.message]), [[{ line: 3, character: 9 }, 1, "no concept 'nope' to add the alias to"]]);
    assert.equal(status().at(-1).trusted, true);
    assert.deepEqual(status().at(-1).counts.aliases, 1);
  });

  it('saving a fixed file reloads it and clears its problems; config.yaml settings apply to notes', async () => {
    writeFileSync(join(dir, '.aws-notes', 'mine.yaml'), 'version: 1\naliases:\n  lambda: [람다펑션]\n');
    writeFileSync(join(dir, '.aws-notes', 'config.yaml'), 'maxNoteSizeKB: 0.001\n');
    await server.until(() => server.diagnostics.get(yamlUri)?.length === 0 && (server.diagnostics.get(noteUri) ?? []).some((d) => d.code === 'note-too-large'));
    writeFileSync(join(dir, '.aws-notes', 'config.yaml'), 'language: en\n');
    await server.until(() => (server.diagnostics.get(noteUri) ?? []).every((d) => d.code !== 'note-too-large'));
    assert.ok(await hoverAt(1));
  });
});
