// Applying quick fixes, and the "ignore here" edit. Pure text operations shared by the LSP code actions,
// `aws-notes check --fix` and the convergence tests.
import type { Finding, TextEdit } from '../findings';
import type { NoteAnalysis } from '../languageService';
import type { Lang } from '../knowledge/types';

/** The edits of every finding's preferred fix, in order, skipping any that overlaps an earlier one. */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    if (last && e.start === last.start && e.end === last.end) continue;
    out.push(e);
  }
  return out;
}

/** Apply non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * "Ignore here": a `disable-next-line` comment on its own line above the finding's line, with that line's
 * indentation and line ending. When the line continues a paragraph or sits in a table (where a comment line
 * would split the block), the block is wrapped in `disable` / `enable` instead.
 */
export function ignoreEdits(analysis: NoteAnalysis, finding: Finding): { title: string; edits: TextEdit[] } {
  const lang: Lang = analysis.language;
  const text = analysis.text;
  const lines = analysis.lines;
  const line = lines.positionAt(finding.start).line;
  const eol = lineEnding(text, line, lines);
  const title = lang === 'ko' ? `여기서 ${finding.code} 무시하기` : `Ignore ${finding.code} here`;
  const block = analysis.parsed.blocks.find((b) => finding.start >= b.start && finding.start <= b.end);
  let first = block ? lines.positionAt(block.start).line : line;
  let last = block ? lines.positionAt(block.end).line : line;
  if (block?.table) {
    const cells = analysis.parsed.blocks.filter((b) => b.table?.id === block.table!.id);
    first = lines.positionAt(Math.min(...cells.map((c) => c.start))).line;
    last = lines.positionAt(Math.max(...cells.map((c) => c.end))).line;
    // the delimiter row and the header belong to the table too
  }
  const indentOf = (l: number) => /^[ \t]*/.exec(text.slice(lines.lineStart(l), lines.lineEnd(l)))![0];
  if (!block?.table && first === line) {
    const at = lines.lineStart(line);
    return { title, edits: [{ start: at, end: at, newText: `${indentOf(line)}<!-- aws-notes-disable-next-line ${finding.code} -->${eol}` }] };
  }
  const startAt = lines.lineStart(first);
  const endAt = lines.lineEnd(last);
  const indent = indentOf(first);
  return {
    title,
    edits: [
      { start: startAt, end: startAt, newText: `${indent}<!-- aws-notes-disable ${finding.code} -->${eol}` },
      { start: endAt, end: endAt, newText: `${eol}${indent}<!-- aws-notes-enable ${finding.code} -->` },
    ],
  };
}

function lineEnding(text: string, line: number, lines: NoteAnalysis['lines']): string {
  const end = lines.lineEnd(line);
  if (text[end] === '\r') return text[end + 1] === '\n' ? '\r\n' : '\r';
  if (text[end] === '\n') return '\n';
  // the last line: follow the note's first line ending
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}
