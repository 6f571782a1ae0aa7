// Finds concept names in prose: case-insensitive English names at word boundaries, exact-case
// abbreviations, Korean names with particles attached, spacing and hyphen variants, leftmost-longest.
import type { ConceptName } from '../knowledge/types';
import { MASK } from '../parse/model';
import { isAsciiWordChar, isHangul, isNameSeparator } from '../text/scripts';
import { startsWithParticle } from './particles';
import { RecentMemo } from './recentMemo';
import { lowerCode } from '../text/lowerCase';
import { CodeTrie } from '../text/codeTrie';
import { DoubleArrayTrie } from '../text/doubleArrayTrie';

/** A name found in a prose string (offsets relative to that string). */
export interface NameMatch {
  name: ConceptName;
  start: number;
  end: number;
}

const SEP = ' ';
/** The trie edge of SEP: beyond every code point, so no other character of a key or a text can take it. */
const SEP_CODE = 0x110000;

/** Normalise a name to its trie key: lower case, each run of separators one SEP. */
function keyOf(text: string): string {
  let out = '';
  let sep = false;
  for (const ch of text.trim()) {
    if (isNameSeparator(ch.charCodeAt(0))) sep = true;
    else {
      if (sep && out) out += SEP;
      sep = false;
      out += ch.toLowerCase();
    }
  }
  return out;
}

const lettersOf = (text: string) => [...text].filter((ch) => !isNameSeparator(ch.charCodeAt(0)) && ch !== '\n' && ch !== '\r').join('');

export class NameMatcher {
  /** names by lower-cased code unit, walked as a double array (a name's astral character never matches a unit) */
  private readonly trie: DoubleArrayTrie;
  /** the names whose key ends at a state */
  private readonly names: (ConceptName[] | undefined)[];
  /** 1 for a state with a separator edge: few have one, and this spares looking it up at every step */
  private readonly separated: Uint8Array;
  private readonly separator: number;
  /** by code unit: the symbol of the edge it follows (a space: the separator edge), stored + 1, 0 = not yet known */
  private readonly unitSymbols = new Int32Array(0x10000);

  constructor(names: readonly ConceptName[]) {
    const built = new CodeTrie();
    const byNode: ConceptName[][] = [];
    const separated: number[] = [];
    for (const name of names) add(built, byNode, separated, name);
    this.trie = DoubleArrayTrie.from(built);
    this.names = this.trie.byState(byNode);
    this.separator = this.trie.symbol(SEP_CODE);
    this.separated = new Uint8Array(this.trie.size);
    const separatedNodes = new Set(separated);
    for (let state = 0; state < this.trie.size; state++) if (separatedNodes.has(this.trie.node(state))) this.separated[state] = 1;
  }

  /**
   * Matches per prose string: an edit re-parses one chunk, and every other block's prose is the very
   * string the parse cache already holds, so its matches come from here instead of a new scan.
   */
  private readonly memo = new RecentMemo<string, NameMatch[]>(20_000);

  /** All leftmost-longest name matches in `text`. */
  findAll(text: string): NameMatch[] {
    let found = this.memo.get(text);
    if (!found) this.memo.set(text, (found = this.scan(text)));
    return found;
  }

  private scan(text: string): NameMatch[] {
    const out: NameMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const match = this.longestAt(text, i);
      if (match) {
        out.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The symbol of the edge text unit `code` follows: a space is the separator edge (keys hold no other separator), else the unit's lower case. */
  private edgeSymbol(code: number): number {
    let v = this.unitSymbols[code];
    if (v === 0) {
      const edge = code === 32 ? SEP_CODE : lowerCode(code);
      this.unitSymbols[code] = v = (edge < 0 ? 0 : this.trie.symbol(edge)) + 1;
    }
    return v - 1;
  }

  private longestAt(text: string, i: number): NameMatch | undefined {
    const first = text.charCodeAt(i);
    const symbol = this.edgeSymbol(first);
    if (symbol === 0) return undefined;
    const startState = this.trie.child(DoubleArrayTrie.ROOT, symbol);
    if (startState < 0 || !startsWord(text, i, first)) return undefined;
    return this.visit(text, i, startState, i + 1, undefined);
  }

  /** The longest match from `i` through `state` (text consumed up to `j`), or `best` when none is longer; depth first, separator edge first. */
  private visit(text: string, i: number, state: number, j: number, best: NameMatch | undefined): NameMatch | undefined {
    const names = this.names[state];
    if (names) {
      const end = wordEnd(text, i, j, names[0]);
      if (end !== undefined && (!best || end > best.end)) {
        const name = exactCaseName(names, text, i, j);
        if (name) best = { name, start: i, end };
      }
    }
    if (j >= text.length) return best;
    const sepChild = this.separated[state] === 1 ? this.trie.child(state, this.separator) : -1;
    if (sepChild >= 0) {
      let k = j;
      while (k < text.length && isSeparatorOrBreak(text.charCodeAt(k))) k++;
      if (k > j) {
        if (k - j <= 3) best = this.visit(text, i, sepChild, k, best);
      } else {
        best = this.visit(text, i, sepChild, j, best);
      }
    }
    // a space in the text is the separator edge too (its symbol is the separator's)
    const code = text.charCodeAt(j);
    const symbol = code === 32 ? 0 : this.edgeSymbol(code);
    const child = code === 32 ? sepChild : symbol === 0 ? -1 : this.trie.child(state, symbol);
    if (child >= 0) best = this.visit(text, i, child, j + 1, best);
    return best;
  }
}

function add(trie: CodeTrie, byNode: ConceptName[][], separated: number[], name: ConceptName): void {
  const key = keyOf(name.text);
  if (!key) return;
  let node = CodeTrie.ROOT;
  for (const ch of key) {
    if (ch === SEP) separated.push(node);
    node = trie.add(node, ch === SEP ? SEP_CODE : ch.codePointAt(0)!);
  }
  (byNode[node] ??= []).push(name);
}

const isSeparatorOrBreak = (code: number) => isNameSeparator(code) || code === 10 || code === 13;

/** The first of `names` that text[i, j) spells right: an exact-case abbreviation must match letter for letter. */
function exactCaseName(names: ConceptName[], text: string, i: number, j: number): ConceptName | undefined {
  for (const n of names) if (!n.exactCase || lettersOf(text.slice(i, j)) === lettersOf(n.text)) return n;
  return undefined;
}

function startsWord(text: string, i: number, code: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (isAsciiWordChar(code)) return !isAsciiWordChar(prev) && !inIdentifierBefore(text, i);
  if (isHangul(code)) return !isHangul(prev);
  return true;
}

/**
 * Names glued into identifiers are not mentions: "arn:aws:lambda", "aws.amazon.com/s3", "my-lambda",
 * "lambda-upload", "sts:AssumeRole", "s3.amazonaws.com". A capitalised hyphenated form ("Lambda-based",
 * "S3-compatible") is still prose.
 */
const IDENTIFIER_GLUE = new Set([':', '.', '/', '\\', '@', '=']);

function inIdentifierBefore(text: string, i: number): boolean {
  const glue = text[i - 1];
  // "arn:aws:lambda", and also "AWS::AutoScaling::LaunchConfiguration" where the glue is doubled
  if (i < 2 || !(isAsciiWordChar(text.charCodeAt(i - 2)) || (glue === ':' && text[i - 2] === ':'))) return false;
  return IDENTIFIER_GLUE.has(glue) || (glue === '-' && isLowerIdentifier(text, i));
}

function inIdentifierAfter(text: string, start: number, end: number): boolean {
  const glue = text[end];
  const next = text.charCodeAt(end + 1);
  if (!isAsciiWordChar(next)) return false;
  if (glue === ':' || glue === '/' || glue === '\\' || glue === '@' || glue === '=') return true;
  if (glue === '.') return next >= 97 && next <= 122; // "s3.amazonaws.com", not "S3.Then"
  return glue === '-' && isLowerIdentifier(text, start);
}

function isLowerIdentifier(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
  const word = text.slice(start, end);
  return word === word.toLowerCase();
}

/**
 * Where a match ending at `j` really ends, or undefined when it ends inside a word. English names take a
 * plural "s"/"es"; Hangul names take a particle ("람다는") but not an arbitrary longer word.
 */
function wordEnd(text: string, start: number, j: number, name: ConceptName): number | undefined {
  if (j >= text.length) return j;
  const last = text.charCodeAt(j - 1);
  const next = text.charCodeAt(j);
  if (text[j] === MASK) return j;
  if (isAsciiWordChar(last)) {
    if (!isAsciiWordChar(next)) return inIdentifierAfter(text, start, j) ? undefined : j;
    if (name.lang === 'en' && /[a-zA-Z]/.test(text[j - 1])) {
      for (const suffix of ['s', 'es']) {
        if (text.startsWith(suffix, j) && !isAsciiWordChar(text.charCodeAt(j + suffix.length) || 32)) return j + suffix.length;
      }
    }
    return undefined;
  }
  if (isHangul(last) && isHangul(next)) return startsWithParticle(text, j) ? j : undefined;
  return j;
}
