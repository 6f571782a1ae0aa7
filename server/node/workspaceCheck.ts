// The fast path of `aws-notes check`: every note summarised once (worker threads for many files, the
// persistent cache given with --cache <dir>), then findings per note — its own plus contradictions with
// the other notes checked in the same run. The CLI formats the result; ranges come from the summary's
// line starts, so no note is kept in memory as text.
import { NOTES_DISAGREE } from '../service/workspace/contradictions';
import type { Finding, LanguageService, Range } from '../service';
import { WorkspaceIndex } from '../service/workspace/index';
import { linesOf, type NoteSummary } from '../service/workspace/summary';
import { indexNotes } from './indexer';
import { engineKey, openNoteCache } from './noteCache';

export interface CheckedNote {
  path: string;
  /** why the note could not be read; it then has no findings */
  error?: string;
  summary?: NoteSummary;
  /** the note's own findings and its contradictions with other notes, by position */
  findings: Finding[];
  /** offsets of this note's findings → LSP ranges (0-based lines, UTF-16 characters) */
  rangeOf(start: number, end: number): Range;
}

export interface CheckOptions {
  /** settings and knowledge come from here (after the project configuration is applied) */
  service: LanguageService;
  /** --cache <dir>: where summaries are kept between runs */
  cacheDir?: string;
  /** worker threads at most (default: one per core, up to 4); 0 = none */
  workers?: number;
  /**
   * also report contradictions between the notes checked together (--contradictions). Off by default: notes
   * from different courses or authors often give different numbers for different things, and a CI check
   * should carry only findings a learner can act on.
   */
  contradictions?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function checkNotes(paths: string[], options: CheckOptions): Promise<CheckedNote[]> {
  const { service } = options;
  const knowledge = service.knowledge;
  const settings = service.settings();
  let cache;
  try {
    cache = options.cacheDir ? openNoteCache(options.cacheDir, engineKey(knowledge, settings)) : undefined;
  } catch {
    cache = undefined; // an unusable cache folder only costs speed
  }
  const notes = await indexNotes(
    paths.map((path) => ({ uri: path, path })),
    // a one-off run: speed over memory (a larger young generation per worker)
    { knowledge, settings, cache, workers: options.workers, service, workerYoungGenerationMb: 64, onNote: options.onProgress && ((_, done, total) => options.onProgress!(done, total)) },
  );
  try {
    cache?.save();
  } catch {
    // read-only or full: the next run is cold again, nothing else is lost
  }
  const index = new WorkspaceIndex(knowledge);
  index.setSettings(settings);
  for (const n of notes) if (n.summary) index.setDisk(n.summary);
  return notes.map((n) => {
    if (!n.summary) return { path: n.path, error: n.error ?? `${n.path}: not read`, findings: [], rangeOf: () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) };
    const lines = linesOf(n.summary);
    const findings = options.contradictions ? index.findings(n.uri) : index.findings(n.uri).filter((f) => f.code !== NOTES_DISAGREE);
    return { path: n.path, summary: n.summary, findings, rangeOf: (s, e) => lines.rangeOf(s, e) };
  });
}
