// The plain-chunk fast path must give exactly what remark gives, for every chunk it accepts: generated
// chunks built from the lines where the subset's rules are subtle (indentation around list content
// columns, blank lines inside items, quotes, ordered items interrupting paragraphs, markers with odd spacing, tabs,
// no-break spaces, CRLF, headings, thematic breaks and setext underlines, backtick runs), the repo's
// fixtures and, when present, every chunk of the corpus.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitChunks } from '../../server/service/parse/chunks';
import { parseWithRemark } from '../../server/service/parse/markdown';
import { parsePlainChunk } from '../../server/service/parse/plainChunk';
import { fixturesDir, sharedDir } from '../helpers/paths';

function notesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? notesUnder(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** Compares the two paths on every chunk of the notes; returns how many chunks the fast path took. */
function agreeOn(paths: string[]): { chunks: number; plain: number } {
  let chunks = 0;
  let plain = 0;
  for (const path of paths) {
    for (const chunk of splitChunks(readFileSync(path, 'utf8'))) {
      if (chunk.frontMatter) continue;
      chunks++;
      const fast = parsePlainChunk(chunk.text, chunk.start === 0);
      if (!fast) continue;
      plain++;
      assert.deepEqual(fast, parseWithRemark(chunk.text, chunk.start === 0), `${path} at ${chunk.start}: ${JSON.stringify(chunk.text.slice(0, 200))}`);
    }
  }
  return { chunks, plain };
}

/** The fast path's parse of `text`, which it must take, after checking it against remark's. */
function plainAsRemark(text: string) {
  const fast = parsePlainChunk(text);
  assert.ok(fast, 'the fast path takes it');
  assert.deepEqual(fast, parseWithRemark(text));
  return fast;
}

const indent = fc.oneof(
  { arbitrary: fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '        ', '         '), weight: 12 },
  { arbitrary: fc.constantFrom('\t', ' \t'), weight: 1 },
);
const marker = fc.constantFrom('', '', '', '- ', '* ', '+ ', '-  ', '-    ', '-     ', '-\t', '- \t', '1. ', '1) ', '2. ', '10) ', '123456789. ', '1234567890. ', '-', '1.', '# ', '## ', '###### ', '####### ', '#', '#\t', '> ');
const everyday = fc.constantFrom('Lambda는', '최대', '15분', 'S3', 'VPC 피어링', 'text', '**bold**', '*em*', '한국어', 'a.b', '(', ')');
const tricky = fc.constantFrom(
  '**', '*', '_', '_x_', '#', '##', '=', '==', '-', '---', '***', '1.', '2)', ':', ':-', '-:', '~', '~~', '~~~', '+', '\u00a0', '\u3000', '&amp;', '!',
  '`', '``', '```', '`code`', '``a ` b``', '\t', 'a\tb',
  '[docs](https://docs.aws.amazon.com/lambda/)', '[s3](https://aws.amazon.com/s3)', '[https://x.y](https://x.y)', '[**S3**](u)', '[`c`](u)',
  '[a`]`](u)', '[ ](u)', '[a](u)(v)', '[a] b', '[a]: u', '[^1]', '[ ]', '[', ']', '](', '![img](a.png)', '![](C:\\Users\\a.png)', '![a](b\\)',
  '\\', '\\*', '`a\\`', 'a@b.co', 'http://x.y', 'www.x.y', '`https://x.y`',
);
const word = fc.oneof({ arbitrary: everyday, weight: 6 }, { arbitrary: tricky, weight: 1 });
const line = fc.oneof(
  { arbitrary: fc.tuple(indent, marker, fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', ' ', '  ', '\t')).map(([i, m, words, trail]) => i + m + words.join(' ') + trail), weight: 8 },
  { arbitrary: fc.constantFrom('', ' ', '  ', '\t'), weight: 1 },
);
const listChunk = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 7 }), fc.constantFrom('', '\n', '\n\n', '\n  \n'), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([lines, end, eol]) => lines.join(eol) + end);
// quotes: every line starts with ">" (sometimes not, or with something inside that is not a paragraph)
const quotePrefix = fc.constantFrom('>', '> ', '> ', '> ', ' > ', '>  ', '>     ', '>\t', '> - ', '> > ', '> # ', '', '   > ', '    > ');
const quoteLine = fc.tuple(quotePrefix, fc.array(word, { maxLength: 4 })).map(([p, words]) => p + words.join(' '));
const quoteChunk = fc
  .tuple(fc.array(quoteLine, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '\n', '\n\n', '\n\n> x'))
  .map(([lines, end]) => lines.join('\n') + end);
const chunk = fc.oneof({ arbitrary: listChunk, weight: 4 }, { arbitrary: quoteChunk, weight: 1 });

describe('plain chunks without remark', () => {
  it('agree with remark on generated chunks, and take a good share of them', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(chunk, fc.boolean(), (text, atNoteStart) => {
        runs++;
        const fast = parsePlainChunk(text, atNoteStart);
        if (!fast) return;
        plain++;
        assert.deepEqual(fast, parseWithRemark(text, atNoteStart));
      }),
      { numRuns: 20_000, seed: 4 },
    );
    assert.ok(plain > runs * 0.12, `the fast path took ${plain} of ${runs} generated chunks`);
  });

  it('takes the everyday shapes of notes: nested lists, headings over paragraphs, emphasis', () => {
    const text = '## Lambda\n- **Lambda**는 최대 15분\n  - 메모리 10GB\n    1. 하위\n    2. 항목\n- 다음 항목\n  이어지는 줄\n\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(
      fast.blocks.map((b) => [b.kind, b.prose, b.listItem, b.parentListItem]),
      [
        ['heading', '## Lambda', undefined, undefined],
        ['paragraph', '**Lambda**는 최대 15분', 0, undefined],
        ['paragraph', '메모리 10GB', 1, 0],
        ['paragraph', '하위', 2, 1],
        ['paragraph', '항목', 3, 1],
        ['paragraph', '다음 항목\n  이어지는 줄', 4, undefined],
      ],
    );
  });

  it('masks inline code, keeps paragraphs after blank lines in their item, and reads CRLF', () => {
    const text = '- `aws lambda invoke`는 동기 호출\r\n\r\n  두 번째 문단 ``a ` b``\r\n- 끝 `열린 채\r\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(
      fast.blocks.map((b) => [b.prose, b.listItem]),
      [
        ['\u0001'.repeat(19) + '는 동기 호출', 0],
        ['두 번째 문단 ' + '\u0001'.repeat(9), 0],
        ['끝 `열린 채', 1],
      ],
    );
    assert.equal(fast.nonProse.length, 2);
  });

  it('masks links as remark does: the brackets and destination, or all of a bare URL; images whole', () => {
    const text = '- [Lambda 문서](https://docs.aws.amazon.com/lambda/) 참고, [lambda](https://aws.amazon.com/lambda) ![그림](C:\\img\\a.png)\n';
    const fast = plainAsRemark(text);
    const prose = fast.blocks[0].prose.replace(/\u0001+/g, '▒');
    assert.equal(prose, '▒Lambda 문서▒ 참고, ▒ ▒');
  });

  it('takes a quote of plain paragraphs', () => {
    const text = '> Lambda는 최대 15분\n> 이어지는 줄\n>\n> 둘째 문단 `code`\n\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(fast.blocks.map((b) => b.prose), ['Lambda는 최대 15분\n> 이어지는 줄', '둘째 문단 ' + '\u0001'.repeat(6)]);
  });

  it('leaves to remark what could mask text or needs its block rules', () => {
    for (const text of ['```\ncode\n```', 'a <b>', '[a][ref]', '[a]: https://x.y', '[a](b "title")', '[a](b(c))', '![a](b c)', '- [ ] task', 'https://aws.amazon.com', 'www.x.com', 'a@b.c', 'a | b', '\\*', '> - list in a quote', '> quote\nlazy line', '```\nx\n```', '~~~\nx', 'a\n---', 'a\n===', '    code', '- a\n\n      code', '-     wide', '- ', '-\ttab', '\tcode', 'a\rb', '- # heading in item', '# closed #']) {
      assert.equal(parsePlainChunk(text), undefined, JSON.stringify(text));
    }
  });

  it('agree with remark on every chunk of the fixtures and seeds', () => {
    const { plain } = agreeOn(notesUnder(fixturesDir));
    assert.ok(plain > 100, `fast path took ${plain} fixture chunks`);
  });

  const corpus = join(sharedDir, 'corpus', 'notes');
  (existsSync(corpus) ? it : it.skip)('agree with remark on every chunk of ../shared/corpus', function () {
    this.timeout(0);
    const { chunks, plain } = agreeOn(notesUnder(corpus));
    assert.ok(plain > chunks / 2, `fast path took ${plain} of ${chunks} corpus chunks`);
  });
});
