// The character-level helpers the matcher, the keyword index and sentence splitting run on: each must agree
// with the String/RegExp behaviour it stands in for, so notes read exactly as before, only faster.
import assert from 'node:assert/strict';
import { isSpaceCode } from '../../server/service/text/whitespace';
import { lowerCode } from '../../server/service/text/lowerCase';
import { CodeTrie } from '../../server/service/text/codeTrie';
import { KeywordIndex } from '../../server/service/claims/keywords';
import { splitSentences } from '../../server/service/claims/sentences';
import { RecentMemo } from '../../server/service/mentions/recentMemo';
import { NameMatcher } from '../../server/service/mentions/matcher';
import type { ConceptName } from '../../server/service/knowledge/types';

describe('text scanning helpers', () => {
  it('isSpaceCode is exactly the \\s of a regular expression, for every UTF-16 unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
    assert.equal(isSpaceCode(NaN), false); // charCodeAt past the end
  });

  it('lowerCode is toLowerCase of one unit, and -1 where that is longer than one unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const lower = String.fromCharCode(code).toLowerCase();
      assert.equal(lowerCode(code), lower.length === 1 ? lower.charCodeAt(0) : -1, `U+${code.toString(16)}`);
    }
  });

  it('a code trie finds every child it was given, also after growing, and nothing else', () => {
    const trie = new CodeTrie();
    const words = Array.from({ length: 2000 }, (_, i) => `w${i}글자${String.fromCharCode(0x3131 + (i % 50))}`);
    const ends = words.map((w) => [...w].reduce((node, ch) => trie.add(node, ch.codePointAt(0)!), CodeTrie.ROOT));
    words.forEach((w, i) => {
      const node = [...w].reduce((n, ch) => (n < 0 ? n : n === CodeTrie.ROOT ? trie.rootChild(ch.charCodeAt(0)) : trie.child(n, ch.charCodeAt(0))), CodeTrie.ROOT);
      assert.equal(node, ends[i]);
    });
    assert.equal(trie.rootChild('x'.charCodeAt(0)), -1);
    assert.equal(trie.child(ends[0], 'x'.charCodeAt(0)), -1);
    assert.equal(trie.rootChild(-1), -1);
  });

  it('the keyword index ignores case, spaces and hyphens, and keeps English keywords at word starts', () => {
    const index = new KeywordIndex<string>();
    index.add('Multi-AZ', 'multi-az');
    index.add('제한 시간', 'timeout');
    index.add('aws', 'aws');
    index.add('-ÄRA', 'odd');
    const view = 'multi az, MULTIAZ, 제한시간, laws and AWS, ära';
    const found = index.find(view, 0, view.length).map((h) => `${view.slice(h.start, h.end)}=${h.values.join()}`);
    assert.deepEqual(found, ['multi az=multi-az', 'MULTIAZ=multi-az', '제한시간=timeout', 'AWS=aws', 'ära=odd']);
  });

  it('splits sentences at Korean endings, hard breaks and list marks, not inside numbers or abbreviations', () => {
    const cases: [string, string[]][] = [
      ['최대 1.25 Gbps 가능함\n다음 줄이 이어짐', ['최대 1.25 Gbps 가능함', '다음 줄이 이어짐']],
      ['e.g. this one stays whole. Next one here.', ['e.g. this one stays whole.', 'Next one here.']],
      ['첫 줄의 설명인데  \n둘째 줄의 설명인데', ['첫 줄의 설명인데', '둘째 줄의 설명인데']],
      ['설명이 이어지는 줄\n  (2) 다음 항목의 설명', ['설명이 이어지는 줄', '(2) 다음 항목의 설명']],
      ['설명이 이어지는 줄\n그리고 계속 이어지는 줄', ['설명이 이어지는 줄\n그리고 계속 이어지는 줄']],
      // a tail with fewer than six letters joins the sentence before; an astral letter counts twice
      ['The main sentence is here. Ok 𝐀.', ['The main sentence is here. Ok 𝐀.']],
      ['The main sentence is here. Ok 𝐀𝐁.', ['The main sentence is here.', 'Ok 𝐀𝐁.']],
      ['Lambda timeout is 15 minutes. (Default : 3 sec)', ['Lambda timeout is 15 minutes. (Default : 3 sec)']],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end)), expected, text);
    }
  });

  it('a recent-results memo keeps what was used lately and stays within its size', () => {
    const memo = new RecentMemo<string, number>(4);
    memo.set('a', 1);
    memo.set('b', 2); // the young generation is full: a and b become the old one
    memo.set('c', 3);
    assert.equal(memo.get('a'), 1); // moves up, filling the young generation again: c and a are the old one now
    assert.equal(memo.get('b'), undefined);
    assert.equal(memo.get('a'), 1);
    assert.equal(memo.get('c'), 3);
    assert.equal(new RecentMemo<string, number>(0).get('x'), undefined);
  });

  it('the name matcher takes spacing variants, a line break inside a name, and prefers the longest name', () => {
    const name = (text: string, conceptId: string, exactCase = false): ConceptName => ({ conceptId, text, exactCase, lang: /[가-힣]/.test(text) ? 'ko' : 'en' });
    const matcher = new NameMatcher([name('Transit Gateway', 'tgw'), name('TGW', 'tgw', true), name('보안 그룹', 'sg'), name('Transit', 'transit')]);
    const text = 'transit-gateway, Transit\nGateway, 보안그룹은 TGW tgw Transits';
    assert.deepEqual(
      matcher.findAll(text).map((m) => `${text.slice(m.start, m.end)}=${m.name.conceptId}`),
      ['transit-gateway=tgw', 'Transit\nGateway=tgw', '보안그룹=sg', 'TGW=tgw', 'Transits=transit'],
    );
  });
});
