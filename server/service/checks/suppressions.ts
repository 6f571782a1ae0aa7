// In-note switches, as HTML comments (invisible in rendered Markdown):
//   <!-- aws-notes-disable-next-line [id …] -->   the line after the comment
//   <!-- aws-notes-disable [id …] -->  …  <!-- aws-notes-enable [id …] -->   a region (to the end without enable)
// Without ids they apply to every fact; ids may be separated by spaces or commas.
import type { NoteAnalysis } from '../languageService';
import type { Finding } from '../findings';

interface Region {
  start: number;
  end: number;
  /** undefined: every id */
  ids?: Set<string>;
}

const DIRECTIVE = /^aws-notes-(disable-next-line|disable|enable)\b\s*([\s\S]*)$/;

export function suppressedRegions(analysis: NoteAnalysis): Region[] {
  const out: Region[] = [];
  const open: { start: number; ids?: Set<string> }[] = [];
  const text = analysis.text;
  for (const c of analysis.parsed.comments) {
    const m = DIRECTIVE.exec(c.body.trim());
    if (!m) continue;
    const list = m[2].split(/[\s,]+/).filter(Boolean);
    const ids = list.length ? new Set(list) : undefined;
    if (m[1] === 'disable-next-line') {
      const line = analysis.lines.positionAt(c.end).line + 1;
      if (line < analysis.lines.lineCount) out.push({ start: analysis.lines.lineStart(line), end: analysis.lines.lineEnd(line), ids });
    } else if (m[1] === 'disable') {
      open.push({ start: c.end, ids });
    } else {
      // enable closes the matching disable (same ids, or any when it names none)
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i];
        const matches = !ids || !o.ids ? true : [...ids].some((id) => o.ids!.has(id));
        if (!matches) continue;
        out.push({ start: o.start, end: c.start, ids: o.ids && ids ? new Set([...o.ids].filter((id) => ids.has(id))) : o.ids });
        if (o.ids && ids) {
          const rest = [...o.ids].filter((id) => !ids.has(id));
          if (rest.length) open[i] = { start: c.end, ids: new Set(rest) };
          else open.splice(i, 1);
        } else {
          open.splice(i, 1);
        }
        if (ids || !o.ids) break;
      }
    }
  }
  for (const o of open) out.push({ start: o.start, end: text.length, ids: o.ids });
  return out;
}

export function isSuppressed(finding: Finding, regions: Region[]): boolean {
  return regions.some((r) => finding.start >= r.start && finding.start <= r.end && (!r.ids || r.ids.has(finding.code)));
}
