// Big and hostile notes, one explicit example each (too big to generate by the thousand). Each must finish
// (mocha's timeout is the hang guard; no timed assertions) and satisfy the same invariants as the
// generated cases. Cost stays linear thanks to the guards in parse/chunks.ts and parse/guards.ts.
import assert from 'node:assert/strict';
import { knowledgeBaseFrom, type LanguageService } from '../../server/service';
import { createNodeService } from '../../server/node/createService';
import { bundledKnowledge } from '../../server/service/knowledge/bundled';
import { splitChunks, MAX_CHUNK_CHARS } from '../../server/service/parse/chunks';
import { neutraliseDeepNesting } from '../../server/service/parse/guards';
import { miniKnowledge } from '../helpers/miniKnowledge';
import { checkAnalysis, checkFindings, checkHover } from './invariants';

const errors: string[] = [];
function service(): LanguageService {
  const bundled = bundledKnowledge();
  const extra = miniKnowledge().concepts.filter((c) => !bundled.concept(c.id));
  const logger = { error: (m: string) => errors.push(m), warn() {}, info() {}, debug() {} };
  return createNodeService({ knowledge: knowledgeBaseFrom([...bundled.concepts, ...extra], [...bundled.facts]), logger });
}

const lines = (n: number, f: (i: number) => string, eol = '\n') => Array.from({ length: n }, (_, i) => f(i)).join(eol);

const CASES: Record<string, () => string> = {
  '10,000-item list': () => lines(10_000, (i) => `- item ${i}: Lambda는 최대 15분, S3 객체는 5TB`),
  '10,000-item list with CRLF': () => lines(10_000, (i) => `${i + 1}. 람다 ${i}`, '\r\n'),
  'lists nested 500 deep': () => lines(500, (i) => '  '.repeat(i) + '- S3와 VPC'),
  'blockquotes nested 5,000 deep on one line': () => '>'.repeat(5_000) + ' Lambda',
  '"- " nested 3,000 deep on one line (stack overflow in remark without the guard)': () => '- '.repeat(3_000) + 'Lambda',
  'blockquotes nested 200 deep over lines': () => lines(200, (i) => '> '.repeat(i) + 'SQS'),
  'unclosed fence with 100,000 lines': () => '```\n' + lines(100_000, () => 'Lambda'),
  'unclosed fence followed by blank lines': () => '~~~\n' + 'Lambda\n\n'.repeat(20_000),
  'table of 5,000 rows': () => '| 서비스 | 제한 |\n|---|---|\n' + lines(5_000, () => '| Lambda | 15분 |'),
  'table of 2,000 columns': () => '|' + ' S3 |'.repeat(2_000) + '\n|' + '---|'.repeat(2_000) + '\n|' + ' 람다 |'.repeat(2_000),
  '1 MB single line': () => 'Lambda 람다는 S3에서 '.repeat(60_000),
  '1 MB line without blanks': () => 'Lambda,S3,'.repeat(100_000),
  'unclosed HTML comments in a paragraph': () => 'text ' + '<!--'.repeat(50_000),
  'unclosed HTML comment block': () => '<!--\n' + 'Lambda\n\n'.repeat(20_000),
  'unclosed <pre> block': () => '<pre>\n' + 'Lambda\n\nS3\n'.repeat(5_000),
  'footnote calls': () => '[^a]'.repeat(50_000),
  'unclosed links': () => '[a](b '.repeat(30_000),
  'open brackets': () => '['.repeat(100_000),
  'emphasis runs': () => '*a '.repeat(50_000) + '_'.repeat(50_000),
  'backtick runs of many lengths': () => lines(3_000, (i) => '`'.repeat((i % 50) + 1) + 'x', ' '),
  '100,000 reference definitions and uses': () => lines(5_000, (i) => `[r${i}]: http://x/${i}`) + '\n' + '[r1] Lambda '.repeat(5_000),
  'CR-only line endings': () => 'Lambda\r'.repeat(100_000),
  'NUL and control characters': () => '\u0000Lambda\u0001S3\u0007\u001b[31m'.repeat(50_000),
  'lone surrogates around names': () => '\uD800Lambda\uDC00 \uDBFF람다\uDFFF'.repeat(30_000),
  'BOM, mixed line endings and scripts': () => '\uFEFF# 제목 😀\r\n\r\n' + 'Lambda는 S3에서 👩‍💻 람다 VPC 피어링\u3000\r'.repeat(20_000),
  'front matter that never closes': () => '---\ntitle: x\n' + 'Lambda: 1\n'.repeat(50_000),
  'only blank lines': () => '\n \n\t\n\r\n'.repeat(100_000),
  'only separators after a name': () => 'VPC' + ' '.repeat(500_000) + '피어링',
};

describe('pathological notes', function () {
  const svc = service();
  for (const [name, make] of Object.entries(CASES)) {
    it(`${name}: no throw, everything inside the note`, () => {
      const text = make();
      const uri = `mem://patho/${encodeURIComponent(name)}.md`;
      checkAnalysis(svc, uri, text);
      checkFindings(svc, uri, text);
      checkHover(svc, uri, text, { line: 0, character: 3 });
      checkHover(svc, uri, text, { line: 1e9, character: 1e9 });
      // the façade would swallow a parser crash (e.g. a stack overflow) into an empty analysis: none may happen
      assert.deepEqual(errors.splice(0), []);
    });
  }

  it('cuts monster paragraphs and lines into bounded chunks without losing a byte or splitting a name', () => {
    const text = 'Lambda,S3,'.repeat(100_000) + '\n' + lines(5_000, () => 'Lambda는 최대 15분');
    const chunks = splitChunks(text);
    assert.equal(chunks.map((c) => c.text).join(''), text);
    chunks.forEach((c, i) => {
      assert.equal(c.text, text.slice(c.start, c.end));
      if (i) assert.equal(c.start, chunks[i - 1].end);
      assert.ok(c.text.length <= MAX_CHUNK_CHARS + 100, `chunk ${i} has ${c.text.length} characters`);
    });
    const found = svc.analyze({ uri: 'mem://cut.md', text }).mentions.filter((m) => m.conceptId === 'lambda').length;
    assert.equal(found, 105_000);
  });

  it('keeps a long table in one chunk so its rows stay table cells', () => {
    const text = '| 서비스 | 제한 |\n|---|---|\n' + lines(2_000, () => '| Lambda | 15분 |');
    assert.equal(splitChunks(text).length, 1);
    const blocks = svc.analyze({ uri: 'mem://table.md', text }).parsed.blocks;
    assert.equal(blocks.filter((b) => b.kind === 'tableCell').length, 2 * 2_001);
  });

  it('keeps HTML blocks that span blank lines (comments, <pre>) out of prose', () => {
    const text = '<!--\nLambda\n\nS3\n-->\n\n<pre>\nSQS\n\nVPC\n</pre>\n\nAWS Lambda';
    assert.deepEqual(svc.analyze({ uri: 'mem://html.md', text }).mentions.map((m) => m.text), ['AWS Lambda']);
  });

  it('finds HTML comments at their real offsets inside quotes and lists', () => {
    const text = '> quote\n> <!-- aws-notes-disable -->\n\n- item\n  <!-- two -->\n';
    const comments = svc.analyze({ uri: 'mem://comments.md', text }).parsed.comments;
    assert.deepEqual(comments.map((c) => [text.slice(c.start, c.end), c.body]), [
      ['<!-- aws-notes-disable -->', 'aws-notes-disable'],
      ['<!-- two -->', 'two'],
    ]);
  });

  it('a byte order mark at the start of a chunk does not shift offsets (micromark drops it)', () => {
    for (const text of ['\uFEFFLambda는 S3', 'x\n\n\uFEFFLambda는 S3', '\uFEFF# Lambda\n\n\uFEFF- S3']) {
      const mentions = svc.analyze({ uri: 'mem://bom.md', text }).mentions;
      assert.deepEqual(mentions.map((m) => m.text), ['Lambda', 'S3'], JSON.stringify(text));
    }
  });

  it('reads container markers past the depth limit as text, keeping the length', () => {
    const deep = '> '.repeat(100) + 'x\n' + '- '.repeat(100) + 'y';
    const safe = neutraliseDeepNesting(deep);
    assert.equal(safe.length, deep.length);
    assert.notEqual(safe, deep);
    assert.equal(neutraliseDeepNesting('> a\n> > b\n- c\n  - d\n1. e'), '> a\n> > b\n- c\n  - d\n1. e');
  });
});
