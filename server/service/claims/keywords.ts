// Finds many keywords (fact attribute words, requires/excludes words, wrong terms) in one pass over a note.
// Matching ignores case, spaces and hyphens ("제한시간" = "제한 시간", "Multi-AZ" = "multi az"); English
// keywords must stand at word boundaries; a one-syllable Korean keyword must end its word (a particle
// may follow), so "만" in "VPC만" matches but not in "만들다".
import { isAsciiWordChar, isHangul } from '../text/scripts';
import { lowerCode } from '../text/lowerCase';
import { CodeTrie } from '../text/codeTrie';
import { DoubleArrayTrie } from '../text/doubleArrayTrie';

export interface KeywordHit<T> {
  start: number;
  end: number;
  keyword: string;
  values: T[];
}

interface Entry<T> {
  keyword: string;
  values: T[];
}

/** Spaces, line breaks and hyphens: a keyword matches with or without them. */
function squeezableCode(code: number): boolean {
  return code === 32 || code === 9 || code === 45 || code === 10 || code === 13 || code === 0xa0 || code === 0x2010 || code === 0x2011;
}

export function squeezeKey(keyword: string): string {
  let out = '';
  for (const c of keyword) if (!squeezableCode(c.charCodeAt(0))) out += c.toLowerCase();
  return out;
}

/** Marks a squeezed-out character in the symbol buffer. */
const SQUEEZED = -2;
/** The trie symbols of the block being searched, reused from block to block. */
let symbols = new Int32Array(4096);

/** The index as `find` walks it, built on the first search after the last `add`. */
interface Frozen<T> {
  trie: DoubleArrayTrie;
  /** the keywords whose key ends at a state */
  entries: (Entry<T>[] | undefined)[];
  /** by the state a key's first character leads to: 1 when no keyword there may follow an English word character */
  wordStart: Uint8Array;
  /** by code unit: its symbol as a key character (of its lower case), SQUEEZED, or 0; stored + 3, 0 = not yet known */
  unitSymbols: Int32Array;
}

export class KeywordIndex<T> {
  /** keys by lower-cased code unit (a key's astral character is one code point: it never matches a unit) */
  private readonly trie = new CodeTrie();
  /** the keywords whose key ends at a node, by node id */
  private readonly entries: (Entry<T>[] | undefined)[] = [];
  /**
   * By a key's first node: 1 when every keyword starting there starts with an English word character, so none
   * can match right after one ("aws" in "laws"), 2 when some keyword may.
   */
  private readonly wordStart: number[] = [];
  private frozen: Frozen<T> | undefined;
  private size = 0;

  add(keyword: string, value: T): void {
    const key = squeezeKey(keyword);
    if (!key) return;
    this.frozen = undefined;
    let node = CodeTrie.ROOT;
    let firstNode = -1;
    for (const c of key) {
      node = this.trie.add(node, c.codePointAt(0)!);
      if (firstNode < 0) firstNode = node;
    }
    if (this.wordStart[firstNode] !== 2) this.wordStart[firstNode] = isAsciiWordChar(keyword.charCodeAt(0)) ? 1 : 2;
    const entries = (this.entries[node] ??= []);
    let entry = entries.find((e) => e.keyword === keyword);
    if (!entry) entries.push((entry = { keyword, values: [] }));
    if (!entry.values.includes(value)) entry.values.push(value);
    this.size++;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  private freeze(): Frozen<T> {
    const trie = DoubleArrayTrie.from(this.trie);
    const wordStart = new Uint8Array(trie.size);
    trie.byState(this.wordStart).forEach((v, state) => (wordStart[state] = v ?? 0));
    return { trie, entries: trie.byState(this.entries), wordStart, unitSymbols: new Int32Array(0x10000) };
  }

  /** Every occurrence in view[start, end) (overlaps allowed: "상태 저장" inside "비상태저장" is found too). */
  find(view: string, start: number, end: number): KeywordHit<T>[] {
    const frozen = (this.frozen ??= this.freeze());
    const length = end - start;
    const buffer = symbolsOf(frozen, view, start, length);
    const hits: KeywordHit<T>[] = [];
    for (let s = 0; s < length; s++) if (buffer[s] > 0) walkFrom(frozen, view, start, s, length, buffer, hits);
    return hits;
  }
}

/**
 * The text's symbols in the shared buffer: squeezed-out characters marked so a walk skips them, 0 where no
 * key can go on.
 */
function symbolsOf<T>(frozen: Frozen<T>, view: string, start: number, length: number): Int32Array {
  if (symbols.length < length) symbols = new Int32Array(Math.max(length, symbols.length * 2));
  const buffer = symbols;
  const unitSymbols = frozen.unitSymbols;
  for (let i = 0; i < length; i++) {
    const code = view.charCodeAt(start + i);
    let v = unitSymbols[code];
    if (v === 0) unitSymbols[code] = v = unitSymbol(frozen.trie, code) + 3;
    buffer[i] = v - 3;
  }
  return buffer;
}

/** The hits of the keywords starting at buffer[s] (a key character), appended to `hits`. */
function walkFrom<T>(frozen: Frozen<T>, view: string, start: number, s: number, length: number, buffer: Int32Array, hits: KeywordHit<T>[]): void {
  const { trie, entries } = frozen;
  let state = trie.child(DoubleArrayTrie.ROOT, buffer[s]);
  if (state < 0) return;
  // boundaryOk would turn down every hit from here
  if (frozen.wordStart[state] === 1 && isAsciiWordChar(codeAt(view, start + s - 1))) return;
  for (let j = s; ; ) {
    const found = entries[state];
    if (found) addHits(view, start + s, start + j + 1, found, hits);
    do j++;
    while (j < length && buffer[j] === SQUEEZED);
    if (j >= length || buffer[j] <= 0) return;
    state = trie.child(state, buffer[j]);
    if (state < 0) return;
  }
}

function addHits<T>(view: string, from: number, to: number, found: Entry<T>[], hits: KeywordHit<T>[]): void {
  for (const e of found) if (boundaryOk(view, from, to, e.keyword)) hits.push({ start: from, end: to, keyword: e.keyword, values: e.values });
}

/** The code unit at `i`, or -1 off either end of the view (a read past the end would make V8 re-optimize the caller). */
function codeAt(view: string, i: number): number {
  return i >= 0 && i < view.length ? view.charCodeAt(i) : -1;
}

/** A code unit as the walk reads it: SQUEEZED, or the symbol of its lower case (0 when no key holds it). */
function unitSymbol(trie: DoubleArrayTrie, code: number): number {
  if (squeezableCode(code)) return SQUEEZED;
  const lower = lowerCode(code);
  return lower < 0 ? 0 : trie.symbol(lower);
}

function boundaryOk(view: string, start: number, end: number, keyword: string): boolean {
  const first = keyword.charCodeAt(0);
  const last = keyword.charCodeAt(keyword.length - 1);
  if (isAsciiWordChar(first) && isAsciiWordChar(codeAt(view, start - 1))) return false;
  if (isAsciiWordChar(last) && isAsciiWordChar(codeAt(view, end))) {
    // English plurals and verb forms: "replicas", "supports", "encrypted"
    if (!inflectionAt(view, end) || !isAsciiLetter(last)) return false;
  }
  if (keyword.length === 1 && isHangul(first) && isHangul(codeAt(view, end))) {
    if (!SHORT_PARTICLES.some((p) => view.startsWith(p, end))) return false;
  }
  return true;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The (up to three) letters at view[end …] are an English ending: s, es, ed, d or ing, in any letter case. */
function inflectionAt(view: string, end: number): boolean {
  let n = 0;
  while (n < 3 && isAsciiLetter(codeAt(view, end + n))) n++;
  const a = codeAt(view, end) | 0x20;
  const b = codeAt(view, end + 1) | 0x20;
  const c = codeAt(view, end + 2) | 0x20;
  if (n === 1) return a === 115 /* s */ || a === 100 /* d */;
  if (n === 2) return a === 101 /* e */ && (b === 115 || b === 100);
  return n === 3 && a === 105 /* i */ && b === 110 /* n */ && c === 103 /* g */;
}

/** Particles that may follow a one-syllable keyword ("키를", "VPC만이"); "들" is left out so "만들다" stays quiet. */
const SHORT_PARTICLES = ['은', '는', '이', '가', '을', '를', '에', '의', '도', '으로', '로', '과', '와', '만', '까지', '뿐', '임', '입니다'];
