// Typing in an open note reuses the work done for its earlier versions (chunk parses, per-block claims and
// keyword hits, shifted when text is inserted above). Whatever the edit, the problems, claims and summary of
// the edited note must be exactly what a fresh service computes from the same text. Edits: characters,
// line breaks and blank lines inserted and removed anywhere (a blank line merges or splits chunks), on the
// repo's fact fixtures and seeds and, when present, on ../shared/corpus notes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createNodeService } from '../../server/node/createService';
import { claimSet } from '../../server/service/claims';
import type { LanguageService, NoteDocument } from '../../server/service';
import { summarize } from '../../server/service/workspace/summary';
import { fixturesDir, sharedDir } from '../helpers/paths';

function notesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? notesUnder(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** What a user sees of a note (problems with fixes, summary for the index) and the claims behind it. */
function observed(service: LanguageService, doc: NoteDocument) {
  const analysis = service.analyze(doc);
  const findings = service.findings(doc);
  const { claims } = claimSet(analysis);
  const summary = summarize(analysis, findings, service.knowledge);
  return { findings, claims: JSON.parse(JSON.stringify(claims, (k, v) => (k === 'partner' ? undefined : v))), summary: { ...summary, lineStarts: [...summary.lineStarts], mentions: [...summary.mentions] } };
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(3),
  insert: fc.constantFrom('', 'x', ' ', '\n', '\n\n', '- ', '* ', '최대 15분', ' 30 seconds', '#', '`', '|'),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Edits a note in one warm service; after each edit, compares with a fresh service (counterexamples name the file). */
function checkEditing(path: string, edits: { at: number; remove: number; insert: string }[]): void {
  const warm = createNodeService({});
  const uri = 'mem://editing/note.md';
  let text = readFileSync(path, 'utf8');
  warm.findings({ uri, text });
  for (const e of edits) {
    text = applyEdit(text, e);
    const got = observed(warm, { uri, text });
    const fresh = observed(createNodeService({}), { uri, text });
    assert.deepEqual(got, fresh, 'the edited note answers differently from a fresh analysis');
  }
}

describe('editing an open note', function () {
  this.timeout(0);
  const repoNotes = [...notesUnder(join(fixturesDir, 'facts')), ...notesUnder(join(fixturesDir, 'seeds'))];

  it('gives the same problems, claims and summary as a fresh analysis, for any edits of the fixtures', () => {
    assert.ok(repoNotes.length > 10, 'fixtures present');
    fc.assert(fc.property(fc.constantFrom(...repoNotes), fc.array(edit, { minLength: 1, maxLength: 6 }), checkEditing), { numRuns: 60, seed: 4242 });
  });

  it('gives the same answers on real notes from ../shared/corpus (skipped when absent)', function () {
    const corpus = notesUnder(join(sharedDir, 'corpus', 'notes'));
    if (!corpus.length) this.skip();
    // the largest notes: many chunks, so most edits land far from the start and blocks shift
    const largest = corpus.map((p) => ({ p, size: readFileSync(p).length })).sort((a, b) => b.size - a.size).slice(0, 6);
    fc.assert(fc.property(fc.constantFrom(...largest.map((x) => x.p)), fc.array(edit, { minLength: 2, maxLength: 4 }), checkEditing), { numRuns: 12, seed: 7 });
  });
});
