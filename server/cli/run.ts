import { collectNotes, readNote, NoteReadError } from '../node/files';
import { createNodeService } from '../node/createService';
import { parseArgs, formatFlag, UsageError, type ParsedArgs } from './args';
import { displayPath, mentionsJson, mentionsText } from './output';
import type { LanguageService } from '../service';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A CLI command: returns the exit code. */
export type Command = (args: ParsedArgs, io: CliIo) => Promise<number> | number;

export const USAGE = `Usage:
  aws-notes mentions [--format json|text] <files or folders>
  aws-notes concepts [--format json|text]
  aws-notes check [--format text|json|sarif] [--fix] [--cache <dir>] <files or folders>

Exit codes: 0 clean, 1 findings of warning or worse, 2 usage or input error.
`;

const commands = new Map<string, Command>([
  ['mentions', mentionsCommand],
  ['concepts', conceptsCommand],
]);

/** Other modules (the fact checker's `check`) add their commands here. */
export function registerCommand(name: string, command: Command): void {
  commands.set(name, command);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
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

let service: LanguageService | undefined;
export const cliService = () => (service ??= createNodeService());

async function mentionsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatFlag(args, ['json', 'text'], 'text');
  const paths = notePaths(args);
  const svc = cliService();
  const files = [];
  const lines: string[] = [];
  for (const path of paths) {
    const { text } = readNote(path);
    const analysis = svc.analyze({ uri: path, text });
    const shown = displayPath(path);
    if (format === 'json') files.push({ path: shown, mentions: mentionsJson(analysis) });
    else lines.push(...mentionsText(shown, analysis, svc));
  }
  io.stdout(format === 'json' ? JSON.stringify({ version: 1, files }) + '\n' : lines.join('\n') + (lines.length ? '\n' : ''));
  return 0;
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
