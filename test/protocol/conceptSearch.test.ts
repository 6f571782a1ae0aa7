import assert from 'node:assert/strict';
import { serverPerSuite } from '../helpers/lspClient';
import { ConceptAtRequest, SearchConceptsRequest } from '../../server/lsp/protocol';

describe('concept search, concept at cursor and completion over stdio', () => {
  const server = serverPerSuite();

  it('searches concepts by 초성, abbreviation and name, with category and summary in the UI language', async () => {
    const ko = await server.client.request(SearchConceptsRequest.method, { query: 'ㄹㄷ', lang: 'ko' });
    assert.equal(ko[0].id, 'lambda');
    assert.match(ko[0].label, /람다/);
    assert.equal(ko[0].description, '컴퓨팅');
    assert.match(ko[0].detail, /[가-힣]/);
    assert.match(ko[0].docs, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.equal(ko[0].names.ko, '람다');

    const sg = await server.client.request(SearchConceptsRequest.method, { query: 'ㅂㅇㄱㄹ', lang: 'ko' });
    assert.equal(sg[0].id, 'security-group');

    const en = await server.client.request(SearchConceptsRequest.method, { query: 'tgw', lang: 'en' });
    assert.equal(en[0].id, 'transit-gateway');
    assert.equal(en[0].description, 'Networking');
    assert.doesNotMatch(en[0].detail, /[가-힣]/);

    const all = await server.client.request(SearchConceptsRequest.method, { query: '', lang: 'en', limit: 5 });
    assert.equal(all.length, 5);
    assert.deepEqual(await server.client.request(SearchConceptsRequest.method, { query: 'qqzzxx', lang: 'en' }), []);
  });

  it('names the concept mentioned at the cursor of an open note, and null elsewhere', async () => {
    const uri = 'file:///tmp/aws-notes-test/concept-at.md';
    const text = '# 메모\n\nLambda는 최대 15분 실행된다.\n';
    server.client.open(uri, text);
    await server.client.diagnostics(uri);
    const at = await server.client.request(ConceptAtRequest.method, { uri, position: { line: 2, character: 3 }, lang: 'ko' });
    assert.equal(at.id, 'lambda');
    assert.equal(at.concept.names.ko, '람다');
    assert.equal(await server.client.request(ConceptAtRequest.method, { uri, position: { line: 0, character: 0 } }), null);
    assert.equal(await server.client.request(ConceptAtRequest.method, { uri: 'file:///not/open.md', position: { line: 0, character: 0 } }), null);
  });

  it('completes concept names in prose without trigger characters, never inside code', async () => {
    assert.ok(server.capabilities.completionProvider);
    assert.equal(server.capabilities.completionProvider.triggerCharacters, undefined);
    const uri = 'file:///tmp/aws-notes-test/complete.md';
    const text = '서버리스 컴퓨팅 서비스는 람\n\n```bash\naws tran\n```\n\nConnect VPCs with a tran\n';
    server.client.open(uri, text);
    await server.client.diagnostics(uri);
    const at = async (line: number, character: number) =>
      (await server.client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as any;

    const korean = await at(0, 15);
    assert.equal(korean.isIncomplete, false);
    const labels = korean.items.map((i: any) => i.label);
    assert.ok(labels.includes('람다'), labels.join());
    assert.ok(labels.includes('Lambda'), labels.join());
    const lambda = korean.items.find((i: any) => i.label === '람다');
    assert.deepEqual(lambda.textEdit.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } });
    assert.equal(lambda.documentation.kind, 'markdown');
    assert.match(lambda.documentation.value, /람다/);
    assert.equal(lambda.detail, '컴퓨팅');

    assert.deepEqual((await at(3, 8)).items, []);
    const english = await at(6, 24);
    assert.ok(english.items.some((i: any) => i.label === 'Transit Gateway'));
  });
});
