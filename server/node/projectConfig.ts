// The project's own configuration and knowledge: `.aws-notes/*.yaml` in a notes folder (or a parent of it).
// `config.yaml` holds settings with the same keys as the editor's `awsNotes.*` settings; every file may add
// aliases, concepts and facts, override or switch off a fact (docs/user-knowledge.md). The CLI and the
// server both load it through here, so CI and the editor agree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { KnowledgeBase, LanguageService, Lang } from '../service';
import { mergeSettings, DEFAULT_SETTINGS, type ServiceSettings } from '../service/settings';
import { detectLanguage } from '../service/text/scripts';
import {
  mergeUserKnowledge,
  readUserKnowledgeFile,
  settingsFromUserFile,
  type MergedKnowledge,
  type UserFileProblem,
  type UserKnowledgeFile,
} from '../service/userKnowledge';

export const CONFIG_DIR = '.aws-notes';
export const CONFIG_FILE = 'config.yaml';
const YAML_FILE = /\.ya?ml$/i;

export interface ProjectConfig {
  /** the folder that holds .aws-notes (globs are relative to it); undefined when none was found */
  root?: string;
  /** every YAML file read, with its text (problems are reported against it) */
  files: { path: string; text: string; parsed: UserKnowledgeFile }[];
  settings: Partial<ServiceSettings>;
  include?: string[];
  exclude?: string[];
  /** problems in the files, `file` being the path */
  problems: UserFileProblem[];
}

/** The nearest folder at or above `startDir` that has a .aws-notes folder. */
export function findProjectRoot(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    if (isDir(join(dir, CONFIG_DIR))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Load the project configuration that applies to `startDir` (a folder or a file): the nearest
 * .aws-notes/ at or above it. `configFile` (the CLI's --config) names the file to use instead; its sibling
 * YAML files are read too when it lies in a .aws-notes folder. Never throws: unreadable or invalid files
 * become problems.
 */
export function loadProjectConfig(startDir: string, options: { configFile?: string; lang?: Lang } = {}): ProjectConfig {
  let root: string | undefined;
  let paths: string[] = [];
  let configPath: string | undefined;
  const problems: UserFileProblem[] = [];
  if (options.configFile) {
    configPath = resolve(options.configFile);
    const dir = dirname(configPath);
    root = basename(dir) === CONFIG_DIR ? dirname(dir) : dir;
    paths = basename(dir) === CONFIG_DIR ? yamlFilesIn(dir) : [];
    if (!paths.includes(configPath)) paths.unshift(configPath);
  } else {
    const start = isDir(startDir) ? startDir : dirname(startDir);
    root = findProjectRoot(start);
    if (root) {
      paths = yamlFilesIn(join(root, CONFIG_DIR));
      configPath = join(root, CONFIG_DIR, CONFIG_FILE);
    }
  }
  const out: ProjectConfig = { root, files: [], settings: {}, problems };
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      problems.push({ file: path, severity: 'error', message: `cannot read (${(e as NodeJS.ErrnoException).code ?? e})`, start: 0, end: 0, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
      continue;
    }
    const lang = options.lang ?? detectLanguage(text);
    const parsed = readUserKnowledgeFile(path, text, lang);
    out.files.push({ path, text, parsed });
    problems.push(...parsed.problems);
    const project = settingsFromUserFile(parsed, text, lang, path === configPath);
    problems.push(...project.problems);
    out.settings = mergePartial(out.settings, project.settings);
    if (project.include) out.include = project.include;
    if (project.exclude) out.exclude = project.exclude;
  }
  return out;
}

/** The bundled knowledge with the project's own merged in (problems of cross-references included). */
export function projectKnowledge(base: KnowledgeBase, config: ProjectConfig, lang: Lang = 'en'): MergedKnowledge {
  return mergeUserKnowledge(
    base,
    config.files.map((f) => f.parsed),
    new Map(config.files.map((f) => [f.path, f.text])),
    lang,
  );
}

/**
 * The one-line hook for CLI commands: apply the project configuration found for `startPath` (or
 * `--config`) to the service and report each problem as `file:line:col: severity: message` through
 * `report`. Returns the config (for include/exclude) and whether any problem was an error.
 */
export function applyProjectConfig(service: LanguageService, startPath: string, configFile: string | undefined, report: (line: string) => void): { config: ProjectConfig; errors: number } {
  // a long-lived service (tests, a watch mode) may be configured again: always start from what it had first
  let original = originals.get(service);
  if (!original) originals.set(service, (original = { knowledge: service.knowledge, settings: service.settings() }));
  const config = loadProjectConfig(startPath, { configFile });
  const merged = projectKnowledge(original.knowledge, config);
  service.setKnowledge(config.files.length ? merged.knowledge : original.knowledge);
  service.replaceSettings(mergeSettings(original.settings, config.settings));
  const problems = [...config.problems, ...merged.problems.filter((p) => !config.problems.includes(p))];
  for (const p of problems) report(`${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message}\n`);
  if (configFile && !existsSync(configFile)) report(`${configFile}: no such configuration file\n`);
  return { config, errors: problems.filter((p) => p.severity === 'error').length + (configFile && !existsSync(configFile) ? 1 : 0) };
}

const originals = new WeakMap<LanguageService, { knowledge: KnowledgeBase; settings: ServiceSettings }>();

/** Whether a note (absolute path) is selected by the project's include/exclude globs. */
export function noteSelector(config: ProjectConfig): (path: string) => boolean {
  if (!config.root || (!config.include?.length && !config.exclude?.length)) return () => true;
  const compile = (globs: string[] | undefined) =>
    (globs ?? []).flatMap((g) => {
      try {
        return [picomatch(g.replace(/^\.\//, ''), { dot: true })];
      } catch {
        return []; // a broken glob selects nothing rather than stopping the run
      }
    });
  const include = compile(config.include);
  const exclude = compile(config.exclude);
  const root = config.root;
  return (path) => {
    const rel = relative(root, resolve(path)).split(sep).join('/');
    if (rel.startsWith('../')) return true; // outside the project: not ours to filter
    return (include.length === 0 || include.some((t) => t(rel))) && !exclude.some((t) => t(rel));
  };
}

function mergePartial(a: Partial<ServiceSettings>, b: Partial<ServiceSettings>): Partial<ServiceSettings> {
  const merged = mergeSettings(mergeSettings(DEFAULT_SETTINGS, a), b);
  const out: Partial<ServiceSettings> = { ...a, ...b };
  if (a.factCheck || b.factCheck) out.factCheck = merged.factCheck;
  return out;
}

function yamlFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => YAML_FILE.test(n))
      .sort()
      .map((n) => join(dir, n))
      .filter((p) => statSync(p).isFile());
  } catch {
    return [];
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
