// The persistent index cache: note summaries (mentions, headings, claims, findings) keyed by the content
// hash of the note, so a warm start reads them instead of parsing. One file per "engine" — the knowledge
// base, the settings that change findings and this build — so a new KB, a changed setting or a rebuilt
// server never reads stale findings. Written atomically; a damaged or foreign file is ignored and replaced.
//
// File layout: "AWSN", format (u32), JSON length (u32), the JSON (per note: the small parts), padding to
// 4 bytes, then one array of u32 holding every note's line starts and mention triples. Reading it back
// allocates little: the numbers stay in that one array (summaries get views into it), which keeps the
// server's memory flat on a warm start with thousands of notes.
import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase, ServiceSettings } from '../service';
import { contentHash } from '../service/text/hash';
import { internId, type NoteSummary } from '../service/workspace/summary';
import type { HeadingSummary } from '../service/workspace/headings';
import { writeFileAtomic } from './atomicWrite';

/** Bump when the summary format or its meaning changes. */
const FORMAT = 4;
const MAGIC = 0x4e535741; // "AWSN" little-endian
const PREFIX = 'aws-notes-index-';
const NONE: readonly string[] = Object.freeze([]);

/** The small parts of a summary; numbers live in the shared u32 array at [lines, lines+lineCount) etc. */
type StoredNote = [
  hash: string,
  length: number,
  language: 'ko' | 'en',
  conceptIds: string[],
  headings: [string, number, number, number, string[]?, string[]?][],
  findings: NoteSummary['findings'],
  claims: NoteSummary['claims'],
  lines: number,
  lineCount: number,
  mentions: number,
  mentionCount: number,
];

interface Stored {
  note: StoredNote;
  data: Uint32Array;
}

/** Keyed by the file's bytes (`fileKey` in indexer.ts), which a summary carries as `source`. */
export interface NoteCache {
  get(key: string, uri: string): NoteSummary | undefined;
  /** keeps a summary that has a `source` */
  put(summary: NoteSummary): void;
  /** write the file if anything changed; keeps what this run used and, within a bound, the rest */
  save(): void;
  readonly file: string;
  readonly hits: number;
  readonly size: number;
}

/** What findings depend on besides the note: the knowledge, the settings, this build of the code. */
export function engineKey(knowledge: KnowledgeBase, settings: ServiceSettings, build: string = buildIdentity()): string {
  return contentHash(JSON.stringify([FORMAT, build, knowledge.concepts, knowledge.facts, settings]));
}

/** The running bundle's size and time: a rebuilt server or CLI starts a new cache. */
export function buildIdentity(): string {
  try {
    const s = statSync(__filename);
    return `${s.size}:${Math.round(s.mtimeMs)}`;
  } catch {
    return 'unknown';
  }
}

/** `scope` separates caches that share a folder (the extension's storage serves every workspace). */
export function openNoteCache(dir: string, engine: string, scope = ''): NoteCache {
  const prefix = `${PREFIX}${scope ? contentHash(scope) + '-' : ''}`;
  const file = join(dir, `${prefix}${engine}.bin`);
  let stored: Map<string, Stored | NoteSummary> = read(file, engine);
  const used = new Map<string, Stored | NoteSummary>();
  let changed = false;
  let hits = 0;
  return {
    file,
    get hits() {
      return hits;
    },
    get size() {
      return stored.size;
    },
    get(key, uri) {
      const entry = used.get(key) ?? stored.get(key);
      if (!entry) return undefined;
      try {
        const summary = 'uri' in entry ? { ...entry, uri } : decode(key, entry, uri);
        used.set(key, entry);
        hits++;
        return summary;
      } catch {
        return undefined;
      }
    },
    put(summary) {
      if (!summary.source || used.has(summary.source)) return;
      used.set(summary.source, summary);
      changed = true;
    },
    save() {
      // entries other runs used (other folders, older versions of notes) stay, within a bound
      const keep = new Map(used);
      const room = Math.max(5_000, used.size * 3);
      for (const [hash, entry] of stored) {
        if (keep.size >= room) {
          changed = true;
          break;
        }
        if (!keep.has(hash)) keep.set(hash, entry);
      }
      if (!changed) return;
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(file, encodeAll(engine, keep));
      stored = keep;
      used.clear();
      changed = false;
      removeOtherEngines(dir, file, prefix, !scope);
    },
  };
}

function read(file: string, engine: string): Map<string, Stored> {
  const out = new Map<string, Stored>();
  try {
    const bytes = readFileSync(file);
    if (bytes.length < 12 || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== FORMAT) return out;
    const jsonLength = bytes.readUInt32LE(8);
    const head = JSON.parse(bytes.toString('utf8', 12, 12 + jsonLength)) as { engine: string; notes: Record<string, StoredNote> };
    if (head.engine !== engine || !head.notes) return out;
    const dataStart = align4(12 + jsonLength);
    // a copy into an aligned buffer of its own: Buffer pools may hand out unaligned or shared memory
    const data = new Uint32Array((bytes.length - dataStart) >> 2);
    new Uint8Array(data.buffer).set(bytes.subarray(dataStart, dataStart + data.length * 4));
    for (const [key, note] of Object.entries(head.notes)) {
      if (Array.isArray(note) && note.length === 11 && note[7] + note[8] <= data.length && note[9] + note[10] * 3 <= data.length) out.set(key, { note, data });
    }
  } catch {
    // absent, unreadable or damaged: start empty
  }
  return out;
}

function encodeAll(engine: string, entries: Map<string, Stored | NoteSummary>): Buffer {
  let words = 0;
  for (const e of entries.values()) words += 'uri' in e ? e.lineStarts.length + e.mentions.length : e.note[8] + e.note[10] * 3;
  const data = new Uint32Array(words);
  const notes: Record<string, StoredNote> = {};
  let at = 0;
  const put = (xs: ArrayLike<number>) => {
    const from = at;
    data.set(xs, at);
    at += xs.length;
    return from;
  };
  for (const [key, e] of entries) {
    if ('uri' in e) {
      const lines = put(e.lineStarts);
      const mentions = put(e.mentions);
      const headings = e.headings.map((h): StoredNote[4][number] => (h.concepts.length ? [h.text, h.depth, h.start, h.end, h.concepts, h.names] : [h.text, h.depth, h.start, h.end]));
      notes[key] = [e.hash, e.length, e.language, e.conceptIds, headings, e.findings, e.claims, lines, e.lineStarts.length, mentions, e.mentions.length / 3];
    } else {
      const [, , , , , , , lineAt, lineCount, mentionAt, mentionCount] = e.note;
      const lines = put(e.data.subarray(lineAt, lineAt + lineCount));
      const mentions = put(e.data.subarray(mentionAt, mentionAt + mentionCount * 3));
      notes[key] = [...e.note.slice(0, 7), lines, lineCount, mentions, mentionCount] as StoredNote;
    }
  }
  const json = Buffer.from(JSON.stringify({ engine, notes }), 'utf8');
  const header = Buffer.alloc(12);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(FORMAT, 4);
  header.writeUInt32LE(json.length, 8);
  const pad = Buffer.alloc(align4(12 + json.length) - 12 - json.length);
  return Buffer.concat([header, json, pad, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

function decode(key: string, { note, data }: Stored, uri: string): NoteSummary {
  const [hash, length, language, ids, headings, findings, claims, lineAt, lineCount, mentionAt, mentionCount] = note;
  // one string per concept id however many notes name it (JSON.parse makes a new one each time)
  const conceptIds = ids.map(internId);
  return {
    uri,
    hash,
    source: key,
    length,
    language,
    lineStarts: data.subarray(lineAt, lineAt + lineCount),
    conceptIds,
    mentions: data.subarray(mentionAt, mentionAt + mentionCount * 3),
    headings: headings.map(([text, depth, start, end, concepts, names]): HeadingSummary => ({
      text,
      depth,
      start,
      end,
      concepts: (concepts?.map(internId) ?? NONE) as string[],
      names: (names ?? NONE) as string[],
    })),
    findings,
    claims,
  };
}

const align4 = (n: number) => (n + 3) & ~3;

/** Files of older engines for the same scope are garbage once a new one is written. */
function removeOtherEngines(dir: string, keep: string, prefix: string, unscoped: boolean): void {
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path === keep || !name.startsWith(prefix) || !/\.(bin|json)$/.test(name)) continue;
      // an unscoped prefix also matches scoped files (one more "-part"): leave those to their owners
      if (unscoped && name.slice(prefix.length).includes('-')) continue;
      unlinkSync(path);
    }
  } catch {
    // a cache that cannot be tidied still works
  }
}
