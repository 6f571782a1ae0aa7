import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/service';
import { conceptCompletions, isCompletionPrefix } from '../../server/service/completion';
import { createConceptSearch } from '../../server/service/search/conceptSearch';
import { miniKnowledge } from '../helpers/miniKnowledge';

const knowledge = miniKnowledge();
const service = createLanguageService({ knowledge });
const search = createConceptSearch(knowledge);

/** the note text without the "|" marker, and the completions at the marker */
function completeAt(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, result: conceptCompletions(service.analyze({ uri: `file:///note-${Math.random()}.md`, text }), offset, knowledge, search) };
}

describe('concept completion', () => {
  const complete = (marked: string) => completeAt(marked).result;
  const labels = (marked: string) => complete(marked).items.map((i) => i.label);

  it('suggests the Korean name and the English name for a Korean prefix', () => {
    const result = complete('# 컴퓨팅\n\n서버리스는 람|');
    assert.deepEqual(result.items.map((i) => i.label), ['람다', 'Lambda']);
    const [ko, en] = result.items;
    assert.equal(ko.description, 'Lambda');
    assert.equal(en.filterText, '람다');
    assert.equal(ko.detail, '컴퓨팅');
    assert.match(ko.documentation, /람다/);
    assert.equal(result.truncated, false);
    // the typed word is what gets replaced
    const text = '# 컴퓨팅\n\n서버리스는 람';
    assert.equal(ko.start, text.length - 1);
    assert.equal(ko.end, text.length);
  });

  it('suggests English names that start with the typed word, in the right letter case', () => {
    assert.deepEqual(labels('Connect VPCs with a tran|'), ['Transit Gateway']);
    assert.deepEqual(labels('A security gr| is stateful'), ['security group']);
    assert.deepEqual(labels('Use kin| for streams'), ['Kinesis', 'Kinesis Data Streams']);
  });

  it('waits for a Hangul syllable or two Latin letters', () => {
    assert.equal(isCompletionPrefix('l'), false);
    assert.equal(isCompletionPrefix('la'), true);
    assert.equal(isCompletionPrefix('ㄹ'), false);
    assert.equal(isCompletionPrefix('람'), true);
    assert.equal(isCompletionPrefix('12'), false);
    assert.deepEqual(labels('Use l|'), []);
  });

  it('never suggests inside code blocks, inline code, URLs or HTML comments', () => {
    assert.deepEqual(labels('```\n람|\n```\n'), []);
    assert.deepEqual(labels('```bash\naws tran|\n'), []);
    assert.deepEqual(labels('`람|` 함수'), []);
    assert.deepEqual(labels('    indented tran|\n'), []);
    assert.deepEqual(labels('see https://example.com/tran| now'), []);
    assert.deepEqual(labels('<!-- tran| -->\n'), []);
    assert.deepEqual(labels('---\ntitle: tran|\n---\n\n본문'), []);
    // prose beside the code still completes
    assert.deepEqual(labels('`code` 그리고 람|'), ['람다', 'Lambda']);
  });

  it('suggests nothing off a word or for a word no name starts with', () => {
    assert.deepEqual(labels('람다 |'), []);
    assert.deepEqual(labels('zebra|'), []);
  });

  it('caps the list and says so', () => {
    const result = conceptCompletions(service.analyze({ uri: 'file:///cap.md', text: 'ki' }), 2, knowledge, search, 1);
    assert.equal(result.items.length, 1);
    assert.equal(result.truncated, true);
  });
});

describe('concept completion of names of several words', () => {
  const complete = completeAt;

  it('completes a name whose first words are already typed, replacing all of them', () => {
    const { text, result } = complete('- Transit Ga|');
    const item = result.items.find((i) => i.label === 'Transit Gateway');
    assert.ok(item, result.items.map((i) => i.label).join());
    assert.equal(text.slice(item.start, item.end), 'Transit Ga');
    assert.equal(result.items[0].label, 'Transit Gateway');
  });

  it('completes a Korean name with a space in it', () => {
    const { text, result } = complete('인바운드는 보안 그|');
    const item = result.items.find((i) => i.label === '보안 그룹');
    assert.ok(item, result.items.map((i) => i.label).join());
    assert.equal(text.slice(item.start, item.end), '보안 그');
  });

  it('does not reach back across code or punctuation', () => {
    assert.deepEqual(complete('`Transit` Ga|').result.items.filter((i) => i.label === 'Transit Gateway'), []);
    assert.deepEqual(complete('Transit. Ga|').result.items.filter((i) => i.label === 'Transit Gateway'), []);
  });
});
