// The value shapes of the check kinds (knowledge/facts/README.md), checked by hand for user facts and
// overrides so a wrong shape is reported on the YAML file instead of confusing the checker.
import type { ProblemSink } from './problems';
import type { Span } from './yamlNodes';

export const FACT_KINDS = ['limit', 'boolean', 'term', 'enumeration', 'direction', 'ordering'];

const isStrings = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '');
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What a value of `kind` must look like, in words; undefined when `value` is fine. */
export function factValueProblem(kind: string, value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'value must be a mapping';
  const v = value as Record<string, unknown>;
  switch (kind) {
    case 'limit':
      if (v.qualifier === 'range') return isNum(v.min) && isNum(v.max) && typeof v.unit === 'string' ? undefined : 'a range limit needs {qualifier: range, min, max, unit}';
      return ['max', 'min', 'default', 'exact'].includes(v.qualifier as string) && isNum(v.number) && typeof v.unit === 'string'
        ? undefined
        : 'a limit needs {qualifier: max|min|default|exact, number, unit}';
    case 'boolean':
      return typeof v.truth === 'boolean' ? undefined : 'a boolean fact needs {truth: true|false}';
    case 'term':
      return typeof v.term === 'string' && isStrings(v.wrong) ? undefined : 'a term fact needs {term, wrong: [...]}';
    case 'enumeration':
      return isStrings(v.members) ? undefined : 'an enumeration needs {members: [concept ids]}';
    case 'direction':
      return v.better === 'lower' || v.better === 'higher' ? undefined : 'a direction fact needs {better: lower|higher}';
    case 'ordering':
      return isStrings(v.sequence) ? undefined : 'an ordering needs {sequence: [concept ids], metric, trend}';
    default:
      return undefined; // an unknown kind is reported on `kind` itself
  }
}

export function checkFactValue(kind: string, value: unknown, sink: ProblemSink, at: Span | undefined): boolean {
  const problem = factValueProblem(kind, value);
  if (problem) sink.error(at, problem, `value 모양이 맞지 않습니다: ${problem}`);
  return !problem;
}
