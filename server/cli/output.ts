// The CLI's JSON contract (version 1; later versions extend it, never break it) and its text form.
import { relative } from 'node:path';
import type { LanguageService, NoteAnalysis } from '../service';

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function mentionsJson(analysis: NoteAnalysis) {
  return analysis.mentions.map((m) => ({ concept: m.conceptId, text: m.text, range: analysis.lines.rangeOf(m.start, m.end) }));
}

export function mentionsText(path: string, analysis: NoteAnalysis, service: LanguageService): string[] {
  return analysis.mentions.map((m) => {
    const p = analysis.lines.positionAt(m.start);
    const concept = service.knowledge.concept(m.conceptId);
    return `${path}:${p.line + 1}:${p.character + 1}: ${m.text} → ${m.conceptId}${concept ? ` (${concept.names.en[0]})` : ''}`;
  });
}
