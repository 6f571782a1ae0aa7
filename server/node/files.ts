// File access for the CLI and the server (never used by the pure service): finding notes under folders
// and reading them as text with a clear error for what is not UTF-8 text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
export const NOTE_EXTENSIONS = /\.(md|markdown|mdx)$/i;

export class NoteReadError extends Error {}

export interface NoteText {
  text: string;
  /** the file started with a UTF-8 byte order mark (kept when writing back) */
  bom: boolean;
}

/** Every note under `path` (a file is returned as is), sorted for stable output. */
export function collectNotes(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new NoteReadError(`${path}: no such file or folder`);
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) throw new NoteReadError(`${path}: not a file or folder`);
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      throw new NoteReadError(`${dir}: cannot list folder (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    for (const name of names) {
      const p = join(dir, name);
      let s;
      try {
        s = statSync(p);
      } catch {
        continue; // a dangling link
      }
      if (s.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(p);
      } else if (s.isFile() && NOTE_EXTENSIONS.test(name)) {
        out.push(p); // regular files only: reading a FIFO or a device named *.md would block or never end
      }
    }
  };
  walk(path);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode a note's bytes; binary content and invalid UTF-8 are refused with a message that says so. */
export function decodeNote(bytes: Uint8Array, path: string): NoteText {
  const sample = bytes.subarray(0, 8000);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NoteReadError(`${path}: UTF-16 text is not supported (save the note as UTF-8)`);
  }
  if (sample.includes(0)) throw new NoteReadError(`${path}: not a text file (contains NUL bytes)`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new NoteReadError(`${path}: not valid UTF-8 text`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

export function readNote(path: string): NoteText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new NoteReadError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  return decodeNote(bytes, path);
}
