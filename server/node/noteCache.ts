// The persistent index cache: note summaries (mentions, headings, claims, findings) keyed by the content
// hash of the note, so a warm start reads them instead of parsing. One file per "engine" — the knowledge
// base, the settings that change findings and this build — so a new KB, a changed setting or a rebuilt
// server never reads stale findings. Written atomically; a damaged or foreign file is ignored and replaced.
//
// File layout: "AWSN", format (u32), JSON length (u32), the JSON (per note: the small parts), padding to
// 4 bytes, then one array of u32 holding every note's line starts, mentions and headings. Reading it back
// allocates little: the numbers are read straight into that one array (summaries get views into it),
// which keeps the server's memory flat on a warm start with thousands of notes.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase, ServiceSettings } from '../service';
import { contentHash } from '../service/text/hash';
import { intern, type NoteSummary } from '../service/workspace/summary';
import { writeFileAtomic } from './atomicWrite';

/** Bump when the summary format or its meaning changes. */
const FORMAT = 5;
const MAGIC = 0x4e535741; // "AWSN" little-endian
const PREFIX = 'aws-notes-index-';
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** The small parts of a summary; numbers live in the shared u32 array at [lines, lines+lineWords) etc. */
type StoredNote = [
  hash: string,
  length: number,
  language: 'ko' | 'en',
  conceptIds: string[],
  headingTexts: string,
  headingNames: string[],
  findings: NoteSummary['findings'],
  claims: NoteSummary['claims'],
  lines: number,
  lineWords: number,
  mentions: number,
  mentionWords: number,
  headings: number,
  headingWords: number,
];
const STORED_LENGTH = 14;
/** Where each of the summary's typed arrays sits in a StoredNote: [at, words] index pairs. */
const ARRAYS = [
  ['lineStarts', 8],
  ['mentions', 10],
  ['headings', 12],
] as const;
/** The number at index `i` of a stored note (TypeScript cannot narrow a tuple by a computed index). */
const num = (note: StoredNote, i: number) => note[i] as number;

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
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(12);
    if (size < 12 || readFully(fd, header, 0) < 12 || header.readUInt32LE(0) !== MAGIC || header.readUInt32LE(4) !== FORMAT) return out;
    const jsonLength = header.readUInt32LE(8);
    const dataStart = align4(12 + jsonLength);
    if (dataStart > size) return out;
    const json = Buffer.allocUnsafe(jsonLength);
    if (readFully(fd, json, 12) < jsonLength) return out;
    const head = JSON.parse(json.toString('utf8')) as { engine: string; notes: Record<string, StoredNote> };
    if (head.engine !== engine || !head.notes) return out;
    // the numbers go straight into one aligned array of their own (no copy of the whole file stays around)
    const data = new Uint32Array((size - dataStart) >> 2);
    if (readFully(fd, new Uint8Array(data.buffer), dataStart) < data.byteLength) return out;
    for (const [key, note] of Object.entries(head.notes)) {
      if (Array.isArray(note) && note.length === STORED_LENGTH && ARRAYS.every(([, i]) => Number.isInteger(num(note, i)) && Number.isInteger(num(note, i + 1)) && num(note, i) + num(note, i + 1) <= data.length)) out.set(key, { note, data });
    }
  } catch {
    // absent, unreadable or damaged: start empty
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return out;
}

/** Reads until `into` is full or the file ends; returns the bytes read. */
function readFully(fd: number, into: Uint8Array, position: number): number {
  let got = 0;
  while (got < into.length) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function encodeAll(engine: string, entries: Map<string, Stored | NoteSummary>): Buffer {
  let words = 0;
  for (const e of entries.values()) for (const [field, i] of ARRAYS) words += 'uri' in e ? e[field].length : num(e.note, i + 1);
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
      const note: StoredNote = [e.hash, e.length, e.language, e.conceptIds, e.headingTexts, e.headingNames, e.findings, e.claims, 0, 0, 0, 0, 0, 0];
      for (const [field, i] of ARRAYS) [note[i], note[i + 1]] = [put(e[field]), e[field].length];
      notes[key] = note;
    } else {
      const note = [...e.note] as StoredNote;
      for (const [, i] of ARRAYS) note[i] = put(e.data.subarray(num(e.note, i), num(e.note, i) + num(e.note, i + 1)));
      notes[key] = note;
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
  const [hash, length, language, ids, headingTexts, names, findings, claims] = note;
  const view = (i: number) => data.subarray(num(note, i), num(note, i) + num(note, i + 1));
  return {
    uri,
    hash,
    source: key,
    length,
    language,
    lineStarts: view(8),
    // one string per concept id and name however many notes hold it (JSON.parse makes a new one each time)
    conceptIds: ids.map(intern),
    mentions: view(10),
    headings: view(12),
    headingTexts,
    headingNames: names.length ? names.map(intern) : NONE,
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
