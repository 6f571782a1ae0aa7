// The plain-chunk fast path must give exactly what remark gives, for every chunk it accepts: generated
// chunks built from the lines where the subset's rules are subtle (indentation around list content
// columns, ordered items interrupting paragraphs, markers with odd spacing, no-break spaces, headings,
// thematic breaks and setext underlines), the repo's fixtures and, when present, every chunk of the corpus.
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
      const fast = parsePlainChunk(chunk.text);
      if (!fast) continue;
      plain++;
      assert.deepEqual(fast, parseWithRemark(chunk.text), `${path} at ${chunk.start}: ${JSON.stringify(chunk.text.slice(0, 200))}`);
    }
  }
  return { chunks, plain };
}

const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '        ', '         ');
const marker = fc.constantFrom('', '', '', '- ', '* ', '+ ', '-  ', '-    ', '-     ', '1. ', '1) ', '2. ', '10) ', '123456789. ', '1234567890. ', '-', '1.', '# ', '## ', '###### ', '####### ', '#');
const everyday = fc.constantFrom('Lambda는', '최대', '15분', 'S3', 'VPC 피어링', 'text', '**bold**', '*em*', '한국어', 'a.b', '(', ')');
const tricky = fc.constantFrom(
  '**', '*', '_', '_x_', '#', '##', '=', '==', '-', '---', '***', '1.', '2)', ':', ':-', '-:', '~', '~~', '~~~', '+', '\u00a0', '\u3000', '&amp;', '!',
);
const word = fc.oneof({ arbitrary: everyday, weight: 6 }, { arbitrary: tricky, weight: 1 });
const line = fc.tuple(indent, marker, fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('', '', ' ', '  ')).map(([i, m, words, trail]) => i + m + words.join(' ') + trail);
const chunk = fc.tuple(fc.array(line, { minLength: 1, maxLength: 7 }), fc.constantFrom('', '\n', '\n\n', '\n  \n')).map(([lines, end]) => lines.join('\n') + end);

describe('plain chunks without remark', () => {
  it('agree with remark on generated chunks, and take a good share of them', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(chunk, (text) => {
        runs++;
        const fast = parsePlainChunk(text);
        if (!fast) return;
        plain++;
        assert.deepEqual(fast, parseWithRemark(text));
      }),
      { numRuns: 20_000, seed: 4 },
    );
    assert.ok(plain > runs * 0.2, `the fast path took ${plain} of ${runs} generated chunks`);
  });

  it('takes the everyday shapes of notes: nested lists, headings over paragraphs, emphasis', () => {
    const text = '## Lambda\n- **Lambda**는 최대 15분\n  - 메모리 10GB\n    1. 하위\n    2. 항목\n- 다음 항목\n  이어지는 줄\n\n';
    const fast = parsePlainChunk(text);
    assert.ok(fast);
    assert.deepEqual(fast, parseWithRemark(text));
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

  it('leaves to remark what could mask text or needs its block rules', () => {
    for (const text of ['`code`', 'a <b>', '[link](x)', 'https://aws.amazon.com', 'www.x.com', 'a@b.c', 'a | b', '\\*', 'a\n\nb', '> quote', '```\nx\n```', '~~~\nx', 'a\n---', 'a\n===', '    code', '-     wide', '- ', 'a\tb', 'a\r\nb', '- # heading in item', '# closed #']) {
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
