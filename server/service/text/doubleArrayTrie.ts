// A read-only copy of a CodeTrie as a double array: the child of state s along symbol a is t = base[s] + a
// when check[t] === s. Two array reads per step instead of a hash probe, and a text character that no key
// holds has symbol 0, so a walk stops on it without any lookup. Built once when the trie is complete (the
// keyword index and the name matcher never change after they are set up).
// States are not the trie's node ids: `node(state)` maps back, `byState` re-indexes what callers keep per node.
import type { CodeTrie } from './codeTrie';

const FREE = -1;

export class DoubleArrayTrie {
  static readonly ROOT = 0;
  /** symbols of code units, 0 for a unit on no edge */
  private readonly unitSymbols = new Int32Array(0x10000);
  /** symbols of codes beyond the units (a key's astral character, a caller's special edge) */
  private readonly wideSymbols = new Map<number, number>();
  private base: Int32Array;
  private check: Int32Array;
  private readonly nodes: Int32Array;

  private constructor(trie: CodeTrie) {
    const { parents, codes, children } = trie.edges();
    const alphabet = this.assignSymbols(codes);
    // children of each node, contiguous (first[node] … first[node + 1])
    const count = trie.count;
    const first = new Int32Array(count + 1);
    for (let e = 0; e < parents.length; e++) first[parents[e] + 1]++;
    for (let n = 0; n < count; n++) first[n + 1] += first[n];
    const fill = first.slice(0, count);
    const kidNode = new Int32Array(parents.length);
    const kidSymbol = new Int32Array(parents.length);
    for (let e = 0; e < parents.length; e++) {
      const at = fill[parents[e]]++;
      kidNode[at] = children[e];
      kidSymbol[at] = codes[e];
    }

    let size = count + alphabet + 1;
    this.base = new Int32Array(size);
    this.check = new Int32Array(size).fill(FREE);
    this.nodes = new Int32Array(count);
    const stateOf = new Int32Array(count);
    const slots = new FreeSlots(size);
    this.check[0] = -2; // the root's slot: taken, by no parent
    slots.take(0);
    const queue = new Int32Array(count);
    let tail = 1; // queue[0] is the root
    for (let head = 0; head < tail; head++) {
      const node = queue[head];
      const state = stateOf[node];
      this.nodes[state] = node;
      const from = first[node];
      const to = first[node + 1];
      if (from === to) continue;
      let least = kidSymbol[from];
      for (let k = from + 1; k < to; k++) if (kidSymbol[k] < least) least = kidSymbol[k];
      // first fit: the lowest base whose child slots are all free
      let base = 0;
      for (let p = slots.next(least); ; p = slots.next(p + 1)) {
        base = p - least;
        if (base + alphabet >= size) {
          size = Math.max(size * 2, base + alphabet + 1);
          this.grow(size);
          slots.grow(size);
        }
        let fits = true;
        for (let k = from; k < to && fits; k++) fits = this.check[base + kidSymbol[k]] === FREE;
        if (fits) break;
      }
      this.base[state] = base;
      for (let k = from; k < to; k++) {
        const t = base + kidSymbol[k];
        this.check[t] = state;
        slots.take(t);
        stateOf[kidNode[k]] = t;
        queue[tail++] = kidNode[k];
      }
    }
  }

  static from(trie: CodeTrie): DoubleArrayTrie {
    return new DoubleArrayTrie(trie);
  }

  /** How many states there can be (ids are 0 … size - 1, some unused). */
  get size(): number {
    return this.check.length;
  }

  /** The symbol of an edge code, 0 when no edge carries it. */
  symbol(code: number): number {
    return code >= 0 && code < 0x10000 ? this.unitSymbols[code] : (this.wideSymbols.get(code) ?? 0);
  }

  /** The child of `state` along `symbol`, or -1 (also for symbol 0). */
  child(state: number, symbol: number): number {
    const t = this.base[state] + symbol;
    return this.check[t] === state ? t : -1;
  }

  /** The trie node a state stands for. */
  node(state: number): number {
    return this.nodes[state];
  }

  /** What a caller keeps per trie node, re-indexed by state. */
  byState<T>(byNode: readonly (T | undefined)[]): (T | undefined)[] {
    const out: (T | undefined)[] = new Array(this.size).fill(undefined);
    for (let s = 0; s < this.size; s++) if (this.check[s] !== FREE) out[s] = byNode[this.nodes[s]];
    return out;
  }

  /** Gives each edge code a symbol 1 … n (in order of appearance), turns `codes` into symbols in place and returns n. */
  private assignSymbols(codes: Int32Array): number {
    let n = 0;
    for (let e = 0; e < codes.length; e++) {
      const code = codes[e];
      let symbol = this.symbol(code);
      if (symbol === 0) {
        symbol = ++n;
        if (code >= 0 && code < 0x10000) this.unitSymbols[code] = symbol;
        else this.wideSymbols.set(code, symbol);
      }
      codes[e] = symbol;
    }
    return n;
  }

  private grow(size: number): void {
    const base = new Int32Array(size);
    base.set(this.base);
    const check = new Int32Array(size).fill(FREE);
    check.set(this.check);
    this.base = base;
    this.check = check;
  }
}

/** The free slots of the double array: the first free one at or after any position, in near-constant time. */
class FreeSlots {
  /** for a taken slot, a slot at or before the next free one (path-halved as it is followed) */
  private after: Int32Array;

  constructor(size: number) {
    this.after = identity(size);
  }

  /** The first free slot at or after `p` (beyond the current size every slot is free). */
  next(p: number): number {
    const after = this.after;
    while (p < after.length && after[p] !== p) {
      const q = after[p];
      if (q < after.length) after[p] = after[q];
      p = q;
    }
    return p;
  }

  take(p: number): void {
    this.after[p] = p + 1;
  }

  grow(size: number): void {
    const after = identity(size);
    after.set(this.after);
    this.after = after;
  }
}

function identity(size: number): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) out[i] = i;
  return out;
}
