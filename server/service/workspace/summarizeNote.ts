// One note's text → its summary, through the language service (the same analysis and findings the editor
// shows). The service forgets the analysis afterwards: the index keeps only the summary.
import type { LanguageService, NoteDocument } from '../languageService';
import { summarize, type NoteSummary } from './summary';

export function summarizeNote(service: LanguageService, doc: NoteDocument): NoteSummary {
  const analysis = service.analyze(doc);
  const findings = service.findings(doc);
  const summary = summarize(analysis, findings, service.knowledge);
  service.forget(doc.uri);
  return summary;
}
