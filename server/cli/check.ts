// `aws-notes check [--format text|json|sarif] [--fix] [--[no-]contradictions] <files or folders>`: the editor's findings for CI.
// Exit 0 when clean, 1 when a warning or worse is found (after --fix, among what is left), 2 on usage or
// input errors. JSON extends the `mentions` contract: {"version":1,"files":[{"path","diagnostics":[…]}]}.
import { applyProjectConfig, noteSelector } from '../node/projectConfig';
import { encodeNote, writeIfChanged } from '../node/atomicWrite';
import type { Finding, LanguageService, NoteAnalysis } from '../service';
import { applyEdits, preferredEdits } from '../service/checks/fixes';
import { formatFlag, type ParsedArgs } from './args';
import { displayPath } from './output';
import { cliService, collectNotePaths, configFlag, readNoteOrReport, type CliIo } from './run';
import { checkNotes } from '../node/workspaceCheck';
import { statSync } from 'node:fs';

/**
 * Contradictions between notes need the notes together: on by default when a folder is checked (the issue's
 * "the CLI reports them too when given a folder"), `--contradictions` asks for them between files given one
 * by one, `--no-contradictions` turns them off.
 */
function wantsContradictions(args: ParsedArgs): boolean {
  if (args.flags.has('--no-contradictions')) return false;
  if (args.flags.has('--contradictions')) return true;
  return args.paths.some((p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}

interface Checked {
  path: string;
  /** offsets → positions; the checked notes are not kept as text (see checkNotes) */
  lines: Pick<NoteAnalysis['lines'], 'rangeOf' | 'positionAt'>;
  findings: Finding[];
  fixed: boolean;
}

const FAILING = new Set(['error', 'warning']);
/** How often --fix re-checks and fixes again: a fix never creates another, so one round normally does. */
const FIX_ROUNDS = 3;

export async function checkCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = formatFlag(args, ['text', 'json', 'sarif'], 'text');
  const fix = args.flags.has('--fix');
  const { paths: found, problems } = collectNotePaths(args, io);
  const svc = cliService();
  const project = applyProjectConfig(svc, args.paths[0], configFlag(args), io.stderr);
  const select = noteSelector(project.config);
  const paths = found.filter((p) => args.paths.includes(p) || select(p));
  // --fix first (it needs each note's text); the findings come after, from what is on disk then
  const fixedPaths = new Set<string>();
  for (const path of fix ? paths : []) {
    const note = readNoteOrReport(path, io, problems);
    if (!note) continue;
    let text = note.text;
    for (let round = 0; round < FIX_ROUNDS; round++) {
      const edits = preferredEdits(svc.findings({ uri: path, text }));
      if (!edits.length) break;
      text = applyEdits(text, edits);
    }
    if (text === note.text) continue;
    try {
      if (writeIfChanged(path, encodeNote({ text, bom: note.bom }))) fixedPaths.add(path);
    } catch (e) {
      problems.push({ path: displayPath(path), message: `${path}: cannot write the fixed note (${(e as NodeJS.ErrnoException).code ?? e})` });
      io.stderr(`aws-notes: ${path}: cannot write the fixed note (${(e as NodeJS.ErrnoException).code ?? e})\n`);
    }
  }
  // the findings: every note summarised once (worker threads, the --cache folder), own findings plus
  // contradictions between the notes checked together (workspace index, issue 4)
  const cacheDir = args.flags.get('--cache');
  const checked: Checked[] = [];
  for (const c of await checkNotes(paths, { service: svc, cacheDir: typeof cacheDir === 'string' ? cacheDir : undefined, contradictions: wantsContradictions(args) })) {
    if (c.error) {
      // unreadable notes were already reported by the --fix pass
      if (!fix) {
        problems.push({ path: displayPath(c.path), message: c.error });
        io.stderr(`aws-notes: ${c.error}\n`);
      }
      continue;
    }
    checked.push({ path: c.path, lines: { rangeOf: c.rangeOf, positionAt: (offset) => c.rangeOf(offset, offset).start }, findings: c.findings, fixed: fixedPaths.has(c.path) });
  }

  if (format === 'json') io.stdout(JSON.stringify({ version: 1, files: checked.map(fileJson), ...(problems.length ? { errors: problems } : {}) }) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarif(checked, svc), null, 2) + '\n');
  else io.stdout(textReport(checked));

  if (problems.length || project.errors) return 2;
  return checked.some((c) => c.findings.some((f) => FAILING.has(f.severity))) ? 1 : 0;
}

function fileJson(c: Checked) {
  const lines = c.lines;
  return {
    path: displayPath(c.path),
    diagnostics: c.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: lines.rangeOf(f.start, f.end),
      fixes: f.fixes.map((x) => ({ title: x.title, ...(x.preferred ? { preferred: true } : {}), edits: x.edits.map((e) => ({ range: lines.rangeOf(e.start, e.end), newText: e.newText })) })),
    })),
  };
}

function textReport(checked: Checked[]): string {
  const out: string[] = [];
  let count = 0;
  let fixedFiles = 0;
  for (const c of checked) {
    if (c.fixed) fixedFiles++;
    for (const f of c.findings) {
      const p = c.lines.positionAt(f.start);
      const fixable = f.fixes.some((x) => x.preferred) ? ' [fixable]' : '';
      out.push(`${displayPath(c.path)}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code}: ${f.message}${fixable}`);
      if (f.source) out.push(`    ${f.source.url}`);
      count++;
    }
  }
  const files = checked.length;
  out.push(`${count} finding${count === 1 ? '' : 's'} in ${files} note${files === 1 ? '' : 's'}${fixedFiles ? `; fixed ${fixedFiles} note${fixedFiles === 1 ? '' : 's'}` : ''}`);
  return out.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, one rule per fact id, 1-based lines and UTF-16 columns. */
function sarif(checked: Checked[], svc: LanguageService) {
  const ruleIds = [...new Set(checked.flatMap((c) => c.findings.map((f) => f.code)))].sort();
  const rules = ruleIds.map((id) => {
    const fact = svc.knowledge.fact(id);
    const url = fact?.source?.url ?? checked.flatMap((c) => c.findings).find((f) => f.code === id)?.source?.url;
    return {
      id,
      shortDescription: { text: fact?.explain?.en ?? id },
      ...(fact?.explain?.ko ? { fullDescription: { text: fact.explain.ko } } : {}),
      ...(url ? { helpUri: url } : {}),
    };
  });
  const region = (lines: Checked['lines'], start: number, end: number) => {
    const r = lines.rangeOf(start, end);
    return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
  };
  const results = checked.flatMap((c) =>
    c.findings.map((f) => {
      const uri = toUri(displayPath(c.path));
      return {
        ruleId: f.code,
        ruleIndex: ruleIds.indexOf(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(c.lines, f.start, f.end) } }],
        ...(f.fixes.some((x) => x.edits.length)
          ? {
              fixes: f.fixes
                .filter((x) => x.edits.length)
                .map((x) => ({
                  description: { text: x.title },
                  artifactChanges: [{ artifactLocation: { uri }, replacements: x.edits.map((e) => ({ deletedRegion: region(c.lines, e.start, e.end), insertedContent: { text: e.newText } })) }],
                })),
            }
          : {}),
      };
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aws-notes', informationUri: 'https://docs.aws.amazon.com/', semanticVersion: '0.1.0', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A relative path as a SARIF artifact URI (forward slashes, percent-encoded). */
function toUri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((s) => encodeURIComponent(s))
    .join('/');
}
