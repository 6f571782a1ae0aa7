import { collectNotes, readNote, NoteReadError, type NoteText } from '../node/files';
import { createNodeService } from '../node/createService';
import { applyProjectConfig, noteSelector } from '../node/projectConfig';
import { parseArgs, formatFlag, UsageError, type ParsedArgs } from './args';
import { displayPath, mentionsJson, mentionsText } from './output';
import { checkCommand } from './check';
import type { LanguageService } from '../service';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A CLI command: returns the exit code. */
export type Command = (args: ParsedArgs, io: CliIo) => Promise<number> | number;

/** Set by the build (scripts/build.mjs) from package.json. */
declare const AWS_NOTES_VERSION: string;

export const USAGE = `Usage:
  aws-notes mentions [--format json|text] [--config <file>] <files or folders>
  aws-notes concepts [--format json|text]
  aws-notes check [--format text|json|sarif] [--fix] [--[no-]contradictions] [--cache <dir>] [--config <file>] <files or folders>
  aws-notes --version | --help

Settings and your own knowledge come from the nearest .aws-notes/ folder at or above the first path
(or --config <file>); see docs/user-knowledge.md.

Exit codes: 0 clean, 1 findings of warning or worse, 2 usage or input error (a missing path, a folder
without notes, an unreadable, binary or non-UTF-8 file, an invalid .aws-notes file; the other notes
are still processed).
`;

const commands = new Map<string, Command>([
  ['mentions', mentionsCommand],
  ['concepts', conceptsCommand],
  ['check', (args, io) => checkCommand(args, io)],
]);

/** Other modules (the fact checker's `check`) add their commands here. */
export function registerCommand(name: string, command: Command): void {
  commands.set(name, command);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === '--version' || argv[0] === '-v') {
      io.stdout(`aws-notes ${AWS_NOTES_VERSION}\n`);
      return 0;
    }
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.stdout(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    const args = parseArgs(argv);
    const command = commands.get(args.command);
    if (!command) throw new UsageError(`unknown command '${args.command}'`);
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`aws-notes: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof NoteReadError) {
      io.stderr(`aws-notes: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * Resolve paths to note files. A missing path or a folder without notes gets one line on stderr and the
 * others are still processed; `problems` counts such lines (the command then exits 2).
 */
export function collectNotePaths(args: ParsedArgs, io: CliIo): { paths: string[]; problems: InputProblem[] } {
  if (args.paths.length === 0) throw new UsageError('no files or folders given');
  const paths: string[] = [];
  const problems: InputProblem[] = [];
  for (const p of args.paths) {
    try {
      const notes = collectNotes(p);
      if (notes.length === 0) throw new NoteReadError(`${p}: no Markdown notes (*.md) found`);
      paths.push(...notes);
    } catch (e) {
      if (!(e instanceof NoteReadError)) throw e;
      problems.push(reportProblem(io, p, e));
    }
  }
  return { paths, problems };
}

/** An input the CLI could not use: said once on stderr, and listed in JSON output. */
export interface InputProblem {
  path: string;
  message: string;
}

function reportProblem(io: CliIo, path: string, e: NoteReadError): InputProblem {
  io.stderr(`aws-notes: ${e.message}\n`);
  return { path: displayPath(path), message: e.message };
}

/** Read one note, or say on stderr why it cannot be read (binary, not UTF-8, unreadable) and return undefined. */
export function readNoteOrReport(path: string, io: CliIo, problems: InputProblem[]): NoteText | undefined {
  try {
    return readNote(path);
  } catch (e) {
    if (!(e instanceof NoteReadError)) throw e;
    problems.push(reportProblem(io, path, e));
    return undefined;
  }
}

/** Resolve paths to note files; a missing path or a folder without notes is an input error. */
export function notePaths(args: ParsedArgs): string[] {
  if (args.paths.length === 0) throw new UsageError('no files or folders given');
  const out: string[] = [];
  for (const p of args.paths) {
    const notes = collectNotes(p);
    if (notes.length === 0) throw new NoteReadError(`${p}: no Markdown notes (*.md) found`);
    out.push(...notes);
  }
  return out;
}

/** `--config <file>`: the project configuration to use instead of the nearest .aws-notes/config.yaml */
export function configFlag(args: ParsedArgs): string | undefined {
  const value = args.flags.get('--config');
  return typeof value === 'string' ? value : undefined;
}

let service: LanguageService | undefined;
export const cliService = () => (service ??= createNodeService());

async function mentionsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatFlag(args, ['json', 'text'], 'text');
  const { paths: found, problems } = collectNotePaths(args, io);
  const svc = cliService();
  const project = applyProjectConfig(svc, args.paths[0], configFlag(args), io.stderr);
  const select = noteSelector(project.config);
  const paths = found.filter((p) => args.paths.includes(p) || select(p));
  const files = [];
  const lines: string[] = [];
  for (const path of paths) {
    const note = readNoteOrReport(path, io, problems);
    if (!note) continue;
    const text = note.text;
    const analysis = svc.analyze({ uri: path, text });
    const shown = displayPath(path);
    if (analysis.tooLarge) io.stderr(`aws-notes: ${shown}: skipped, larger than maxNoteSizeKB (${svc.settings().maxNoteSizeKB} KB)\n`);
    if (format === 'json') files.push({ path: shown, mentions: mentionsJson(analysis) });
    else lines.push(...mentionsText(shown, analysis, svc));
  }
  // JSON stays one valid document whatever the input: problems are listed in it as well as on stderr
  io.stdout(format === 'json' ? JSON.stringify({ version: 1, files, ...(problems.length ? { errors: problems } : {}) }) + '\n' : lines.join('\n') + (lines.length ? '\n' : ''));
  return problems.length || project.errors ? 2 : 0;
}

function conceptsCommand(args: ParsedArgs, io: CliIo): number {
  const format = formatFlag(args, ['json', 'text'], 'json');
  const kb = cliService().knowledge;
  if (format === 'json') {
    const concepts = kb.concepts.map((c) => ({ id: c.id, category: c.category, names: { en: [...c.names.en, ...(c.names.abbr ?? [])], ko: c.names.ko } }));
    io.stdout(JSON.stringify({ version: 1, concepts }) + '\n');
  } else {
    io.stdout(kb.concepts.map((c) => `${c.id}\t${c.category}\t${c.names.en[0]}\t${c.names.ko[0] ?? ''}`).join('\n') + '\n');
  }
  return 0;
}
