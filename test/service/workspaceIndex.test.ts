// The pure workspace index on hand-written notes and the small test knowledge base: references across
// notes, counts, symbols, outline, CodeLens data, hover lines, rename/delete, open documents over the
// disk, and contradictions between notes.
import assert from 'node:assert/strict';
import { createLanguageService, type LanguageService } from '../../server/service';
import { WorkspaceIndex } from '../../server/service/workspace/index';
import { summarizeNote } from '../../server/service/workspace/summarizeNote';
import type { NoteSummary } from '../../server/service/workspace/summary';
import { hoverLines, conceptCardMarkdown, lensTitle } from '../../server/service/workspace/cards';
import { NOTES_DISAGREE } from '../../server/service/workspace/contradictions';
import { miniKnowledge } from '../helpers/miniKnowledge';
import { bundledKnowledge } from '../../server/service/knowledge/bundled';
import { allCheckers } from '../../server/service/checks/registry';

const A = `# Lambda 기초

Lambda는 서버 없이 코드를 실행한다.

## SQS 연동

SQS 큐의 메시지를 Lambda가 처리한다.
`;

const B = `# Networking

## VPC peering

VPC peering is not transitive. A Lambda function can run inside a VPC.
`;

const C = `Setext heading about S3
=======================

S3 stores objects.
`;

describe('workspace index', () => {
  let service: LanguageService;
  let index: WorkspaceIndex;
  const summary = (uri: string, text: string) => summarizeNote(service, { uri, text });

  beforeEach(() => {
    const knowledge = miniKnowledge();
    service = createLanguageService({ knowledge });
    index = new WorkspaceIndex(knowledge);
    index.setDisk(summary('file:///n/a.md', A));
    index.setDisk(summary('file:///n/b.md', B));
    index.setDisk(summary('file:///n/c.md', C));
  });

  it('finds every mention of a concept across notes, with LSP ranges', () => {
    const refs = index.references('lambda');
    assert.deepEqual(
      refs.map((r) => [r.uri, r.range.start.line, r.range.start.character, r.range.end.character]),
      [
        ['file:///n/a.md', 0, 2, 8],
        ['file:///n/a.md', 2, 0, 6],
        ['file:///n/a.md', 6, 12, 18],
        ['file:///n/b.md', 4, 33, 39],
      ],
    );
    assert.deepEqual(index.references('kinesis'), []);
  });

  it('counts the notes that mention a concept, most mentions first', () => {
    assert.equal(index.noteCount('lambda'), 2);
    assert.deepEqual(
      index.notesMentioning('lambda').map((n) => [n.uri, n.count]),
      [
        ['file:///n/a.md', 3],
        ['file:///n/b.md', 1],
      ],
    );
  });

  it('builds the outline of a note from its headings, setext ones included', () => {
    const outline = index.outline('file:///n/a.md');
    assert.deepEqual(
      outline.map((h) => [h.text, h.depth, h.children.map((c) => c.text)]),
      [['Lambda 기초', 1, ['SQS 연동']]],
    );
    assert.deepEqual(outline[0].sectionRange.start, { line: 0, character: 0 });
    assert.deepEqual(index.outline('file:///n/c.md').map((h) => h.text), ['Setext heading about S3']);
  });

  it('finds concepts and headings as workspace symbols', () => {
    const symbols = index.symbols('peer');
    assert.deepEqual(symbols.filter((s) => s.kind === 'concept').map((s) => s.conceptId), ['vpc-peering']);
    assert.deepEqual(symbols.filter((s) => s.kind === 'heading').map((s) => [s.name, s.uri]), [['VPC peering', 'file:///n/b.md']]);
    // an empty query lists the concepts the workspace mentions, not the whole knowledge base
    assert.ok(index.symbols('').filter((s) => s.kind === 'concept').every((s) => index.noteCount(s.conceptId!) > 0));
  });

  it('gives CodeLens data for headings that name a concept', () => {
    const lenses = index.lenses('file:///n/a.md');
    assert.deepEqual(
      lenses.map((l) => [l.conceptId, l.text, l.range.start.line, l.notes]),
      [
        ['lambda', 'Lambda', 0, 2],
        ['sqs', 'SQS', 4, 1],
      ],
    );
    assert.equal(lensTitle(lenses[0], 'en'), 'Lambda · 2 notes');
    assert.equal(lensTitle({ ...lenses[0], findings: 1 }, 'ko'), 'Lambda · 노트 2개 · 문제 1개');
  });

  it('adds "mentioned in N notes" with links to the others to the hover card', () => {
    const [line] = hoverLines(index, 'lambda', 'en', 'file:///n/a.md');
    assert.equal(line, '*Mentioned in 2 notes*: [b.md](file:///n/b.md#L5)');
    assert.deepEqual(hoverLines(index, 'kinesis', 'en'), []);
    assert.deepEqual(index.topNotes('lambda', 1).map((n) => [n.uri, n.count, n.range.start.line]), [['file:///n/a.md', 3, 0]]);
    assert.deepEqual(index.topNotes('lambda', 5, 'file:///n/b.md').map((n) => n.uri), ['file:///n/a.md']);
    const card = conceptCardMarkdown(service.knowledge, index, 'lambda', 'ko', (id) => `aws-notes:/concepts/${id}.md`)!;
    assert.match(card, /이 개념을 언급한 노트\*\* \(2\)/);
    assert.match(card, /\[a\.md\]\(file:\/\/\/n\/a\.md#L1\) · 3회/);
    assert.match(card, /\[Amazon SQS\]\(aws-notes:\/concepts\/sqs\.md\)/, 'related concepts link to their cards');
    assert.equal(conceptCardMarkdown(service.knowledge, index, 'nope', 'en'), null);
  });

  it('follows a rename and a delete', () => {
    index.renameDisk('file:///n/b.md', 'file:///n/net/b.md');
    assert.deepEqual([...new Set(index.references('lambda').map((r) => r.uri))], ['file:///n/a.md', 'file:///n/net/b.md']);
    index.removeDisk('file:///n/a.md');
    assert.deepEqual(index.notesMentioning('lambda').map((n) => n.uri), ['file:///n/net/b.md']);
    assert.equal(index.get('file:///n/a.md'), undefined);
    index.removeUnder('file:///n/net');
    assert.equal(index.noteCount('lambda'), 0);
    assert.equal(index.noteCount('vpc-peering'), 0);
  });

  it("lets an open document's text win over the disk until it is closed", () => {
    index.setOpen(summary('file:///n/a.md', '# Kinesis\n\nKinesis만 남았다.\n'));
    assert.equal(index.noteCount('lambda'), 1);
    assert.equal(index.noteCount('kinesis'), 1);
    // the disk changing underneath an open note changes nothing anyone sees
    assert.deepEqual(index.setDisk(summary('file:///n/a.md', A + '\nLambda again.\n')), []);
    assert.equal(index.noteCount('kinesis'), 1);
    index.closeOpen('file:///n/a.md');
    assert.equal(index.noteCount('kinesis'), 0);
    assert.equal(index.notesMentioning('lambda')[0].count, 4, 'the newer disk version counts after closing');
    // a note that exists only in the editor disappears when closed
    index.setOpen(summary('untitled:1', 'S3 only.'));
    assert.equal(index.noteCount('s3'), 2);
    index.closeOpen('untitled:1');
    assert.equal(index.noteCount('s3'), 1);
  });

  describe('contradictions between notes', () => {
    const withClaim = (s: NoteSummary, value: string, shown: string, start: number, key = 'about:sqs|visibility timeout|default'): NoteSummary => ({
      ...s,
      claims: [{ key, value, amount: parseFloat(value), shown, start, end: start + shown.length, subject: 'sqs', role: 'default', attribute: 'visibility timeout' }],
    });

    it('are reported on both notes, each pointing at the other', () => {
      const xText = 'SQS visibility timeout default: 30 s.\n';
      const yText = 'SQS 가시성 타임아웃 기본값은 15분.\n';
      const x = withClaim(summary('file:///n/x.md', xText), '30 s', '30 s', xText.indexOf('30 s'));
      const y = withClaim(summary('file:///n/y.md', yText), '900 s', '15분', yText.indexOf('15분'));
      index.setDisk(x);
      const affected = index.setDisk(y);
      assert.ok(affected.includes('file:///n/x.md'), 'the other note must be re-published');
      const onX = index.findings('file:///n/x.md').filter((f) => f.code === NOTES_DISAGREE);
      const onY = index.findings('file:///n/y.md').filter((f) => f.code === NOTES_DISAGREE);
      assert.equal(onX.length, 1);
      assert.equal(onY.length, 1);
      assert.deepEqual([onX[0].start, onX[0].end], [32, 36]);
      assert.equal(onX[0].related![0].uri, 'file:///n/y.md');
      assert.deepEqual(onX[0].related![0].range, { start: { line: 0, character: 18 }, end: { line: 0, character: 21 } });
      assert.equal(onX[0].message, 'Other notes disagree: this note gives 30 s as the default visibility timeout of SQS, but y.md says 15분.');
      assert.equal(onY[0].message, '다른 노트와 다릅니다: 이 노트는 SQS visibility timeout 기본값을 15분으로 적었지만, x.md에는 30 s로 적혀 있습니다.');
      assert.equal(onY[0].severity, 'warning', 'with no KB value nobody can tell which note is right');
    });

    it('stay silent when the notes agree or talk about different facts', () => {
      index.setDisk(withClaim(summary('file:///n/x.md', 'x'), '30 s', '30 s', 0));
      index.setDisk(withClaim(summary('file:///n/y.md', 'y'), '30 s', '30초', 0));
      index.setDisk(withClaim(summary('file:///n/z.md', 'z'), '900 s', '15분', 0, 'about:sqs|retention|default'));
      for (const uri of ['file:///n/x.md', 'file:///n/y.md', 'file:///n/z.md']) assert.deepEqual(index.contradictions(uri), []);
    });

    it('go away when the other note is fixed or deleted', () => {
      index.setDisk(withClaim(summary('file:///n/x.md', 'x'), '30 s', '30 s', 0));
      index.setDisk(withClaim(summary('file:///n/y.md', 'y'), '900 s', '15분', 0));
      assert.equal(index.contradictions('file:///n/x.md').length, 1);
      index.setOpen(withClaim(summary('file:///n/y.md', 'y'), '30 s', '30초', 0));
      assert.equal(index.contradictions('file:///n/x.md').length, 0);
      index.closeOpen('file:///n/y.md');
      assert.equal(index.contradictions('file:///n/x.md').length, 1);
      assert.ok(index.removeDisk('file:///n/y.md').includes('file:///n/x.md'));
      assert.equal(index.contradictions('file:///n/x.md').length, 0);
    });
  });

  describe('contradictions from what notes actually say (bundled knowledge)', () => {
    let real: LanguageService;
    let idx: WorkspaceIndex;
    const add = (uri: string, text: string) => idx.setDisk(summarizeNote(real, { uri, text }));
    const disagree = (uri: string) => idx.findings(uri).filter((f) => f.code === NOTES_DISAGREE);
    before(() => {
      real = createLanguageService({ knowledge: bundledKnowledge(), checkers: allCheckers });
    });
    beforeEach(() => {
      idx = new WorkspaceIndex(real.knowledge);
      idx.setSettings(real.settings());
    });

    it('ties a Korean and an English note that give different defaults, KB value or not', () => {
      add('file:///n/ko.md', '# SQS\n\n- SQS 가시성 타임아웃 기본값은 30초이다.\n');
      add('file:///n/en.md', '# Queues\n\nThe SQS visibility timeout default is 15 minutes.\n');
      const [ko] = disagree('file:///n/ko.md');
      const [en] = disagree('file:///n/en.md');
      assert.ok(ko && en, 'reported on both notes');
      assert.equal(ko.related![0].uri, 'file:///n/en.md');
      assert.equal(en.related![0].uri, 'file:///n/ko.md');
      assert.match(ko.message, /en\.md에는 15 minutes로/);
      assert.equal(ko.severity, 'information', 'the KB has the default: the fact check already warns the wrong note');
    });

    it('stays silent when neither note gives the value the KB knows (they are about different things)', () => {
      add('file:///n/x.md', '- SQS 가시성 타임아웃 기본값은 60초이다.\n');
      add('file:///n/y.md', 'The SQS visibility timeout default is 15 minutes.\n');
      assert.deepEqual(disagree('file:///n/x.md'), []);
      assert.deepEqual(disagree('file:///n/y.md'), []);
    });

    it('stays silent for bare numbers, other subjects, and notes that waver', () => {
      add('file:///n/a.md', '- SQS 가시성 타임아웃 기본값은 30초이다.\n');
      add('file:///n/bare.md', '- SQS 가시성 타임아웃은 60초로 바꿨다.\n');
      add('file:///n/other.md', '- Lambda 함수의 기본 제한 시간은 3초이다.\n');
      add('file:///n/waver.md', '- SQS 가시성 타임아웃 기본값은 30초이다.\n- 예전 자료에는 SQS 가시성 타임아웃 기본값이 60초라고 되어 있다.\n');
      for (const uri of ['file:///n/a.md', 'file:///n/bare.md', 'file:///n/other.md', 'file:///n/waver.md']) assert.deepEqual(disagree(uri), [], uri);
    });

    it('follows the severity settings', () => {
      idx.setSettings({ ...real.settings(), factCheck: { ...real.settings().factCheck, severity: { [NOTES_DISAGREE]: 'off' } } });
      add('file:///n/ko.md', '- SQS 가시성 타임아웃 기본값은 30초이다.\n');
      add('file:///n/en.md', 'The SQS visibility timeout default is 15 minutes.\n');
      assert.deepEqual(disagree('file:///n/ko.md'), []);
    });
  });
});
