// Small readers over `yaml` document nodes that check a shape by hand and report where it is wrong.
// (No JSON-Schema validator at run time: that would generate code; the schema in schemas/ is for editors.)
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ProblemSink } from './problems';

export type Span = readonly [number, number];

export const spanOf = (node: unknown): Span | undefined => {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
};

/** The entries of a mapping node (key text, key node, value node), or undefined with a problem. */
export function mapEntries(node: unknown, sink: ProblemSink, what: string): { key: string; keyNode: Node; value: unknown; pair: Pair }[] | undefined {
  if (!isMap(node)) {
    sink.error(spanOf(node), `${what} must be a mapping (key: value)`, `${what}은(는) 키: 값 형태의 매핑이어야 합니다`);
    return undefined;
  }
  const out = [];
  for (const pair of node.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (key === undefined) {
      sink.error(spanOf(keyNode), `keys in ${what} must be plain words`, `${what}의 키는 단순한 단어여야 합니다`);
      continue;
    }
    out.push({ key, keyNode, value: pair.value, pair });
  }
  return out;
}

export function readString(node: unknown, sink: ProblemSink, what: string, required = true): string | undefined {
  if (node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined))) {
    if (required) sink.error(spanOf(node), `${what} is missing`, `${what}이(가) 없습니다`);
    return undefined;
  }
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') return String(node.value).trim();
  sink.error(spanOf(node), `${what} must be a non-empty text`, `${what}은(는) 비어 있지 않은 문자열이어야 합니다`);
  return undefined;
}

/** A string or a list of strings (each reported where it is wrong); undefined when absent. */
export function readStrings(node: unknown, sink: ProblemSink, what: string): { text: string; span?: Span }[] | undefined {
  if (node === null || node === undefined) return undefined;
  const items = isSeq(node) ? node.items : [node];
  const out: { text: string; span?: Span }[] = [];
  for (const item of items) {
    const text = readString(item, sink, what);
    if (text !== undefined) out.push({ text, span: spanOf(item) });
  }
  return out;
}

/** The node as a plain JS value (for fact values, whose shape the kinds check). */
export function plain(node: unknown): unknown {
  return node && typeof (node as { toJSON?: () => unknown }).toJSON === 'function' ? (node as { toJSON: () => unknown }).toJSON() : isScalar(node) ? node.value : node;
}

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
