// Finds many keywords (fact attribute words, requires/excludes words, wrong terms) in one pass over a note.
// Matching ignores case, spaces and hyphens ("제한시간" = "제한 시간", "Multi-AZ" = "multi az"); English
// keywords must stand at word boundaries; a one-syllable Korean keyword must end its word (a particle
// may follow), so "만" in "VPC만" matches but not in "만들다".
import { isAsciiWordChar, isHangul } from '../text/scripts';

export interface KeywordHit<T> {
  start: number;
  end: number;
  keyword: string;
  values: T[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries?: { keyword: string; values: T[] }[];
}

const squeezable = (c: string) => c === ' ' || c === '\t' || c === '-' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2010' || c === '\u2011';

export function squeezeKey(keyword: string): string {
  let out = '';
  for (const c of keyword) if (!squeezable(c)) out += c.toLowerCase();
  return out;
}

export class KeywordIndex<T> {
  private readonly root: Node<T> = { next: new Map() };
  private size = 0;

  add(keyword: string, value: T): void {
    const key = squeezeKey(keyword);
    if (!key) return;
    let node = this.root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.entries ??= [];
    let entry = node.entries.find((e) => e.keyword === keyword);
    if (!entry) node.entries.push((entry = { keyword, values: [] }));
    if (!entry.values.includes(value)) entry.values.push(value);
    this.size++;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** Every occurrence in view[start, end) (overlaps allowed: "상태 저장" inside "비상태저장" is found too). */
  find(view: string, start: number, end: number): KeywordHit<T>[] {
    // the squeezed text and where each of its characters came from
    const chars: string[] = [];
    const origin: number[] = [];
    for (let i = start; i < end; i++) {
      const c = view[i];
      if (squeezable(c)) continue;
      chars.push(c.toLowerCase());
      origin.push(i);
    }
    const hits: KeywordHit<T>[] = [];
    for (let s = 0; s < chars.length; s++) {
      let node: Node<T> | undefined = this.root;
      for (let j = s; j < chars.length && node; j++) {
        node = node.next.get(chars[j]);
        if (node?.entries) {
          const from = origin[s];
          const to = origin[j] + 1;
          for (const e of node.entries) if (boundaryOk(view, from, to, e.keyword)) hits.push({ start: from, end: to, keyword: e.keyword, values: e.values });
        }
      }
    }
    return hits;
  }
}

function boundaryOk(view: string, start: number, end: number, keyword: string): boolean {
  const first = keyword.charCodeAt(0);
  const last = keyword.charCodeAt(keyword.length - 1);
  if (isAsciiWordChar(first) && isAsciiWordChar(view.charCodeAt(start - 1))) return false;
  if (isAsciiWordChar(last) && isAsciiWordChar(view.charCodeAt(end))) {
    // English plurals and verb forms: "replicas", "supports", "encrypted"
    const tail = /^[a-z]+/i.exec(view.slice(end, end + 3))?.[0] ?? '';
    if (!/^(s|es|ed|d|ing)$/i.test(tail) || !/[a-z]/i.test(keyword[keyword.length - 1])) return false;
  }
  if (keyword.length === 1 && isHangul(first) && isHangul(view.charCodeAt(end))) {
    if (!SHORT_PARTICLES.some((p) => view.startsWith(p, end))) return false;
  }
  return true;
}

/** Particles that may follow a one-syllable keyword ("키를", "VPC만이"); "들" is left out so "만들다" stays quiet. */
const SHORT_PARTICLES = ['은', '는', '이', '가', '을', '를', '에', '의', '도', '으로', '로', '과', '와', '만', '까지', '뿐', '임', '입니다'];
