// Fact-check findings and their code actions through the real server over stdio: open a note, receive its
// diagnostics, ask for code actions, apply a quick fix and see the finding go; "open the source", "ignore
// here" and the fix-all action for source.fixAll.
import assert from 'node:assert/strict';
import { serverPerSuite } from '../helpers/lspClient';

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };

/** Apply LSP text edits to a text (edits must not overlap). */
function applyLspEdits(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('fact-check code actions over stdio', () => {
  const server = serverPerSuite();

  it('announces quick fixes and its own fix-all kind', () => {
    assert.deepEqual(server.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.awsNotes']);
  });

  it('publishes a finding with its source, offers the fix, opens the source, ignores here, and the fix clears it', async () => {
    const uri = 'file:///tmp/aws-notes-test/code-actions.md';
    const text = '# SQS\n\n- SQS 가시성 제한 시간 기본값은 12시간이다.\n';
    server.client.open(uri, text);
    const published = await server.client.diagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'sqs-visibility-timeout-default'));
    const diagnostic = published.diagnostics.find((x) => x.code === 'sqs-visibility-timeout-default');
    assert.equal(diagnostic.source, 'aws-notes');
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 25 } });
    assert.match(diagnostic.message, /^이 노트는 .*기본값.*12시간.*30초입니다/);
    assert.match(diagnostic.codeDescription.href, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.match(diagnostic.relatedInformation[0].message, /^출처: https:\/\//);

    const actions: any[] = await server.client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.edit.changes[uri], [{ range: diagnostic.range, newText: '30초' }]);

    const open = actions.find((a) => a.command?.command === 'awsNotes.openSource');
    assert.ok(open, 'an "open the AWS source" action');
    assert.deepEqual(open.command.arguments, [diagnostic.codeDescription.href]);
    assert.deepEqual(open.data, { url: diagnostic.codeDescription.href });

    const ignore = actions.find((a) => /무시/.test(a.title));
    assert.ok(ignore, 'an "ignore here" action');
    assert.deepEqual(ignore.edit.changes[uri], [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- aws-notes-disable-next-line sqs-visibility-timeout-default -->\n' },
    ]);

    // apply the quick fix like a client: the finding goes away
    const fixedText = applyLspEdits(text, fix.edit.changes[uri]);
    assert.equal(fixedText, '# SQS\n\n- SQS 가시성 제한 시간 기본값은 30초이다.\n');
    server.client.change(uri, 2, [{ text: fixedText }]);
    const after = await server.client.diagnostics(uri, (d) => d.version === 2);
    assert.deepEqual(after.diagnostics.filter((x: any) => x.code === 'sqs-visibility-timeout-default'), []);

    // and "ignore here" silences it as well
    const ignoredText = applyLspEdits(text, ignore.edit.changes[uri]);
    server.client.change(uri, 3, [{ text: ignoredText }]);
    const ignored = await server.client.diagnostics(uri, (d) => d.version === 3);
    assert.deepEqual(ignored.diagnostics.filter((x: any) => x.code === 'sqs-visibility-timeout-default'), []);
  });

  it('offers one fix-all action for source.fixAll that fixes every fixable finding of the note', async () => {
    const uri = 'file:///tmp/aws-notes-test/fix-all.md';
    const text = '# Notes\n\n- A Lambda function can run for at most 30 minutes.\n- The default visibility timeout of Amazon SQS is 15 minutes.\n- Route 53 라우팅 정책은 6가지가 있다.\n';
    server.client.open(uri, text);
    await server.client.diagnostics(uri, (d) => d.diagnostics.length >= 3);
    const actions: any[] = await server.client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.awsNotes');
    const fixed = applyLspEdits(text, actions[0].edit.changes[uri]);
    assert.equal(fixed, '# Notes\n\n- A Lambda function can run for at most 15 minutes.\n- The default visibility timeout of Amazon SQS is 30 seconds.\n- Route 53 라우팅 정책은 8가지가 있다.\n');
    server.client.change(uri, 2, [{ text: fixed }]);
    const after = await server.client.diagnostics(uri, (d) => d.version === 2);
    assert.deepEqual(after.diagnostics.filter((x: any) => x.source === 'aws-notes' && x.data?.fixes?.some((f: any) => f.preferred)), []);
  });
});
