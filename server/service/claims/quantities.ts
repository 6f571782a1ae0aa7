// Numbers with units in Korean and English prose ("15분", "900 seconds", "10GB", "1.25Gbps", "5개",
// "하나씩", "five replicas"), ranges ("128MB ~ 10GB", "1–20 s"), and the qualifier that says which value
// the writer means (최대/최소/기본/까지/이상/미만/up to/default …), normalised to the family's canonical unit.
import type { Span } from './sentences';
import { UNIT_SPELLINGS, CANONICAL, type UnitFamily } from './units';
import { startsWithParticle } from '../mentions/particles';
import { isHangul, isAsciiWordChar } from '../text/scripts';
import { lowerCode } from '../text/lowerCase';

export type Qualifier = 'max' | 'min' | 'default' | 'exact' | 'none';
export type Comparator = '=' | '<' | '<=' | '>' | '>=';

export interface Quantity {
  /** the whole token, number and unit, as note offsets */
  start: number;
  end: number;
  text: string;
  /** the number as written (after 만/천 multipliers) */
  number: number;
  /** normalised to the family's canonical unit (s, B, bps, B/s, count, percent, iops, km, per-s) */
  value: number;
  family: UnitFamily;
  unit: string;
  /** the unit as written ('' when the number stands alone or is followed by a noun) */
  unitText: string;
  qualifier: Qualifier;
  comparator: Comparator;
  /** a range's lower end or "N부터": only a value below the true minimum is wrong */
  weak?: boolean;
  /** "약 15분", "about 5": compared loosely */
  approx?: boolean;
  /** the qualifier came from "…할 수 있다 / 가능 / can", not from a qualifier word */
  modal?: boolean;
  /** how the writer wrote it, for quick fixes */
  style: { space: boolean; grouping: boolean; native: boolean };
  /** a count followed by a concept it counts ("3개의 AZ", "3 AZs"): the number is about that concept */
  counted?: { conceptId: string; start: number; end: number };
  /** part of arithmetic ("32-5", "/24 = 256", "+2") or an ordinal position ("처음 4개", "the last one"): not a claim */
  incidental?: boolean;
  /** written as a word ("five", "하나") */
  word?: boolean;
  /** the other end of a range ("128MB ~ 10GB") */
  partner?: Quantity;
}

const NATIVE: Record<string, number> = {
  하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 넷: 4, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10,
};
const ENGLISH: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20,
};

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
// port numbers are not quantities: "80, 443 port", "포트 3306", "TCP 22"
const PORT_AFTER = /^(?:\s*(?:,|혹은|또는|or|and|\/)\s*\d+)*\s*(?:번\s*)?(?:port|포트)/i;
const PORT_BEFORE = /(?:ports?|포트|TCP|UDP|tcp|udp)\s*(?:번호|range|범위)?\s*[:=]?\s*(?:\d+\s*(?:,|혹은|또는|or|and|\/|-|~)\s*)*$/i;
const NATIVE_RE = /(하나|다섯|여섯|일곱|여덟|아홉|둘|셋|넷|한|두|세|네|열)(?:\s?(개|가지|곳|대|명|번|달)|(씩|뿐|만)(?![\uac00-\ud7a3]))/g;
const ENGLISH_RE = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b(?=\s+(?!of\b|or\b|and\b|to\b|the\b|a\b|another\b)[A-Za-z])/gi;

const BEFORE_MAX = /(최대값|최댓값|최대치|최대|최고|최장|상한|한도|가장\s*큰|maximum|max|up\s*to|at\s+most|no\s+more\s+than|limit\s+of|cap\s+of|largest|biggest|longest|highest)/gi;
const BEFORE_MIN = /(최소값|최솟값|최소한|최소|최저|최단|하한|가장\s*작은|minimum|min|at\s+least|no\s+less\s+than|no\s+fewer\s+than|smallest|shortest|lowest)/gi;
const BEFORE_DEFAULT = /(기본값|기본\s*설정|기본적으로|기본|디폴트|초기값|default|by\s+default)/gi;
const BEFORE_EXACT = /(정확히|exactly|딱)/gi;
const BEFORE_APPROX = /(약|대략|about|around|approximately|roughly|approx\.?)\s*$/i;

const NEGATION_AFTER = /(없|않|불가|못\s?하|못\s|안\s?되|안\s?돼|안\s?됨|cannot|can't|not\b)/i;
const MODAL_AFTER = /(수\s?있|가능|생성\s?할|만들|\bcan\b|\bable to\b|\ballow|\bsupports?\b)/i;

/** What reading quantities needs of the claim around them; asked for only once a number is found. */
export interface QuantityScope {
  /** spans a number may not overlap (concept mentions such as "Route 53", "S3") */
  readonly excluded: Span[];
  /** the claim's clauses: a number's qualifier is looked for in its clause */
  readonly clauses: Span[];
}

/** Quantities in view[span) that lie outside the scope's excluded spans. */
export function findQuantities(view: string, span: Span, scope: QuantityScope): Quantity[] {
  const out: Quantity[] = [];
  // (the expressions scan a sentence faster than a loop over its code units could rule it out)
  const text = view.slice(span.start, span.end);
  addNumerals(view, span, text, scope, out);
  addKoreanNumberWords(view, span, text, scope, out);
  addEnglishNumberWords(view, span, text, scope, out);
  // most sentences hold no number at all
  if (!out.length) return out;
  markRates(view, span, out);
  out.sort((a, b) => a.start - b.start);
  markRanges(view, out);
  markIncidental(view, span, out);
  for (const q of out) qualify(view, q, out, scope.clauses, span);
  return out;
}

const overlapsAny = (spans: Span[], s: number, e: number) => spans.some((x) => s < x.end && e > x.start);

/** Numbers written in digits ("15분", "1,000", "1.25Gbps", "3만"). */
function addNumerals(view: string, span: Span, text: string, scope: QuantityScope, out: Quantity[]): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const q = numeral(view, span, m, scope);
    if (q) out.push(q);
  }
}

/** The quantity a numeral starts, unless the digits are part of something else. */
function numeral(view: string, span: Span, m: RegExpExecArray, scope: QuantityScope): Quantity | undefined {
  const rel = m.index;
  const s = span.start + rel;
  let e = s + m[0].length;
  if (!standsAlone(view, span, s, e)) return undefined;
  const prev = view[s - 1] ?? ' ';
  const next = view[e] ?? ' ';
  // list numbering "(1)", "1." / "1)" at the start of a sentence
  if (prev === '(' && next === ')') return undefined;
  if (rel === 0 && (next === '.' || next === ')') && !/\d/.test(view[e + 1] ?? '')) return undefined;
  if (overlapsAny(scope.excluded, s, e)) return undefined;
  const decimal = m[2] !== undefined;
  let number = parseFloat(m[1].replace(/,/g, '') + (m[2] ?? ''));
  const grouping = m[1].includes(',');
  // Korean multipliers: 1만, 3천
  const mc = view[e];
  if ((mc === '만' || mc === '천' || mc === '억') && (!isHangul(view.charCodeAt(e + 1)) || startsWithParticle(view, e + 1) || readUnit(view, e + 1))) {
    number *= mc === '만' ? 10_000 : mc === '천' ? 1_000 : 100_000_000;
    e += 1;
  }
  const unit = readUnit(view, e);
  if (!unit) {
    const after = view.charCodeAt(e);
    if (isHangul(after) && !startsWithParticle(view, e)) return undefined; // "7계층", "4번째"
    if (isAsciiWordChar(after)) return undefined; // "3tier"
    if (decimal) return undefined; // versions and ratios without a unit: "TLS 1.3", "1.25배"
  }
  if (Number.isInteger(number) && number >= 1990 && number <= 2100 && (!unit || unit.text === '년')) return undefined; // years
  const space = unit ? unit.start > e : false;
  const family: UnitFamily = unit?.def.family ?? 'count';
  const factor = unit?.def.factor ?? 1;
  return {
    start: s,
    end: unit ? unit.end : e,
    text: view.slice(s, unit ? unit.end : e),
    number,
    value: number * factor,
    family,
    unit: CANONICAL[family],
    unitText: unit ? view.slice(unit.start, unit.end) : '',
    qualifier: 'none',
    comparator: '=',
    style: { space, grouping, native: false },
  };
}

/** Whether the digits at view[s, e) are a number of their own: not in an identifier, an address, a time of day, a ratio or a port. */
function standsAlone(view: string, span: Span, s: number, e: number): boolean {
  const prevCode = view.charCodeAt(s - 1);
  if (isAsciiWordChar(prevCode) || isHangul(prevCode) || NOTATION_BEFORE.has(prevCode)) return false;
  // identifiers: us-east-1, gp-2, ap-northeast-2a
  if (prevCode === 45 /* - */ && /[A-Za-z0-9]/.test(view[s - 2] ?? '')) return false;
  const next = view[e] ?? ' ';
  if (next === '^' || next === '*' || next === 'x' && /\d/.test(view[e + 1] ?? '')) return false; // 2^bit, 2x3
  if (PORT_AFTER.test(view.slice(e, e + 12)) || PORT_BEFORE.test(view.slice(Math.max(span.start, s - 14), s))) return false;
  if ((next === '.' || next === ':' || next === '/') && /\d/.test(view[e + 1] ?? '')) return false; // 10.0.0.0, 17:47, 8/2
  if (next === '-' && /[A-Za-z\d]/.test(view[e + 1] ?? '')) {
    if (!/^-\d/.test(view.slice(e, e + 2))) return false; // 3-tier
  }
  if (/^\s*:\s*\d/.test(view.slice(e, e + 4))) return false; // 8 : 2
  if (/\d\s*:\s*$/.test(view.slice(Math.max(0, s - 4), s))) return false;
  return true;
}

/** Characters that make the digits after them part of a notation: . / # $ ^ : _ @ \ */
const NOTATION_BEFORE = new Set([...'./#$^:_@\\'].map((c) => c.charCodeAt(0)));

const STANDALONE_NATIVE = ['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];

/** Korean number words: with a classifier ("두 개", "세 가지", "한 달") or standing alone ("하나씩", "둘뿐"). */
function addKoreanNumberWords(view: string, span: Span, text: string, scope: QuantityScope, out: Quantity[]): void {
  NATIVE_RE.lastIndex = 0;
  for (let m = NATIVE_RE.exec(text); m; m = NATIVE_RE.exec(text)) {
    const s = span.start + m.index;
    if (isHangul(view.charCodeAt(s - 1))) continue;
    const word = m[1];
    const number = NATIVE[word];
    if (number === undefined) continue;
    const classifier = m[2];
    if (!classifier && !STANDALONE_NATIVE.includes(word)) continue;
    let e = s + word.length;
    let unitText = '';
    let family: UnitFamily = 'count';
    let factor = 1;
    let space = false;
    if (classifier) {
      e = s + m[0].length;
      unitText = classifier;
      space = /\s/.test(m[0]);
      if (classifier === '달') {
        family = 'time';
        factor = 2592000;
      }
    }
    if (overlapsAny(scope.excluded, s, e)) continue;
    out.push(numberWord(view, s, e, number, family, factor, unitText, space));
  }
}

/** English number words before a noun or a unit ("five replicas", "two minutes"). */
function addEnglishNumberWords(view: string, span: Span, text: string, scope: QuantityScope, out: Quantity[]): void {
  ENGLISH_RE.lastIndex = 0;
  for (let m = ENGLISH_RE.exec(text); m; m = ENGLISH_RE.exec(text)) {
    const s = span.start + m.index;
    const word = m[1];
    const number = ENGLISH[word.toLowerCase()];
    if (number === undefined) continue;
    let e = s + word.length;
    let unitText = '';
    let family: UnitFamily = 'count';
    let factor = 1;
    let space = false;
    const unit = readUnit(view, e);
    if (unit) {
      e = unit.end;
      unitText = view.slice(unit.start, unit.end);
      family = unit.def.family;
      factor = unit.def.factor;
      space = true;
    }
    if (overlapsAny(scope.excluded, s, e)) continue;
    out.push(numberWord(view, s, e, number, family, factor, unitText, space));
  }
}

function numberWord(view: string, s: number, e: number, number: number, family: UnitFamily, factor: number, unitText: string, space: boolean): Quantity {
  return {
    start: s,
    end: e,
    text: view.slice(s, e),
    number,
    value: number * factor,
    family,
    unit: CANONICAL[family],
    unitText,
    qualifier: 'none',
    comparator: '=',
    style: { space, grouping: false, native: true },
    word: true,
  };
}

/** "초당 3,500건" is a rate. */
function markRates(view: string, span: Span, out: Quantity[]): void {
  for (const q of out) {
    if (q.family === 'count' && /초당\s*$|per\s+second\s*$/i.test(view.slice(Math.max(span.start, q.start - 12), q.start))) {
      q.family = 'per-s';
      q.unit = CANONICAL['per-s'];
    }
  }
}

/** Arithmetic ("32-5", "/24 = 256", "+2"), ordinal positions ("처음 4개", "the last one") and numbered things ("Level 3"). */
function markIncidental(view: string, span: Span, out: Quantity[]): void {
  for (const q of out) {
    if (q.qualifier !== 'none') continue; // a range end
    const before = view.slice(Math.max(span.start, q.start - 14), q.start);
    const after = view.slice(q.end, Math.min(span.end, q.end + 6));
    if (/[+\-=×*\/]\s*$/.test(before) && !/^\s*[-*+]\s*$/.test(view.slice(lineStartOf(view, q.start), q.start))) q.incidental = true;
    if (/^\s*[+\-=×*\/](?!\s*\d+\s*(?:~|-))/.test(after)) q.incidental = true;
    if (/(처음|마지막|첫|앞|뒤|총|합계|모두\s*합쳐|first|last|next|previous|the\s+other|total(?:\s+of)?|in\s+total|altogether)\s*(?:의)?\s*$/i.test(before) || /^\s*(번째|th\b|st\b|nd\b|rd\b)/i.test(after)) q.incidental = true;
    if (/(level|tier|step|part|phase|option|chapter|section|lab|lesson|module|version|gen|generation|type|layer|raid|network|question|day|week|no\.|number|레벨|단계|파트|챕터|섹션|예제|문제|버전|세대|계층|옵션|방법|유형|타입|레이어|규칙\s*번호)\s*$/i.test(before) && !q.unitText) q.incidental = true;
  }
}

function readUnit(view: string, at: number): { start: number; end: number; text: string; def: (typeof UNIT_SPELLINGS)[number]['def'] } | undefined {
  let start = at;
  if (view[start] === ' ' && view[start + 1] !== ' ') start++;
  const candidates = start < view.length ? UNITS_BY_FIRST.get(lowerCode(view.charCodeAt(start))) : undefined;
  if (!candidates) return undefined;
  for (const u of candidates) {
    if (u.cased ? !view.startsWith(u.text, start) : !spelledAt(view, start, u.lower)) continue;
    const end = start + u.text.length;
    const lastCode = u.text.charCodeAt(u.text.length - 1);
    if (isAsciiWordChar(lastCode) && isAsciiWordChar(view.charCodeAt(end))) continue;
    if (isHangul(lastCode) && isHangul(view.charCodeAt(end)) && !startsWithParticle(view, end)) continue;
    // a lone letter unit touches the number ("15s", "12h") or stands alone after it ("20 s", not "5 s3")
    if (u.text.length === 1 && /[a-z]/i.test(u.text) && start !== at && !/^[\s.,;:)\]]?$/.test(view.slice(end, end + 1))) continue;
    // "3 B" is rarely bytes; "5 b" never
    if (u.text.toLowerCase() === 'b' && (start !== at || view[start] !== 'B')) continue;
    return { start, end, text: view.slice(start, end), def: u.def };
  }
  return undefined;
}

/** The unit spellings by the lower case of their first character, each list longest first like UNIT_SPELLINGS. */
const UNITS_BY_FIRST = new Map<number, ((typeof UNIT_SPELLINGS)[number] & { lower: string })[]>();
for (const u of UNIT_SPELLINGS) {
  const lower = u.text.toLowerCase();
  const first = lowerCode(u.text.charCodeAt(0));
  let list = UNITS_BY_FIRST.get(first);
  if (!list) UNITS_BY_FIRST.set(first, (list = []));
  list.push({ ...u, lower });
}

/**
 * Whether view[at …] lower-cased is `lower` (a unit spelling: ASCII or Hangul, so comparing unit by unit is
 * the same as lower-casing the slice), without slicing.
 */
function spelledAt(view: string, at: number, lower: string): boolean {
  if (at + lower.length > view.length) return false;
  for (let k = 0; k < lower.length; k++) if (lowerCode(view.charCodeAt(at + k)) !== lower.charCodeAt(k)) return false;
  return true;
}

/** Pairs "A ~ B", "A–B", "A to B", "A에서 B": the first is the lower end and inherits the second's unit. */
function markRanges(view: string, qs: Quantity[]): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    const between = view.slice(a.end, b.start);
    if (!/^\s*(~|〜|-|–|—|to|에서|부터|and)\s*$/i.test(between)) continue;
    if (a.number >= b.number && !(b.unitText && a.unitText && a.value < b.value)) continue; // "32-5" is arithmetic
    if (/^\s*and\s*$/i.test(between) && !/between\s+$/i.test(view.slice(Math.max(0, a.start - 10), a.start))) continue;
    if (!a.unitText && b.unitText) {
      const factor = b.value / b.number;
      a.family = b.family;
      a.unit = b.unit;
      a.value = a.number * factor;
    }
    if (a.family !== b.family) continue;
    a.qualifier = 'min';
    a.comparator = '>=';
    a.weak = true;
    a.partner = b;
    b.partner = a;
    b.qualifier = 'max';
    b.comparator = '<=';
    i++;
  }
}

function lastMatch(re: RegExp, text: string): { index: number; text: string } | undefined {
  re.lastIndex = 0;
  let found: { index: number; text: string } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "최대한"/"최소한으로" (as much as possible) is not a qualifier of a number, unless directly before it
    found = { index: m.index, text: m[0] };
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

function qualify(view: string, q: Quantity, all: Quantity[], clauses: Span[], sentence: Span): void {
  const clause = clauses.find((c) => q.start >= c.start && q.start < c.end) ?? sentence;
  qualifyByWordsBefore(view, q, all, clause);
  qualifyByWordsAfter(view, q, clause);
}

/** 최대/최소/기본/약 … before the number, within its clause. */
function qualifyByWordsBefore(view: string, q: Quantity, all: Quantity[], clause: Span): void {
  // look back within the clause, but not past another number ("The default visibility timeout of SQS is …")
  let from = Math.max(clause.start, q.start - 60);
  let afterNumber = false;
  for (const o of all) {
    if (o !== q && o.end <= q.start && o.end > from) {
      from = o.end;
      afterNumber = true;
    }
  }
  // a qualifier right after the previous number is that number's ("4 days by default and 30 days at most")
  const raw = view.slice(from, q.start);
  const before = !afterNumber
    ? raw
    : raw.replace(/^\s*\)?\s*(?:by\s+default|default|maximum|max|at\s+most|or\s+(?:less|more|fewer)|까지|이하|이상|미만|초과|부터|이내)(?![a-z])/i, (m) => ' '.repeat(m.length));
  if (BEFORE_APPROX.test(before) || /~\s*$/.test(before)) q.approx = true;
  if (q.qualifier === 'none') {
    const candidates: [Qualifier, { index: number; text: string } | undefined][] = [
      ['max', lastMatch(BEFORE_MAX, before)],
      ['min', lastMatch(BEFORE_MIN, before)],
      ['default', lastMatch(BEFORE_DEFAULT, before)],
      ['exact', lastMatch(BEFORE_EXACT, before)],
    ];
    let best: [Qualifier, number] | undefined;
    for (const [qual, m] of candidates) {
      if (!m) continue;
      // English word boundaries
      const at = from + m.index;
      if (/^[a-z]/i.test(m.text) && isAsciiWordChar(view.charCodeAt(at - 1))) continue;
      if (/[a-z]$/i.test(m.text) && isAsciiWordChar(view.charCodeAt(at + m.text.length))) continue;
      if (/^(최대한|최소한)$/.test(m.text) && /^\s*(으로|빨리|짧|길|많|적|줄|늘)/.test(view.slice(at + m.text.length, at + m.text.length + 4))) continue;
      if (!best || m.index > best[1]) best = [qual, m.index];
    }
    if (best) {
      q.qualifier = best[0];
      q.comparator = best[0] === 'max' ? '<=' : best[0] === 'min' ? '>=' : '=';
    }
  }
}

/** 까지/이하/이내/미만/이상/초과/부터, or less/or more, "by default", "… 수 있다" after the number. */
function qualifyByWordsAfter(view: string, q: Quantity, clause: Span): void {
  const after = view.slice(q.end, Math.min(clause.end, q.end + 24));
  if (q.qualifier === 'none' && /^\s*(?:[a-z]+\s+){0,3}?(?:by\s+default|\(?default\)?(?![a-z]))|^\s*(?:이\s*)?(?:기본(?:값)?(?:으로|이다|입니다|임)|디폴트)/i.test(view.slice(q.end, Math.min(clause.end, q.end + 40)))) {
    q.qualifier = 'default';
    q.comparator = '=';
  }
  const m = /^\s*(?:은|는|이|가|을|를|의)?\s*(까지|이하|이내|미만|이상|초과|부터|or\s+less|or\s+fewer|or\s+more|or\s+above|and\s+above|max(?:imum)?\b|at\s+most)/i.exec(after);
  if (m) {
    const word = m[1].toLowerCase().replace(/\s+/g, ' ');
    let qual: Qualifier;
    let cmp: Comparator;
    if (word === '미만') [qual, cmp] = ['max', '<'];
    else if (word === '이상' || word === 'or more' || word === 'or above' || word === 'and above') [qual, cmp] = ['min', '>='];
    else if (word === '초과') [qual, cmp] = ['min', '>'];
    else if (word === '부터') [qual, cmp] = ['min', '>='];
    else [qual, cmp] = ['max', '<='];
    // "80개 이상의 가용 영역" / "1TB 미만의 디스크" describe a set; "최소 3개", "15분 미만이다" state a limit
    const adnominal = /^\s*의/.test(after.slice(m[0].length));
    const describing = qual === 'min' || adnominal;
    // "15분 이상 돌 수 없다": a negated minimum is a maximum
    if (qual === 'min' && NEGATION_AFTER.test(view.slice(q.end + m[0].length, clause.end))) [qual, cmp] = ['max', cmp === '>' ? '<=' : '<'];
    if (q.qualifier === 'none') {
      q.qualifier = qual;
      q.comparator = cmp;
      if (describing) q.weak = true;
    } else if (q.qualifier === qual) {
      q.comparator = cmp;
    }
  }
  if (q.qualifier === 'none' && MODAL_AFTER.test(view.slice(q.end, clause.end))) {
    q.qualifier = 'max';
    q.comparator = '<=';
    q.modal = true;
  }
}

function lineStartOf(view: string, at: number): number {
  return view.lastIndexOf('\n', at - 1) + 1;
}
