// Command-line parsing for `aws-notes`: a command, flags, and paths.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  flags: Map<string, string | true>;
  paths: string[];
}

/** Flags that take a value; every other flag is a switch. */
const VALUE_FLAGS = new Set(['--format', '--cache', '--config', '--language']);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('missing command');
  const flags = new Map<string, string | true>();
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
        if (value === undefined) throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else {
        flags.set(name, true);
      }
    } else {
      paths.push(arg);
    }
  }
  return { command, flags, paths };
}

export function formatFlag(args: ParsedArgs, allowed: string[], fallback: string): string {
  const value = args.flags.get('--format');
  const format = typeof value === 'string' ? value : fallback;
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
  return format;
}
