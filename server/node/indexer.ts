// Summarises many note files fast, for the server's workspace index and for `aws-notes check`: each file is
// read and hashed; a summary the persistent cache holds for that content is used as is; the rest are
// parsed once each, in worker threads when there is enough work to pay for starting them (remark is the
// slow part), else in this thread. Results stream out as they come, so the index and the Problems view
// fill while the rest is still being parsed.
import { availableParallelism } from 'node:os';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createLanguageService, type KnowledgeBase, type LanguageService, type ServiceSettings } from '../service';
import { allCheckers } from '../service/checks/registry';
import { compactSummary, withUri, type NoteSummary } from '../service/workspace/summary';
import type { NoteCache } from './noteCache';
import { summarizeFile } from './summarizeFile';
import { WorkerPool } from './workerPool';
import type { WorkerJob, WorkerReply } from './workerProtocol';

export interface NoteRef {
  uri: string;
  path: string;
}

export interface IndexedNote extends NoteRef {
  summary?: NoteSummary;
  /** why the note could not be read (binary, not UTF-8, gone) */
  error?: string;
  cached?: boolean;
}

export interface IndexerOptions {
  knowledge: KnowledgeBase;
  settings: ServiceSettings;
  cache?: NoteCache;
  /** a summary the caller already has for a file with these bytes (`fileKey`), e.g. the index on a re-scan */
  known?: (uri: string, key: string) => NoteSummary | undefined;
  /** worker threads to use at most; 0 keeps everything in this thread. Default: one per core, up to 4. */
  workers?: number;
  /**
   * this thread summarises notes too while the workers run (the CLI, which has nothing else to do; the
   * server keeps its thread free for requests)
   */
  alsoInThisThread?: boolean;
  /** dist/index-worker.js; workers are used only when it exists */
  workerScript?: string;
  /** summarises in this thread when no worker is used (else a small service of its own is made) */
  service?: LanguageService;
  /** young generation of each worker's heap (MB): larger is faster and costs memory (V8's default when unset) */
  workerYoungGenerationMb?: number;
  /** old-generation limit of each worker's heap (MB): lower keeps the heap closer to its live data (see WorkerHeap) */
  workerOldGenerationMb?: number;
  /** start workers only for at least this many bytes of notes to parse (tests set 0) */
  minWorkerBytes?: number;
  /** called for every note as soon as it is summarised (or failed) */
  onNote?: (note: IndexedNote, done: number, total: number) => void;
  /** checked between notes: stop early (what is not done yet is left out) */
  cancelled?: () => boolean;
}

/** Below this much text to parse, starting workers costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 400_000;
const BYTES_PER_WORKER = 200_000;

/** The persistent cache's key of a file: a hash of its bytes (native and fast; nothing is decoded). */
export function fileKey(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

export const defaultWorkerScript = () => join(__dirname, 'index-worker.js');

export async function indexNotes(notes: NoteRef[], options: IndexerOptions): Promise<IndexedNote[]> {
  const results: IndexedNote[] = new Array(notes.length);
  const total = notes.length;
  let done = 0;
  const emit = (i: number, note: IndexedNote) => {
    results[i] = note;
    done++;
    options.onNote?.(note, done, total);
  };

  const reader = new FileReader();
  const keys = new Map<number, string>();
  // 1. read and hash each file's bytes, take what the cache has; remember the rest (without their text:
  //    a worker reads it again), so a warm start decodes nothing and keeps no text
  const misses: { i: number; size: number }[] = [];
  // notes with the same bytes as an earlier miss wait for its summary instead of being parsed again
  const twins = new Map<string, number[]>();
  let missBytes = 0;
  for (let i = 0; i < notes.length; i++) {
    if (options.cancelled?.()) break;
    if (i % 64 === 63) await yieldToEventLoop();
    const note = notes[i];
    let bytes: Buffer;
    try {
      bytes = reader.read(note.path);
    } catch (e) {
      emit(i, { ...note, error: `${note.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    const key = fileKey(bytes);
    const known = options.known?.(note.uri, key);
    if (known) options.cache?.put(known);
    const hit = known ?? options.cache?.get(key, note.uri);
    if (hit) {
      emit(i, { ...note, summary: withUri(hit, note.uri), cached: true });
      continue;
    }
    const twin = twins.get(key);
    if (twin) {
      twin.push(i);
      continue;
    }
    twins.set(key, []);
    keys.set(i, key);
    misses.push({ i, size: bytes.length });
    missBytes += bytes.length;
  }
  if (misses.length === 0) return results.filter(Boolean);

  // 2. parse what is left: biggest first, so the last notes to finish are small ones
  misses.sort((a, b) => b.size - a.size);
  const script = options.workerScript ?? defaultWorkerScript();
  const maxWorkers = options.workers ?? Math.min(4, availableParallelism());
  const poolSize = missBytes >= (options.minWorkerBytes ?? WORKER_THRESHOLD_BYTES) && existsSync(script) ? Math.min(maxWorkers, Math.ceil(missBytes / BYTES_PER_WORKER)) : 0;
  let local: LanguageService | undefined;
  const inThisThread = (job: WorkerJob): WorkerReply => {
    local ??= options.service ?? createLanguageService({ knowledge: options.knowledge, settings: options.settings, checkers: allCheckers, parseCacheSize: 0, analysisCacheSize: 1 });
    return summarizeFile(local, job);
  };
  const finish = (i: number, reply: WorkerReply) => {
    const note = notes[i];
    const key = keys.get(i)!;
    const summary = reply.summary && compactSummary({ ...reply.summary, source: key });
    if (summary) options.cache?.put(summary);
    for (const j of [i, ...(twins.get(key) ?? [])]) {
      const n = notes[j];
      emit(j, summary ? { ...n, summary: withUri(summary, n.uri) } : { ...n, error: reply.error?.replace(note.path, n.path) });
    }
  };

  // one queue, biggest notes first, taken by every feeder: the workers' and this thread's
  let next = 0;
  const feed = async (run: (job: WorkerJob) => Promise<WorkerReply>) => {
    while (next < misses.length && !options.cancelled?.()) {
      const { i } = misses[next++];
      finish(i, await run({ id: i, uri: notes[i].uri, path: notes[i].path }));
    }
  };
  const here = async (job: WorkerJob) => {
    const reply = inThisThread(job);
    // let pending messages in (LSP requests, the workers' replies, which then get their next jobs)
    await yieldToEventLoop();
    return reply;
  };

  if (poolSize > 0) {
    const pool = new WorkerPool(script, poolSize, { concepts: options.knowledge.concepts, facts: options.knowledge.facts, settings: options.settings }, inThisThread, 2, {
      youngGenerationMb: options.workerYoungGenerationMb,
      oldGenerationMb: options.workerOldGenerationMb,
    });
    try {
      // two jobs per worker in flight: one being parsed, one waiting
      const workers = Array.from({ length: poolSize * 2 }, () => feed((job) => pool.run(job)));
      await Promise.all(options.alsoInThisThread ? [...workers, feed(here)] : workers);
    } finally {
      await pool.close();
    }
  } else {
    await feed(here);
  }
  return results.filter(Boolean);
}

/**
 * Reads files one after another into one reused buffer (valid until the next read). Thousands of
 * file-sized buffers, each garbage a moment later, left the server's malloc heap fragmented: ~25 MB
 * of resident memory that never came back after a cold start.
 */
class FileReader {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);

  read(path: string): Buffer {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > this.buffer.length) this.grow(size);
      let got = 0;
      for (;;) {
        // a file can grow while it is read: read until the end, not just `size` bytes
        if (got === this.buffer.length) this.grow(got * 2, got);
        const n = readSync(fd, this.buffer, got, this.buffer.length - got, null);
        if (n === 0) break;
        got += n;
      }
      return this.buffer.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  }

  private grow(size: number, keep = 0): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
    this.buffer.copy(bigger, 0, 0, keep);
    this.buffer = bigger;
  }
}

/** Let pending messages (LSP requests, worker replies) through during a long loop. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
