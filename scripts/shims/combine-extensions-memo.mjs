// micromark combines its syntax extensions (CommonMark's constructs plus GFM's and front matter's) afresh on
// every parse call: a third of the cost of parsing a small chunk, and notes are parsed in many small chunks.
// The bundles replace the function micromark's parser calls with this memo, keyed by the identity of each
// extension object (the same objects on every call of a configured processor). micromark only reads the
// combined tables, never writes them.
import { combineExtensions as combine } from 'micromark-util-combine-extensions';

const root = new WeakMap();
// the key of a combined table in the memo; its text also shows that a bundle carries this shim (test/repo/bundles.test.ts)
const RESULT = { shim: 'aws-notes: micromark combineExtensions memo' };

export function combineExtensions(extensions) {
  let node = root;
  for (const extension of extensions) {
    if (typeof extension !== 'object' || extension === null) return combine(extensions);
    let next = node.get(extension);
    if (!next) node.set(extension, (next = new WeakMap()));
    node = next;
  }
  let combined = node.get(RESULT);
  if (!combined) node.set(RESULT, (combined = combine(extensions)));
  return combined;
}
