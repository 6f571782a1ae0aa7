// The plain-chunk fast path must give exactly what remark gives, for every chunk it accepts: generated
// chunks built from the lines where the subset's rules are subtle (indentation around list content
// columns, blank lines inside items, quotes, ordered items interrupting paragraphs, markers with odd spacing, tabs,
// no-break spaces, CRLF, headings, thematic breaks and setext underlines, backtick runs, fences opened and
// closed at every indentation, tables with ragged rows), the repo's fixtures and, when present, every chunk
// of the corpus.
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
  '|', 'a|b', '\\|', '`|`', '||',
);
const word = fc.oneof({ arbitrary: everyday, weight: 6 }, { arbitrary: tricky, weight: 1 });
// fences: openers and closers of both kinds and several lengths, info strings (backticks in a backtick
// fence's make it text), on their own line or right after a list marker
const fenceMarker = fc.constantFrom('```', '```', '~~~', '````', '~~~~', '`````', '```js', '``` json ', '~~~ py `x`', '```a`b', '```  ', '``', '~~');
const fenceLine = fc.tuple(indent, fc.constantFrom('', '', '', '', '- ', '1. ', '*  '), fenceMarker).map(([i, m, f]) => i + m + f);
const line = fc.oneof(
  { arbitrary: fc.tuple(indent, marker, fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', ' ', '  ', '\t')).map(([i, m, words, trail]) => i + m + words.join(' ') + trail), weight: 8 },
  { arbitrary: fc.constantFrom('', ' ', '  ', '\t'), weight: 1 },
  { arbitrary: fenceLine, weight: 1 },
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
// quotes and lists nested in each other: items in quotes, quotes in items (at and around their content
// column), quotes after paragraphs, lazy lines, ordered items that may or may not interrupt
const nestedPrefix = fc.constantFrom('', '', '> ', '>', '> > ', ' > ', '   > ', '    > ', '  > ', '> - ', '> 1. ', '> 2) ', '>   ', '>  ', '  > - ', '    > * ', '- > ', '>\t', '> >', '- 1. ', '- - ', '1. - ', '* 2) ', '- ', '-', '---', '===', '* * *');
const nestedLine = fc.tuple(indent, nestedPrefix, marker, fc.array(word, { maxLength: 4 })).map(([i, p, m, words]) => i + p + m + words.join(' '));
const nestedChunk = fc
  .tuple(fc.array(fc.oneof({ arbitrary: nestedLine, weight: 6 }, { arbitrary: line, weight: 2 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n', '\n\n'), fc.constantFrom('\n', '\n', '\r\n'))
  .map(([lines, end, eol]) => lines.join(eol) + end);
// tables: a header row, a delimiter row with as many cells (or not), body rows with more or fewer cells,
// with or without outer pipes, indented or not, after a paragraph line and before whatever may end them
const smallIndent = fc.constantFrom('', '', '', '', '', '', ' ', '  ', '   ', '    ', '\t');
const cell = fc.array(fc.oneof({ arbitrary: everyday, weight: 20 }, { arbitrary: tricky, weight: 1 }), { maxLength: 3 }).map((words) => words.join(' '));
const row = (cells: fc.Arbitrary<string[]>) =>
  fc
    .tuple(smallIndent, fc.boolean(), cells, fc.constantFrom(' | ', ' | ', '|'), fc.constantFrom('', '', '|', '|', ' |', '  ', '| '))
    .map(([i, lead, cs, between, trail]) => i + (lead ? between.trimStart() : '') + cs.join(between) + trail);
const delimiterCell = fc.oneof(
  { arbitrary: fc.constantFrom('---', '---', ':--', '--:', ':-:', ' - ', '-', ' :---: ', '---  '), weight: 8 },
  { arbitrary: fc.constantFrom(' ', 'x-', '- -', '', '-:-'), weight: 1 },
);
const paragraphLine = fc.array(everyday, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const tableChunk = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.oneof({ arbitrary: paragraphLine, weight: 3 }, { arbitrary: line, weight: 1 }), { maxLength: 2 }),
      row(fc.array(cell, { minLength: n, maxLength: n })),
      fc.tuple(smallIndent, fc.boolean(), fc.oneof({ arbitrary: fc.constant(n), weight: 6 }, { arbitrary: fc.constant(n + 1), weight: 1 }).chain((k) => fc.array(delimiterCell, { minLength: k, maxLength: k })), fc.constantFrom('', '|', '| ', ' ')),
      fc.array(fc.oneof({ arbitrary: row(fc.array(cell, { minLength: 1, maxLength: 5 })), weight: 4 }, { arbitrary: line, weight: 1 }), { maxLength: 4 }),
      fc.constantFrom('', '\n', '\n\n', '\n\n| a |'),
      fc.constantFrom('\n', '\n', '\r\n'),
      // sometimes in a list item: every line indented to its content
      fc.constantFrom('', '', '', '- ', '1. ', '* '),
    ),
  )
  .map(([before, head, [i, lead, cells, trail], body, end, eol, item]) => {
    const lines = [...before, head, i + (lead ? '|' : '') + cells.join('|') + trail, ...body];
    return (item ? [item + 'Lambda', ...lines.map((l) => ' '.repeat(item.length) + l)] : lines).join(eol) + end;
  });
// inline HTML, autolinks and bare URLs: pieces glued to what precedes and follows them (micromark looks at
// the character before a URL and at its trailing punctuation), joined across lines, in items, quotes and
// headings; and lines that may open an HTML block, alone or among paragraphs
const before = fc.constantFrom('', '', '', ' ', '(', '*', '_', '~', '>', '/', 'a', '가', '\u00a0', ':', '"', '&amp;', '\t');
const urlStart = fc.constantFrom('http://', 'https://', 'https://', 'HTTPS://', 'www.', 'www.', 'WWW.', 's3://', 'xhttps://', 'https:/');
const domain = fc.constantFrom('x.com', 'aws.amazon.com', 'docs.aws.amazon.com', 'a_b.c', 'a.b_c.d', 'x', '-x.y', '점.com', '', '.', 'x.com.', 'x_');
const pathPart = fc.constantFrom(
  '/a', '/lambda/', '/a(b)', '/(a))', '?q=1&r=2', '&amp;', '&amp', '&x1;', '/a_b', '.', ',', ')', '(', '*', '_', '~', '!', '"', "'", ':', ';', '?',
  ']', '](x)', '[a', '`', '<', '>', '#frag', '%20', '\\', '.png', '…', '@b.co', '/ko/ecs/?pg=ln&sec=hiw', '-', '가',
);
const url = fc.tuple(before, urlStart, domain, fc.array(pathPart, { maxLength: 4 })).map(([b, s, d, p]) => b + s + d + p.join(''));
const email = fc
  .tuple(before, fc.constantFrom('a', 'a.b', 'a+b', 'a-b', 'a_b', 'x/a', '.a', '', 'Lambda', 'a@b'), fc.constantFrom('b.co', 'b', 'b.c1', 'b.c-', 'b.c.', 'b_c.de', 'b..c', 'b.c_d', 'Edge', 'www.x.com', 'b.co.kr'), fc.constantFrom('', '', '.', ',', ')', '가', '/x', '@c.co', '_'))
  .map(([b, local, d, after]) => b + local + '@' + d + after);
const angle = fc.constantFrom(
  '<', '<-', '<->', '<=>', '<1ms', '< ', '<<', '<b>', '</b>', '<br/>', '<br />', '<span style="color: #ff5733;">', '</span>', '<a href="https://x.com/a?b=1&c=2">',
  "<a title='x'>", '<a b=c>', '<a b=/x>', '<a b="c"d>', '<a\nb="c">', '<a b=\n"c">', '<a b\n=c>', '</a\n>', '<!-- c -->', '<!---->', '<!-->', '<!--->', '<!-- a\nb -->',
  '<!-- a\n> b -->', '<!-- unclosed', '<!DOCTYPE html>', '<?php x ?>', '<![CDATA[x]]>', '<https://x.com>', '<https://x.com/a b>', '<a@b.co>', '<ab:c d>', '<x:y>',
  '<a `b`>', '<a [b]>', '<1@x.co>', '<b', '<b title="', '<!-', "<a b='<'>", '<a title="<!--x-->">', '<a title="[x](y)">', '<a\\b>', '\\<b>', '<b>\\</b>', '<b/>x', '<a b=\'`\'>',
);
const amp = fc.constantFrom('&amp;', '&#65;', '&#x41;', '&', '&x', 'Q&A', '&nbsp;', '[a](u&v)', '[a](u&amp;v)', '[&#65;](xA)', '[A](x&#65;)', '[Q&A](q&a)', '[a&amp;b](x)', '[amp;b](a&amp;b)');
const linkish = fc.constantFrom(
  '[https://x.com](https://x.com)', '[www.x.com](http://www.x.com)', '[a@b.co](mailto:a@b.co)', '[see https://x y](u)', '[a](b(c))', '[a](b(c)d)', '[a](b((c)))', '[a](b(c)',
  '[a](b()', '[a](b)c)', '[a <b>](u)', '[a](u)https://x.com', '![a <b>](u)', '![https://x](u)', '[x](https://x.com/a_(b))', '[b](x/b)', '[a](())',
);
const inlinePiece = fc.oneof(
  { arbitrary: everyday, weight: 4 },
  { arbitrary: url, weight: 4 },
  { arbitrary: email, weight: 2 },
  { arbitrary: angle, weight: 4 },
  { arbitrary: amp, weight: 1 },
  { arbitrary: linkish, weight: 1 },
  { arbitrary: tricky, weight: 1 },
);
const glue = fc.constantFrom('', ' ', ' ', ' ', '\n', '\n  ', '\n> ', '\t');
const inlineLine = fc
  .tuple(fc.constantFrom('', '', '', '- ', '# ', '> ', '1. ', '   ', '  - '), fc.array(fc.tuple(inlinePiece, glue), { minLength: 1, maxLength: 5 }))
  .map(([prefix, pieces]) => prefix + pieces.map(([p, g]) => p + g).join(''));
const htmlBlockLine = fc.constantFrom(
  '<br>', '</br>', '<br/>', '<img src="a.png" alt="x" style="zoom: 50%;" />', '<img width="1" src="https://x.com/a.png">', '<div>', '</div>', '<details>', '<p>', '<pre>', '</pre>',
  '<!-- c -->', '<a b=/>', '<a b=/x>', '<x-y z>', '  <br>', '   <br>  ', '    <br>', '<br>x', '<div/x>', '<div/>', '<a b="c"d>', '<a b=c=d>', '<https://x.com>', '<?x?>', '<!X>', '\t<br>',
  '<a\tb>', '<P>', '<a b="c\nd">', '- <br>', '> <br>', '<span>x</span>',
);
const inlineChunk = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: inlineLine, weight: 4 }, { arbitrary: htmlBlockLine, weight: 2 }, { arbitrary: fc.constantFrom('', '', ' '), weight: 2 }), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('', '\n', '\n\n'),
    fc.constantFrom('\n', '\n', '\r\n'),
  )
  .map(([lines, end, eol]) => (lines.join('\n') + end).replace(/\n/g, eol));
// and a soup of the characters those constructs turn on, where the structured pieces above miss
// combinations ("# www." with trailing whitespace: a heading's text ends before it, a paragraph's does not)
const soupPiece = fc.constantFrom(
  ...'aw.-_()[]<>&;!?*,:\'"~/ @h1#=`\t가\u00a0'.split(''),
  'https://', 'www.', '<a ', ' b="', '<!--', '-->', '<b>', '</b>', '&amp;', '&#65;', '](', '[a](', 'a@b.co', '\n', '\n> ', '\n  ', '\n- ', '<https:', '<br>', '\\',
);
const soupChunk = fc
  .tuple(fc.constantFrom('', '', '- ', '> ', '# ', '1. ', '<br>\n', 'a\n', '| a |\n|---|\n| '), fc.array(soupPiece, { maxLength: 12 }))
  .map(([prefix, pieces]) => prefix + pieces.join(''));
// one construct at the end of a heading, item, quote or cell, then maybe whitespace: where the text ends
// decides ("# www. " holds no link, "a www. " does)
const tailChunk = fc
  .tuple(
    fc.constantFrom('', '# ', '## a ', '- ', '> ', '| a |\n|---|\n| ', 'a\n'),
    fc.oneof(url, email, angle, fc.constantFrom('www.', 'https://', 'a@b.c', '<a', '<!--', '&amp')),
    fc.array(soupPiece, { maxLength: 2 }),
    fc.constantFrom('', ' ', '\t', '  ', '\n', ' \nb', ' |', '\u00a0'),
  )
  .map(([prefix, piece, tail, end]) => prefix + piece + tail.join('') + end);
const chunk = fc.oneof(
  { arbitrary: listChunk, weight: 4 },
  { arbitrary: quoteChunk, weight: 1 },
  { arbitrary: nestedChunk, weight: 2 },
  { arbitrary: tableChunk, weight: 2 },
  { arbitrary: inlineChunk, weight: 3 },
  { arbitrary: soupChunk, weight: 1 },
  { arbitrary: tailChunk, weight: 1 },
);

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
    for (const text of ['[a][ref]\n[ref]: https://x.y', '[a]: https://x.y', '[a](b "title")', '[a](b(c)', '![a](b c)', '- [ ] task', '\\*', '- a\n===', '    code', '- a\n\n      code', '-     wide', '-\ttab', '\tcode', 'a\rb', '# closed #', '- # closed #',
      // a lazy "===" (text, not an underline), fences in quotes, tables in quotes or under a lazy line,
      // escaped pipes, code spans holding a pipe, a lone delimiter row, an ordered item right after a
      // quote (micromark keeps a stale interrupt flag there)
      '> ```\nx\n> ```', '- x\na | b\n  --|--', '> a | b\n> --|--', 'a \\| b | c\n--|--', '`a|b` | c\n--|--', '|---|', 'a\n- |---',
      '> a\n2) c']) {
      assert.equal(parsePlainChunk(text), undefined, JSON.stringify(text));
    }
  });

  it('takes fenced code: closed, unclosed, in list items, with info strings', () => {
    const text = 'Lambda 설정\n```json\n{ "a": "<b> | \\x" }\n```\n- 항목\n  ~~~\n  코드\n- 다음 `x`\n````\n열린 채';
    const fast = plainAsRemark(text);
    assert.deepEqual(fast.blocks.map((b) => b.prose), ['Lambda 설정', '항목', '다음 \u0001\u0001\u0001']);
    assert.deepEqual(fast.nonProse.map((r) => text.slice(r.start, r.end)), ['```json\n{ "a": "<b> | \\x" }\n```', '~~~\n  코드\n', '`x`', '````\n열린 채']);
  });

  it('takes top-level tables: one block per cell, from its pipe to the next', () => {
    const text = '비교\n| 서비스 | 최대 |\n| :--- | ---: |\n| Lambda | 15분 `timeout` |\n| S3 |\n\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(
      fast.blocks.map((b) => [b.kind, b.prose, b.table && [b.table.row, b.table.column, b.table.header]]),
      [
        ['paragraph', '비교', undefined],
        ['tableCell', '| 서비스 ', [0, 0, true]],
        ['tableCell', '| 최대 |', [0, 1, true]],
        ['tableCell', '| Lambda ', [1, 0, false]],
        ['tableCell', '| 15분 ' + '\u0001'.repeat(9) + ' |', [1, 1, false]],
        ['tableCell', '| S3 |', [2, 0, false]],
      ],
    );
  });

  it('takes setext headings (underline included) and tables in list items', () => {
    const text = 'VPC\n===\n- 비교\n  | 항목 | 값 |\n  |---|---|\n  | 피어링 | 전이 불가 |\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(
      fast.blocks.map((b) => [b.kind, b.prose, b.headingDepth ?? b.table?.row, b.listItem]),
      [
        ['heading', 'VPC\n===', 1, undefined],
        ['paragraph', '비교', undefined, 0],
        ['tableCell', '| 항목 ', 0, 0],
        ['tableCell', '| 값 |', 0, 0],
        ['tableCell', '| 피어링 ', 1, 0],
        ['tableCell', '| 전이 불가 |', 1, 0],
      ],
    );
  });

  it('takes quotes and lists nested in each other, lazy lines, headings in items and empty items', () => {
    const text = '* 질문\n    > * 답: Lambda\n    > 이어서\n게으른 줄\n\n## 제목\n> 인용\n> 1. 목록\n- ### 항목 제목\n-\n  빈 줄로 시작한 항목\n';
    const fast = plainAsRemark(text);
    assert.deepEqual(
      fast.blocks.map((b) => [b.prose, b.listItem, b.parentListItem]),
      [
        ['질문', 0, undefined],
        ['답: Lambda\n    > 이어서\n게으른 줄', 1, 0],
        ['## 제목', undefined, undefined],
        ['인용', undefined, undefined],
        ['목록', 2, undefined],
        ['### 항목 제목', 3, undefined],
        ['빈 줄로 시작한 항목', 4, undefined],
      ],
    );
  });

  it('masks inline HTML (recording its comments), autolinks, bare URLs and emails as remark does; "<" alone is text', () => {
    const shown = (text: string) => plainAsRemark(text).blocks.map((b) => b.prose.replace(/\u0001+/g, '▒'));
    assert.deepEqual(shown('Lambda<br>최대 <span style="color: #ff5733;">15분</span> <!-- 확인 -->\n'), ['Lambda▒최대 ▒15분▒ ▒']);
    assert.deepEqual(plainAsRemark('a <!-- 확인 --> b').comments, [{ start: 2, end: 13, body: '확인' }]);
    assert.deepEqual(shown('- 참고: https://docs.aws.amazon.com/lambda/latest/dg/welcome.html. 끝\n- (www.aws.amazon.com/s3) a@b.co.kr, Lambda@Edge\n'), ['참고: ▒. 끝', '(▒) ▒, Lambda@Edge']);
    assert.deepEqual(shown('> <https://aws.amazon.com/s3/> <1ms, a <-> b'), ['▒ <1ms, a <-> b']);
    assert.deepEqual(shown('[ECS](https://aws.amazon.com/ko/ecs/?pg=ln&sec=hiw) [DX](https://x.y/Direct%20Connect(DX)) [https://x.y](https://x.y)'), ['▒ECS▒ ▒DX▒ ▒']);
    assert.deepEqual(plainAsRemark('<br>\n\n<img src="a.png" />\n').nonProse, [{ start: 0, end: 4 }, { start: 6, end: 25 }]);
    // an HTML block (kind 6) runs to the next blank line, whatever those lines hold
    assert.deepEqual(plainAsRemark('<details>\n- Lambda\n\n').nonProse, [{ start: 0, end: 18 }]);
  });

  it('reads brackets that make no link as text, as remark does when the chunk defines no reference', () => {
    const shown = (text: string) => plainAsRemark(text).blocks.map((b) => b.prose.replace(/\u0001+/g, '▒'));
    assert.deepEqual(shown('# [HandsOn] EC2\nACM이 주는 [이름]과 [값]을 입력, [a][b] https://x.y\n'), ['# [HandsOn] EC2', 'ACM이 주는 [이름]과 [값]을 입력, [a][b] ▒']);
    // no bare URL inside an open "[", and no link in a link: the outer brackets are text
    assert.deepEqual(shown('[a https://x.y\n\n[a [b](c) d](e) www.x.y'), ['[a https://x.y', '[a ▒b▒ d](e) ▒']);
    // an image is non-prose as a whole, its alt text's code spans included
    assert.deepEqual(plainAsRemark('![`c`](u.png)').nonProse, [{ start: 0, end: 13 }]);
  });

  it('leaves to remark HTML blocks among other blocks, tags over a quote\'s lines, email autolinks and character references in links', () => {
    for (const text of ['text\n<div>', '<br>\n\ntext', '- <b>x</b>', '<!-- c -->', '<pre>', '> a <b\n> c="d">', '<a@b.co>', 'a <![CDATA[x]]>', '[&#65;](xA)', '[a](b&amp;c)', '> a\n>www.x.com', '# www. ', 'www.x.com/[a](b)', '- [\n  ] task', '[[TIL] a](u)', '[a] b\n\n[a]: u']) {
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
