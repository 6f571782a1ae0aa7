// Writing a note back (quick fixes from the CLI's --fix): never a half-written file, never a write when
// nothing changed. The bytes go to a temporary file beside the note, are flushed, and replace the note by
// rename (atomic on one file system); the note's mode is kept and a symbolic link keeps pointing at it.
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NoteText } from './files';

/** The bytes of a note as it is stored: UTF-8, with the byte order mark it was read with. */
export function encodeNote(note: NoteText): Buffer {
  return Buffer.from((note.bom ? '\uFEFF' : '') + note.text, 'utf8');
}

/** Replace the file at `path` with `bytes` atomically. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  let target = path;
  try {
    target = realpathSync(path); // write the file a link points to, not over the link
  } catch {
    // a new file
  }
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** Write `bytes` only when they differ from what the file holds; true when it was written. */
export function writeIfChanged(path: string, bytes: Uint8Array): boolean {
  try {
    if (Buffer.from(bytes).equals(readFileSync(path))) return false;
  } catch {
    // missing or unreadable: write
  }
  writeFileAtomic(path, bytes);
  return true;
}
