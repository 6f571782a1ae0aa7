import assert from 'node:assert/strict';
import { createConceptSearch } from '../../server/service/search/conceptSearch';
import { miniKnowledge } from '../helpers/miniKnowledge';

describe('concept search', () => {
  const search = createConceptSearch(miniKnowledge());
  const ids = (query: string, lang: 'ko' | 'en' = 'ko') => search.search(query, { lang }).map((h) => h.concept.id);
  const first = (query: string, lang: 'ko' | 'en' = 'ko') => search.search(query, { lang })[0];

  it('finds a concept by the initial consonants of its Korean name (초성)', () => {
    assert.equal(first('ㄹㄷ')?.concept.id, 'lambda');
    assert.equal(first('ㄹㄷ')?.kind, 'choseong');
    assert.equal(first('ㅂㅇㄱㄹ')?.concept.id, 'security-group');
    assert.equal(first('ㅂㅇ ㄱㄹ')?.concept.id, 'security-group');
    // 초성 of a later word, and mixed Latin + 초성
    assert.ok(ids('ㄱㄹ').includes('security-group'));
    assert.equal(first('vpcㅍㅇ')?.concept.id, 'vpc-peering');
  });

  it('matches a half-typed Hangul syllable the way an IME produces it', () => {
    assert.equal(first('람ㄷ')?.concept.id, 'lambda');
    assert.equal(first('보아')?.concept.id, 'security-group');
  });

  it('finds Korean and English names, with or without spaces, in any letter case', () => {
    assert.equal(first('람다')?.concept.id, 'lambda');
    assert.equal(first('보안그룹')?.concept.id, 'security-group');
    assert.equal(first('LAMBDA', 'en')?.concept.id, 'lambda');
    assert.equal(first('transit gateway', 'en')?.concept.id, 'transit-gateway');
    assert.equal(first('transitgate', 'en')?.concept.id, 'transit-gateway');
  });

  it('finds abbreviations', () => {
    assert.equal(first('tgw', 'en')?.concept.id, 'transit-gateway');
    assert.equal(first('SG', 'en')?.concept.id, 'security-group');
    assert.equal(first('az')?.concept.id, 'availability-zone');
  });

  it('ranks an exact name over a prefix, a prefix over a later word, and those over fuzzy and summary matches', () => {
    // "VPC" is exactly Amazon VPC's name and the prefix of "VPC peering"
    assert.deepEqual(ids('vpc', 'en').slice(0, 2), ['vpc', 'vpc-peering']);
    assert.deepEqual(
      search.search('vpc', { lang: 'en' }).slice(0, 2).map((h) => h.kind),
      ['exact', 'prefix'],
    );
    // "kinesis": the exact name first, then the longer name that starts with it
    assert.deepEqual(ids('kinesis', 'en').slice(0, 2), ['kinesis', 'kinesis-data-streams']);
    // a later word of a name
    assert.equal(first('gateway', 'en')?.kind, 'word');
    assert.equal(first('gateway', 'en')?.concept.id, 'transit-gateway');
    // letters in order, not adjacent
    const fuzzy = first('trgw', 'en');
    assert.equal(fuzzy?.concept.id, 'transit-gateway');
    assert.ok(fuzzy && ['fuzzy', 'exact'].includes(fuzzy.kind));
    assert.equal(first('lmbd', 'en')?.concept.id, 'lambda');
    assert.equal(first('lmbd', 'en')?.kind, 'fuzzy');
    const order = ['exact', 'prefix', 'word', 'choseong', 'fuzzy', 'summary'];
    for (const q of ['s', 'vp', 'ki', 'ㄹ', 'summary']) {
      const kinds = search.search(q, { lang: 'en' }).map((h) => order.indexOf(h.kind));
      assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b), `tiers in order for "${q}"`);
    }
  });

  it('falls back to summaries and categories', () => {
    const hit = search.search('요약', { lang: 'ko' });
    assert.ok(hit.length > 0);
    assert.ok(hit.every((h) => h.kind === 'summary'));
    assert.ok(ids('compute', 'en').includes('lambda'));
    assert.ok(ids('컴퓨팅').includes('lambda'));
  });

  it('prefers the name in the UI language when both match', () => {
    assert.equal(first('r', 'en')?.name, 'Region');
    assert.equal(first('리', 'ko')?.name, '리전');
  });

  it('lists every concept for an empty query and nothing for a query that matches nothing', () => {
    assert.equal(search.search('', { lang: 'ko' }).length, miniKnowledge().concepts.length);
    assert.equal(search.search('   ').length, miniKnowledge().concepts.length);
    assert.deepEqual(search.search('zzqx'), []);
    assert.equal(search.search('', { limit: 3 }).length, 3);
  });

  it('lists names by prefix for completion, Korean by jamo', () => {
    const names = (p: string) => search.namesStartingWith(p).map((k) => k.text).sort();
    assert.deepEqual(names('람'), ['람다']);
    assert.deepEqual(names('tran'), ['Transit Gateway']);
    assert.deepEqual(names('Kin'), ['Amazon Kinesis', 'Kinesis', 'Kinesis Data Streams'].filter((n) => !n.startsWith('Amazon')));
    assert.deepEqual(names(''), []);
  });
});
