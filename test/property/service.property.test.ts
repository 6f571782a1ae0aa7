// Property-based tests over the language service: whatever Markdown a learner (or a broken tool) writes,
// analysis, findings, fixes and hover never throw and never point outside the note.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService, knowledgeBaseFrom, type LanguageService, type NoteChecker } from '../../server/service';
import { createNodeService } from '../../server/node/createService';
import { bundledKnowledge } from '../../server/service/knowledge/bundled';
import { parseNote } from '../../server/service/parse/parseNote';
import { miniKnowledge } from '../helpers/miniKnowledge';
import { anyNote, fcParams, NUM_RUNS, smallNote } from './markdownArbitrary';
import { checkAnalysis, checkFindings, checkHover } from './invariants';

/** The bundled knowledge (with the real fact checkers) plus the unit-test concepts, so names always match. */
function fullService(): LanguageService {
  const bundled = bundledKnowledge();
  const extra = miniKnowledge().concepts.filter((c) => !bundled.concept(c.id));
  return createNodeService({ knowledge: knowledgeBaseFrom([...bundled.concepts, ...extra], [...bundled.facts]) });
}

describe(`service properties (${NUM_RUNS} cases each)`, function () {
  this.timeout(0); // the case count is the budget; a hang still fails the suite's overall run
  const service = fullService();
  let n = 0;
  const uri = () => `mem://prop/${n++ % 50}.md`; // reuse URIs so the analysis caches are exercised too

  it('analysis never throws; mentions are inside the note, in order and disjoint', () => {
    fc.assert(fc.property(anyNote, (text) => checkAnalysis(service, uri(), text)), fcParams(1));
  });

  it('findings and their fixes stay inside the note and apply cleanly through offsets and LSP ranges', () => {
    fc.assert(fc.property(anyNote, (text) => void checkFindings(service, uri(), text)), fcParams(2));
  });

  it('hover and mentionAt answer any position (even off the note) with a range that contains it', () => {
    const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 200 }) });
    fc.assert(fc.property(anyNote, position, (text, p) => checkHover(service, uri(), text, p)), fcParams(3));
  });

  it('a warm service (chunk and analysis caches) answers exactly like a fresh parse', () => {
    // notes assembled from a small pool of paragraphs, so chunk-cache hits are frequent
    const note = fc.array(fc.constantFrom(0, 1, 2, 3, 4, 5), { maxLength: 8 }).chain((order) =>
      fc.array(smallNote, { minLength: 6, maxLength: 6 }).map((pool) => order.map((i) => pool[i]).join('\n\n')),
    );
    const warm = fullService();
    fc.assert(
      fc.property(note, (text) => {
        const got = warm.analyze({ uri: 'mem://warm.md', text });
        const fresh = parseNote(text);
        assert.deepEqual(got.parsed.blocks, fresh.blocks);
        assert.deepEqual(got.parsed.nonProse, fresh.nonProse);
      }),
      fcParams(4),
    );
  });

  it('settings and knowledge changes between calls never leave a stale or broken answer', () => {
    const svc = fullService();
    const change = fc.constantFrom('ko', 'en', 'auto', 'limit', 'off', 'kb') as fc.Arbitrary<string>;
    fc.assert(
      fc.property(anyNote, change, (text, what) => {
        if (what === 'ko' || what === 'en' || what === 'auto') svc.updateSettings({ language: what });
        else if (what === 'limit') svc.updateSettings({ maxNoteSizeKB: text.length % 2 ? 0.01 : 2048 });
        else if (what === 'off') svc.updateSettings({ factCheck: { enabled: true, severity: {}, severityByKind: { limit: 'off' } } });
        else svc.setKnowledge(svc.knowledge);
        checkAnalysis(svc, 'mem://changing.md', text);
        checkFindings(svc, 'mem://changing.md', text);
      }),
      fcParams(5),
    );
  });
});

describe('isolation of failures inside the service', () => {
  it('a checker that throws is logged and the other checkers still report', () => {
    const errors: string[] = [];
    const boom: NoteChecker = (a) => {
      if (a.text.includes('BOOM')) throw new Error('checker exploded');
      return [];
    };
    const ok: NoteChecker = (a) => a.mentions.map((m) => ({ code: 'seen', severity: 'hint', message: m.conceptId, start: m.start, end: m.end, fixes: [] }));
    const svc = createLanguageService({ knowledge: miniKnowledge(), checkers: [boom, ok], logger: { error: (m) => errors.push(m), warn() {}, info() {}, debug() {} } });
    assert.deepEqual(svc.findings({ uri: 'mem://a.md', text: 'BOOM Lambda' }).map((f) => f.message), ['lambda']);
    assert.deepEqual(svc.findings({ uri: 'mem://b.md', text: 'S3 only' }).map((f) => f.message), ['s3']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /mem:\/\/a\.md.*checker exploded/s);
  });

  it('a note that breaks parsing or matching gets an empty analysis and a log line, and other notes are unaffected', () => {
    const errors: string[] = [];
    const kb = miniKnowledge();
    // a knowledge base whose names are fine when the service is built but which throws while matching
    const svc = createLanguageService({ knowledge: kb, logger: { error: (m) => errors.push(m), warn() {}, info() {}, debug() {} } });
    // the name "ⓧ" blows up once the matcher finds it and asks which spelling it is, so only a note with "ⓧ" fails
    const bomb = { conceptId: 'lambda', text: 'ⓧ', lang: 'en' as const, get exactCase(): boolean { throw new Error('matcher exploded'); } };
    const poisoned = { ...kb, names: () => [...kb.names(), bomb] };
    svc.setKnowledge(poisoned);
    const analysis = svc.analyze({ uri: 'mem://bad.md', text: 'ⓧ Lambda' });
    assert.deepEqual(analysis.mentions, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /mem:\/\/bad\.md.*matcher exploded/s);
    assert.deepEqual(svc.analyze({ uri: 'mem://good.md', text: 'Lambda' }).mentions.map((m) => m.conceptId), ['lambda']);
  });
});
