// A trie over UTF-16 code units kept in one open-addressing hash table of typed arrays: finding a child is
// a few array reads, with no Map per node and no one-character strings. The name matcher and the keyword
// index walk it from nearly every position of every note, so this lookup is their inner loop.
// Nodes are numbers; the root is 0. What a node holds (names, keywords) lives in the caller's arrays.

const EMPTY = -1;

export class CodeTrie {
  static readonly ROOT = 0;
  private nodes = 1;
  private mask = 255;
  private parents = new Int32Array(256).fill(EMPTY);
  private codes = new Int32Array(256);
  private children = new Int32Array(256);
  /** the root's children by code unit, read directly: the walk starts at nearly every character of a note */
  private readonly rootChildren = new Int32Array(0x10000).fill(EMPTY);

  /** How many nodes there are (ids are 0 … count - 1). */
  get count(): number {
    return this.nodes;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const parents = this.parents;
    let h = slot(node, code, this.mask);
    for (;;) {
      const p = parents[h];
      if (p === node && this.codes[h] === code) return this.children[h];
      if (p === EMPTY) return -1;
      h = (h + 1) & this.mask;
    }
  }

  /** The child of the root along code unit `code` (-1 for none, and for a code that is not a unit). */
  rootChild(code: number): number {
    return code >= 0 && code < 0x10000 ? this.rootChildren[code] : this.child(CodeTrie.ROOT, code);
  }

  /** The child of `node` along `code`, created when missing. */
  add(node: number, code: number): number {
    const found = this.child(node, code);
    if (found >= 0) return found;
    // keep the table at most half full, so a miss ends after a probe or two
    if (this.nodes * 2 > this.mask) this.grow();
    const id = this.nodes++;
    this.put(node, code, id);
    if (node === CodeTrie.ROOT && code >= 0 && code < 0x10000) this.rootChildren[code] = id;
    return id;
  }

  private put(node: number, code: number, id: number): void {
    let h = slot(node, code, this.mask);
    while (this.parents[h] !== EMPTY) h = (h + 1) & this.mask;
    this.parents[h] = node;
    this.codes[h] = code;
    this.children[h] = id;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.parents = new Int32Array(size).fill(EMPTY);
    this.codes = new Int32Array(size);
    this.children = new Int32Array(size);
    for (let i = 0; i < parents.length; i++) if (parents[i] !== EMPTY) this.put(parents[i], codes[i], children[i]);
  }
}

function slot(node: number, code: number, mask: number): number {
  let x = Math.imul(node ^ Math.imul(code, 0x27d4eb2d), 0x9e3779b1);
  x ^= x >>> 15;
  return x & mask;
}
