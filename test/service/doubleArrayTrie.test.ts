// The double array the keyword index and the name matcher walk must answer exactly what the code trie it
// copies answers, and the claim view built through the strict UTF-16 decoder must keep every unit of the note.
import assert from 'node:assert/strict';
import { CodeTrie } from '../../server/service/text/codeTrie';
import { DoubleArrayTrie } from '../../server/service/text/doubleArrayTrie';
import { parseNote } from '../../server/service/parse/parseNote';
import { proseView } from '../../server/service/claims/view';
import { KeywordIndex } from '../../server/service/claims/keywords';

/** Walks `codes` from the root; -1 as soon as an edge is missing. */
function walk(trie: DoubleArrayTrie, codes: number[]): number {
  let state = DoubleArrayTrie.ROOT;
  for (const code of codes) {
    const symbol = trie.symbol(code);
    state = symbol === 0 ? -1 : trie.child(state, symbol);
    if (state < 0) return -1;
  }
  return state;
}

describe('double-array trie', () => {
  it('reaches the node of every key the code trie holds, and no other', () => {
    const built = new CodeTrie();
    // Hangul, Latin, an astral character and a code beyond Unicode (the matcher's separator edge)
    const keys = [...Array.from({ length: 1500 }, (_, i) => `k${i}값${String.fromCharCode(0xac00 + (i % 300))}`), '🚀x', 'a b', 'ab'];
    const codesOf = (key: string) => [...key].map((ch) => (ch === ' ' ? 0x110000 : ch.codePointAt(0)!));
    const ends = keys.map((k) => codesOf(k).reduce((node, code) => built.add(node, code), CodeTrie.ROOT));
    const trie = DoubleArrayTrie.from(built);
    keys.forEach((k, i) => {
      const state = walk(trie, codesOf(k));
      assert.ok(state >= 0, k);
      assert.equal(trie.node(state), ends[i], k);
    });
    for (const missing of ['k1500값', 'zz', 'a c', '🚀y', 'b']) assert.equal(walk(trie, codesOf(missing)), -1, missing);
    assert.equal(trie.symbol('q'.charCodeAt(0)), 0);
    assert.equal(trie.child(DoubleArrayTrie.ROOT, 0), -1);
    // what a caller keeps per node comes back per state
    const labels: string[] = [];
    keys.forEach((k, i) => (labels[ends[i]] = k));
    const byState = trie.byState(labels);
    for (const k of ['a b', 'k7값' + String.fromCharCode(0xac07), '🚀x']) assert.equal(byState[walk(trie, codesOf(k))], k);
    assert.equal(byState[walk(trie, codesOf('k7'))], undefined);
  });

  it('keeps the states of an empty trie and of a single key', () => {
    const empty = DoubleArrayTrie.from(new CodeTrie());
    assert.equal(empty.symbol(65), 0);
    const one = new CodeTrie();
    const end = one.add(one.add(CodeTrie.ROOT, 65), 66);
    const trie = DoubleArrayTrie.from(one);
    assert.equal(trie.node(walk(trie, [65, 66])), end);
  });
});

describe('keyword index on the double array', () => {
  it('sees a keyword added after a search', () => {
    const index = new KeywordIndex<string>();
    index.add('제한 시간', 'timeout');
    const view = '제한시간과 최대 크기';
    const found = () => index.find(view, 0, view.length).map((h) => h.values.join());
    assert.deepEqual(found(), ['timeout']);
    index.add('최대', 'max');
    assert.deepEqual(found(), ['timeout', 'max']);
  });
});

describe('claim view', () => {
  it('keeps a BOM, astral characters and a lone surrogate exactly', () => {
    for (const text of ['\ufeffLambda는 15분 🚀 까지', 'S3 \ud800 lone and \udc00 low', 'plain ascii only']) {
      const view = proseView(parseNote(text));
      assert.equal(view.length, text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdfff) assert.equal(view.charCodeAt(i), code, `unit ${i} of ${JSON.stringify(text)}`);
      }
      assert.equal(view.includes('\ufffd'), false);
    }
  });
});
