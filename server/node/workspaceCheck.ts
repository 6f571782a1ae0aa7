// The fast path of `aws-notes check`: every note summarised once (worker threads for many files, the
// persistent cache given with --cache <dir>), then findings per note — its own plus contradictions with
// the other notes checked in the same run. The CLI formats the result; ranges come from the summary's
// line starts, so no note is kept in memory as text.
import { availableParallelism } from 'node:os';
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
  /** worker threads at most besides this thread (default: see defaultWorkers); 0 = none */
  workers?: number;
  /** also report contradictions between the notes checked together (the CLI decides: on for a folder, see check.ts) */
  contradictions?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Worker threads besides this one: none on one or two cores. Measured on a 2-vCPU VM (the corpus, min / median
 * of 5 interleaved runs): this thread alone 3.9 / 5.1 s, with one worker 4.1 / 5.7 s, two workers 4.3 / 6.1 s.
 * Two vCPUs are often one core's two hyperthreads, and summarising is memory-bound: threads slow each other.
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(4, cores) - 1 : 0;
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
    // this thread summarises too (it would only wait), beside workers on machines with cores to spare
    { knowledge, settings, cache, workers: options.workers ?? defaultWorkers(), alsoInThisThread: true, service, workerYoungGenerationMb: 64, onNote: options.onProgress && ((_, done, total) => options.onProgress!(done, total)) },
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
