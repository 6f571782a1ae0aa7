// What must hold for ANY note, shared by the generated cases and the big hand-written ones: nothing throws,
// every offset and LSP range lies inside the note, mentions are ordered and disjoint, fixes apply cleanly.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding, type LanguageService, type Position, type Range } from '../../server/service';

export function assertOffsetInside(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets must be integers (${start}, ${end})`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: [${start}, ${end}) outside 0..${text.length}`);
}

/** An LSP range lies inside the note: existing lines, characters within the line (UTF-16). */
export function assertRangeInside(lines: LineIndex, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} outside 0..${lines.lineCount - 1}`);
    const length = lines.lineEnd(p.line) - lines.lineStart(p.line);
    assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} outside line ${p.line} of length ${length}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
}

/** Offsets that are not in the middle of a CRLF or a surrogate pair survive offset → position → offset. */
function assertRoundTrip(text: string, lines: LineIndex, offset: number, what: string): void {
  const between = (i: number) => i > 0 && i < text.length && ((text[i - 1] === '\r' && text[i] === '\n'));
  if (between(offset)) return;
  assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `${what}: offset ${offset} does not survive positionAt/offsetAt`);
}

export function checkAnalysis(service: LanguageService, uri: string, text: string): void {
  const analysis = service.analyze({ uri, text });
  const lines = new LineIndex(text);
  assert.equal(analysis.text, text);
  let previousEnd = 0;
  for (const block of analysis.parsed.blocks) {
    assertOffsetInside(text, block.start, block.end, `block ${block.kind}`);
    assert.equal(block.prose.length, block.end - block.start, 'block prose must align with the note');
  }
  for (const m of analysis.mentions) {
    assertOffsetInside(text, m.start, m.end, `mention ${JSON.stringify(m.text)}`);
    assert.ok(m.end > m.start, `empty mention at ${m.start}`);
    assert.ok(m.start >= previousEnd, `mention at ${m.start} overlaps or precedes the one ending at ${previousEnd}`);
    previousEnd = m.end;
    assert.equal(m.text, text.slice(m.start, m.end));
    const concept = service.knowledge.concept(m.conceptId);
    assert.ok(concept, `mention of unknown concept ${m.conceptId}`);
    // the span is the name as written, not shifted: it starts with the first letter of one of the names
    const names = [...concept.names.en, ...concept.names.ko, ...(concept.names.abbr ?? [])];
    assert.ok(names.some((n) => n[0].toLowerCase() === m.text[0].toLowerCase()), `mention ${JSON.stringify(m.text)} at ${m.start} does not start like any name of ${m.conceptId}`);
    assert.ok(m.block >= 0 && m.block < analysis.parsed.blocks.length);
    const block = analysis.parsed.blocks[m.block];
    assert.ok(block.start <= m.start && m.end <= block.end, 'a mention lies inside its block');
    assertRangeInside(lines, analysis.lines.rangeOf(m.start, m.end), 'mention range');
    assertRoundTrip(text, lines, m.start, 'mention start');
    assertRoundTrip(text, lines, m.end, 'mention end');
  }
}

const splitsSurrogatePair = (text: string, i: number) =>
  i > 0 && i < text.length && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(i) & 0xfc00) === 0xdc00;

/** Apply offset edits (sorted, non-overlapping) to `text`. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

export function checkFindings(service: LanguageService, uri: string, text: string): Finding[] {
  const findings = service.findings({ uri, text });
  const analysis = service.analyze({ uri, text });
  const lines = new LineIndex(text);
  for (const f of findings) {
    assertOffsetInside(text, f.start, f.end, `finding ${f.code}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `finding ${f.code} has no message`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    assertRangeInside(lines, analysis.lines.rangeOf(f.start, f.end), `finding ${f.code} range`);
    for (const r of f.related ?? []) {
      if (r.uri === undefined || r.uri === uri) {
        if (r.start !== undefined) assertOffsetInside(text, r.start, r.end ?? r.start, `related of ${f.code}`);
        if (r.range) assertRangeInside(lines, r.range, `related range of ${f.code}`);
      }
    }
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      assert.ok(edits.length > 0, `fix "${fix.title}" has no edits`);
      edits.forEach((e, i) => {
        assertOffsetInside(text, e.start, e.end, `edit of fix "${fix.title}"`);
        if (i > 0) assert.ok(e.start >= edits[i - 1].end, `edits of fix "${fix.title}" overlap`);
        assert.ok(!splitsSurrogatePair(text, e.start) && !splitsSurrogatePair(text, e.end), `an edit of fix "${fix.title}" splits a surrogate pair`);
      });
      // the same edits through LSP ranges (what the editor applies) give the same text as through offsets
      const byOffsets = applyEdits(text, edits);
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      const byRanges = TextDocument.applyEdits(doc, edits.map((e) => ({ range: analysis.lines.rangeOf(e.start, e.end), newText: e.newText })));
      assert.equal(byRanges, byOffsets, `fix "${fix.title}" applies differently through LSP ranges`);
      assert.notEqual(byOffsets, text, `fix "${fix.title}" changes nothing`);
    }
  }
  return findings;
}

export function checkHover(service: LanguageService, uri: string, text: string, position: Position): void {
  const lines = new LineIndex(text);
  const hover = service.hover({ uri, text }, position);
  const mention = service.mentionAt({ uri, text }, position);
  assert.equal(!!hover, !!mention && !!service.knowledge.concept(mention.conceptId), 'hover exactly on mentions');
  if (!hover) return;
  assertRangeInside(lines, hover.range, 'hover range');
  assert.ok(hover.contents.length > 0);
  const offset = lines.offsetAt(position);
  const start = lines.offsetAt(hover.range.start);
  const end = lines.offsetAt(hover.range.end);
  assert.ok(start <= offset && offset <= end, 'the hover range contains the position');
}
