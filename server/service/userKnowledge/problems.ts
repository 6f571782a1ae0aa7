// Problems found in a user's .aws-notes/*.yaml file, as data: offsets plus the LSP range (0-based line,
// UTF-16 character) so the server shows them on the YAML file and the CLI prints line:column.
import type { Lang } from '../knowledge/types';
import { LineIndex, type Range } from '../text/positions';

export interface UserFileProblem {
  /** the file's URI or path, as given */
  file: string;
  severity: 'error' | 'warning';
  message: string;
  start: number;
  end: number;
  range: Range;
}

/** Collects problems for one file; messages come in the learner's language. */
export class ProblemSink {
  readonly problems: UserFileProblem[] = [];
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    text: string,
    readonly lang: Lang,
  ) {
    this.lines = new LineIndex(text);
  }

  add(severity: UserFileProblem['severity'], at: readonly [number, number] | undefined, en: string, ko: string): void {
    const start = at?.[0] ?? 0;
    const end = Math.max(start, at?.[1] ?? start);
    this.problems.push({ file: this.file, severity, message: this.lang === 'ko' ? ko : en, start, end, range: this.lines.rangeOf(start, end) });
  }
  error(at: readonly [number, number] | undefined, en: string, ko: string): void {
    this.add('error', at, en, ko);
  }
  warn(at: readonly [number, number] | undefined, en: string, ko: string): void {
    this.add('warning', at, en, ko);
  }
}
