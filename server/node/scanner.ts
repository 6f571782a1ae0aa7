// Finds the notes of a workspace folder: every Markdown file (or those `awsNotes.include` names), minus
// what `files.exclude` and `awsNotes.exclude` exclude (globs relative to the folder, matched with
// picomatch), never inside node_modules, .git and the other folders the CLI skips too. Symbolic links to
// folders are not followed (they may loop).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { NOTE_EXTENSIONS, SKIPPED_DIRS } from './files';

/** True for a path (relative to the folder, with "/") that is excluded. */
export type ExcludeTest = (relativePath: string) => boolean;

/**
 * The exclusion test for a folder: `files.exclude` is VS Code's object form ({"**\/drafts": true}; entries
 * with `false` or a `when` clause are not exclusions), `awsNotes.exclude` a list of globs.
 */
export function excludeTest(filesExclude: unknown, extraGlobs: unknown): ExcludeTest {
  const globs: string[] = [];
  if (filesExclude && typeof filesExclude === 'object' && !Array.isArray(filesExclude)) {
    for (const [glob, on] of Object.entries(filesExclude as Record<string, unknown>)) if (on === true) globs.push(glob);
  }
  if (Array.isArray(extraGlobs)) for (const g of extraGlobs) if (typeof g === 'string' && g.trim()) globs.push(g.trim());
  if (globs.length === 0) return () => false;
  const tests = compile(globs);
  return (path) => tests.some((t) => t(path));
}

/** The inclusion test of `awsNotes.include`: every note when there are no globs. */
export function includeTest(globs: unknown): ExcludeTest {
  const list = Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && !!g.trim()).map((g) => g.trim()) : [];
  if (list.length === 0) return () => true;
  const tests = compile(list);
  return (path) => tests.some((t) => t(path));
}

/** A bad glob from the user's settings is skipped, not fatal. */
function compile(globs: string[]): ((path: string) => boolean)[] {
  return globs.flatMap((g) => {
    try {
      return [picomatch(g.replace(/^\.\//, ''), { dot: true })];
    } catch {
      return [];
    }
  });
}

/** Every note under `folder` (absolute paths, sorted), minus the excluded ones. */
export function scanFolder(folder: string, excluded: ExcludeTest = () => false, included: ExcludeTest = () => true): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable or gone: nothing to index there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(folder, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded(rel)) walk(path);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && NOTE_EXTENSIONS.test(entry.name) && included(rel) && !excluded(rel)) {
        out.push(path);
      }
    }
  };
  walk(folder);
  return out;
}

/** Whether a single file (e.g. from a file watcher) is a note of the folder that is not excluded. */
export function isIncluded(folder: string, path: string, excluded: ExcludeTest, included: ExcludeTest = () => true): boolean {
  const rel = relative(folder, path).split(sep).join('/');
  if (!rel || rel.startsWith('../') || rel === '..' || !NOTE_EXTENSIONS.test(rel)) return false;
  const parts = rel.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (SKIPPED_DIRS.has(parts[i]) || excluded(parts.slice(0, i + 1).join('/'))) return false;
  }
  return included(rel) && !excluded(rel);
}
