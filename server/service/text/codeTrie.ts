// A trie over UTF-16 code units kept in one open-addressing hash table of typed arrays: finding a child is
// a few array reads, with no Map per node and no one-character strings. The name matcher and the keyword
// index walk it from nearly every position of every note, so this lookup is their inner loop.
// Nodes are numbers; the root is 0. What a node holds (names, keywords) lives in the caller's arrays.

const EMPTY = -1;
/** A slot is [parent, code, child] side by side: a probe reads one cache line, not three arrays far apart. */
const STRIDE = 3;

export class CodeTrie {
  static readonly ROOT = 0;
  private nodes = 1;
  private mask = 255;
  private slots = new Int32Array(256 * STRIDE).fill(EMPTY);
  /** the root's children by code unit, read directly: the walk starts at nearly every character of a note */
  private readonly rootChildren = new Int32Array(0x10000).fill(EMPTY);

  /** How many nodes there are (ids are 0 … count - 1). */
  get count(): number {
    return this.nodes;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let h = slot(node, code, mask);
    for (;;) {
      const at = h * STRIDE;
      const p = slots[at];
      if (p === node && slots[at + 1] === code) return slots[at + 2];
      if (p === EMPTY) return -1;
      h = (h + 1) & mask;
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

  /** Every edge as parallel arrays (parent, code, child), in no particular order. */
  edges(): { parents: Int32Array; codes: Int32Array; children: Int32Array } {
    const slots = this.slots;
    const parents = new Int32Array(this.nodes - 1);
    const codes = new Int32Array(this.nodes - 1);
    const children = new Int32Array(this.nodes - 1);
    let e = 0;
    for (let at = 0; at < slots.length; at += STRIDE) {
      if (slots[at] === EMPTY) continue;
      parents[e] = slots[at];
      codes[e] = slots[at + 1];
      children[e++] = slots[at + 2];
    }
    return { parents, codes, children };
  }

  private put(node: number, code: number, id: number): void {
    let h = slot(node, code, this.mask);
    while (this.slots[h * STRIDE] !== EMPTY) h = (h + 1) & this.mask;
    const at = h * STRIDE;
    this.slots[at] = node;
    this.slots[at + 1] = code;
    this.slots[at + 2] = id;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE).fill(EMPTY);
    for (let at = 0; at < old.length; at += STRIDE) if (old[at] !== EMPTY) this.put(old[at], old[at + 1], old[at + 2]);
  }
}

function slot(node: number, code: number, mask: number): number {
  let x = Math.imul(node ^ Math.imul(code, 0x27d4eb2d), 0x9e3779b1);
  x ^= x >>> 15;
  return x & mask;
}
