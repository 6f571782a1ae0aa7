// Numeric limits and defaults: a number in the claim, tied to a fact group by its attribute words and its
// subject, compared with the group's maximum / minimum / default / exact value for the qualifier the
// writer used. "기본 12시간" against default 30 s and max 12 h is wrong; "최대 12시간" is right; a number
// without a qualifier is only wrong outside the group's range (or outdated when it is an old value).
import type { Quantity } from '../../claims';
import { clauseAt, distanceWithin, formatLike, describeValue, sameValue, inOwnText, subjectsAt } from '../../claims';
import type { Lang } from '../../knowledge/types';
import type { Fix } from '../../findings';
import type { IndexedFact, LimitValue } from '../factIndex';
import { conceptName } from '../factIndex';
import { formatDate, josa, pick, quote } from '../text';
import { attributeSpans, conditionsHold, factsForAnchor, type KindCheck, type KindContext, type Verdict } from './types';

/** Attribute words further than this from the number do not bind it. */
const MAX_ATTRIBUTE_DISTANCE = 240;
/** A qualified number ("기본 30초") may sit further from its attribute word, within its own sentence. */
const QUALIFIED_DISTANCE = 160;

const GAP_BEFORE = /^[\s:=(~*\-–]*(?:(?:은|는|이|가|의|도|을|를|으로|로|에|에서|of|is|are|was|were|to|at|around|about|약|대략|최대|최소|기본|기본값|기본값은|최대값|max(?:imum)?|min(?:imum)?|default|up\s+to|limit|quota|size|크기|값|한도|제한)[\s:=(~*\-–]*){0,3}$/i;
const GAP_AFTER = /^\s*(?:의|개의|of|짜리|의\s*최대)?\s*$/i;

/** The number is stated right at the attribute word: "보존 기간은 14일", "timeout: 15 min", "15개의 읽기 복제본". */
function tightlyBound(ctx: KindContext, q: Quantity, h: { start: number; end: number }): boolean {
  const claim = ctx.claim;
  if (claim.kind === 'tableRow') {
    const cell = claim.parts.find((p) => p.role === 'cell' && q.start >= p.start && q.end <= p.end);
    const head = claim.parts.find((p) => p.role === 'header' && h.start >= p.start && h.end <= p.end);
    // a header names the column and the cell holds just the number
    if (cell && head && head.column === cell.column) return ctx.view.slice(cell.start, cell.end).trim().length <= q.text.length + 8;
    if (cell && !(h.start >= cell.start && h.end <= cell.end)) return false;
  }
  if (clauseAt(claim, q.start) !== clauseAt(claim, h.start)) return false;
  // the subject may stand between the attribute and the number: "읽기 전용 복제본을 RDS는 5개"
  if (h.end <= q.start) return GAP_BEFORE.test(withoutMentions(ctx, h.end, q.start));
  if (h.start >= q.end) return GAP_AFTER.test(ctx.view.slice(q.end, h.start)) && endsPhrase(ctx, h);
  return false;
}

/** "1 Reserved Account": the attribute word must end the counted phrase, not modify another noun. */
function endsPhrase(ctx: KindContext, h: { start: number; end: number }): boolean {
  const word = ctx.view.slice(h.start, h.end);
  if (!/[A-Za-z]$/.test(word)) return true;
  const next = /^\s+([A-Za-z]+)/.exec(ctx.view.slice(h.end, h.end + 20));
  return !next || /^(per|for|in|of|on|at|by|to|and|or|with|is|are|can|each|which|that|max|maximum|limit|default|total|only|allowed|supported)$/i.test(next[1]);
}

/**
 * An `excludes` word silences the fact for this number when it stands in the number's clause, or in a
 * clause of the sentence that has no number of its own ("최대 객체 5TB, 단일 PUT은 5GB": "PUT" belongs to 5GB).
 */
function excludedNear(ctx: KindContext, f: IndexedFact, q: Quantity): boolean {
  const claim = ctx.claim;
  if (claim.kind === 'tableRow') return false; // conditionsHold looks at the cell, its header and the row's first cell
  const mine = clauseAt(claim, q.start);
  return ctx.matches.get(f)!.excludes.some((x) => {
    if (!inOwnText(claim, x)) return !!claim.lookback && x.start >= claim.lookback.start && x.end <= claim.lookback.end;
    const clause = clauseAt(claim, x.start);
    if (clause.start === mine.start) return true;
    return !claim.quantities.some((o) => o !== q && o.family === q.family && o.start >= clause.start && o.end <= clause.end);
  });
}

/** The facts about the closest subject of the number (mentions before it, then the inherited context). */
function tiedFacts(ctx: KindContext, q: Quantity, candidates: IndexedFact[]): { facts: IndexedFact[]; via?: string; subject: string } | undefined {
  const options = { passive: attributeSpans(ctx), beforeOnly: true, kb: ctx.kb };
  for (const s of subjectsAt(ctx.claim, q, options)) {
    const facts = candidates.filter((f) => f.subjects.has(s.conceptId));
    if (facts.length) return { facts, via: s.via, subject: s.conceptId };
  }
  return undefined;
}

/** A list item that is nothing but a short statement ("- 5 read replicas per source DB"). */
function shortBullet(ctx: KindContext): boolean {
  const block = ctx.analysis.parsed.blocks[ctx.claim.parts[0].block];
  return block.listItem !== undefined && ctx.claim.kind === 'sentence' && ctx.view.slice(block.start, block.end).trim().length <= 50;
}

/** In a table, an attribute word counts in the number's own cell, its column header, or the row's first cell. */
function placedForTable(ctx: KindContext, q: Quantity, h: { start: number; end: number }): boolean {
  const claim = ctx.claim;
  if (claim.kind !== 'tableRow') return true;
  const cell = claim.parts.find((p) => p.role === 'cell' && q.start >= p.start && q.end <= p.end);
  const at = claim.parts.find((p) => h.start >= p.start && h.end <= p.end);
  if (!cell || !at) return false;
  return at === cell || at.column === 0 || (at.role === 'header' && at.column === cell.column);
}

/**
 * Another number of the same family and qualifier sits closer to this attribute word: the word belongs to
 * that one ("최대 5개의 보조 리전, 최대 16개의 복제본"). Numbers with other qualifiers share it ("min 15
 * minutes, max 1 hour"), and so do the two ends of a range.
 */
function closerToAnother(ctx: KindContext, q: Quantity, h: { start: number; end: number }): boolean {
  const d = (x: { start: number; end: number }) => (x.end <= h.start ? h.start - x.end : x.start >= h.end ? x.start - h.end : 0);
  const mine = d(q);
  return ctx.claim.quantities.some(
    (o) => o !== q && o !== q.partner && o.family === q.family && o.qualifier === q.qualifier && d(o) < mine && inOwnText(ctx.claim, o) && clauseAt(ctx.claim, o.start) === clauseAt(ctx.claim, h.start),
  );
}

const SCENARIO = /(필요|요구|원한다|원함|원하는|하려고|하려면|예정|need|needs|needed|require|requires|required|want|wants|plan|planning|expect|expects|must\s+(?:store|process|handle|support))/i;

/** "15개의 EC2 인스턴스가 필요" is a scenario (an exam question), not a statement about AWS. */
function scenario(ctx: KindContext, q: Quantity): boolean {
  const part = ctx.claim.parts.find((p) => q.start >= p.start && q.end <= p.end) ?? ctx.claim;
  return SCENARIO.test(ctx.view.slice(part.start, part.end));
}

/** "[Lambda 최대 15분](url)" is a link title, not a claim. */
export function inLinkText(text: string, span: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(lineStart, span.start);
  const open = before.lastIndexOf('[');
  if (open < 0 || before.indexOf(']', open) >= 0) return false;
  const close = text.indexOf(']', span.end);
  const nl = text.indexOf('\n', span.end);
  return close >= 0 && (nl < 0 || close < nl) && text[close + 1] === '(';
}

/**
 * "Connect Attachment당 최대 4개" / "4 per attachment": the denominator is not what is counted. Korean puts it
 * before 당/마다/별, English after "per" ("retention per shard" still measures retention).
 */
function denominator(ctx: KindContext, h: { start: number; end: number; keyword?: string }): boolean {
  const word = ctx.view.slice(h.start, h.end);
  if (/(당|per|마다|별)$/i.test(word)) return false;
  return /^\s*(당|마다|별(?![\uac00-\ud7a3]))/.test(ctx.view.slice(h.end, h.end + 4)) || /\b(per|each)\s+$/i.test(ctx.view.slice(Math.max(0, h.start - 6), h.start));
}

/** An attribute word after the number counts only in the number's own clause, and not inside a remark in parentheses. */
function orderedInClauses(ctx: KindContext, q: Quantity, h: { start: number; end: number }): boolean {
  if (h.start < q.end) return true;
  const clause = clauseAt(ctx.claim, q.start);
  if (h.start >= clause.end) return false;
  // a label in parentheses right after the number counts ("5 TB (object size)"), a remark with its own numbers does not
  const between = ctx.view.slice(q.end, h.start);
  const open = between.lastIndexOf('(');
  if (open < 0 || between.indexOf(')', open) >= 0) return true;
  const close = ctx.view.indexOf(')', h.end);
  const remark = ctx.view.slice(q.end + open, close >= 0 && close < clause.end ? close : clause.end);
  return !/\d/.test(remark);
}

/** The words after "N의" / "N of": "5TB의 대형 객체", "15 read replicas". */
function measuredSpan(ctx: KindContext, q: Quantity): { start: number; end: number } | undefined {
  const m = /^\s*(?:의|of)\s+((?:[^\s,.;:()]+\s*){1,3})/i.exec(ctx.view.slice(q.end, q.end + 40));
  if (!m) return undefined;
  const start = q.end + m[0].length - m[1].length;
  return { start, end: start + m[1].trimEnd().length };
}

/** The gap between an attribute word and its number without the subjects and the other subjects' numbers in it. */
function withoutMentions(ctx: KindContext, start: number, end: number): string {
  const cut = [...ctx.claim.mentions, ...ctx.claim.quantities].filter((m) => m.start >= start && m.end <= end).sort((a, b) => b.start - a.start);
  let text = ctx.view.slice(start, end);
  for (const m of cut) text = text.slice(0, m.start - start) + text.slice(m.end - start);
  return text;
}

/**
 * Several numbers of one family in a clause are a breakdown or a calculation ("처음 4개와 마지막 1개"),
 * unless each has its own subject ("RDS는 5개 오로라는 15개").
 */
function crowded(ctx: KindContext, q: Quantity): boolean {
  const clause = clauseAt(ctx.claim, q.start);
  const subjectBefore = (x: Quantity) => {
    const ms = ctx.claim.mentions.filter((m) => m.end <= x.start && m.start >= clause.start && m.topic);
    return ms.length ? ms[ms.length - 1] : undefined;
  };
  const mine = subjectBefore(q);
  return ctx.claim.quantities.some((o) => {
    if (o === q || o.family !== q.family || o.start < clause.start || o.end > clause.end) return false;
    const theirs = subjectBefore(o);
    return !(mine && theirs && mine !== theirs);
  });
}

type Role = 'max' | 'min' | 'default' | 'exact';

interface GroupValues {
  max?: { value: number; fact: IndexedFact };
  min?: { value: number; fact: IndexedFact };
  default?: { value: number; fact: IndexedFact };
  exact?: { value: number; fact: IndexedFact };
}

function valuesOf(group: IndexedFact[]): GroupValues {
  const out: GroupValues = {};
  for (const f of group) {
    const l = f.limit!;
    if (l.qualifier === 'range') {
      if (l.max !== undefined) out.max ??= { value: l.max, fact: f };
      if (l.min !== undefined) out.min ??= { value: l.min, fact: f };
    } else if (l.number !== undefined) {
      out[l.qualifier] ??= { value: l.number, fact: f };
    }
  }
  return out;
}

/** Values of a limit for a role (its own value, or a range's end). */
function roleValues(l: LimitValue, role: Role): number[] {
  if (l.qualifier === 'range') return role === 'max' && l.max !== undefined ? [l.max] : role === 'min' && l.min !== undefined ? [l.min] : [];
  return l.qualifier === role && l.number !== undefined ? [l.number] : [];
}

function allValues(l: LimitValue): number[] {
  return [l.number, l.min, l.max].filter((x): x is number => x !== undefined);
}

export const checkLimits: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  const facts = [...ctx.matches.keys()];
  if (!facts.length) return out;
  for (const q of ctx.claim.quantities) {
    const v = checkQuantity(ctx, facts, q);
    if (v) out.push(v);
  }
  return out;
};

/** The verdict on one number of the claim: tied to a fact group by its attribute word and subject, then judged. */
function checkQuantity(ctx: KindContext, facts: IndexedFact[], q: Quantity): Verdict | undefined {
  // a number without a qualifier is a claim only when it is stated right at the attribute word
  // ("보존 기간은 14일", "15 read replicas"); elsewhere it is too often an example, a part, a rule number
  const bare = q.qualifier === 'none' || q.modal;
  if (!statesLimit(ctx, q, bare)) return undefined;
  const dist = attributeDistances(ctx, q, fittingFacts(ctx, facts, q), bare);
  const tie = tiedFacts(ctx, q, [...dist.keys()]);
  if (!tie) return undefined;
  const tied = tie.facts;
  // a bare number whose subject is only inherited from a topic line or heading is reported only when it is
  // a known old value, unless the line is a short fact bullet ("- 99.999999%의 내구성")
  const weakTie = bare && (tie.via === 'topic' || tie.via === 'heading') && !shortBullet(ctx);
  // the group whose attribute word is closest to the number
  tied.sort((a, b) => dist.get(a)! - dist.get(b)!);
  const groups = applicableGroups(ctx, q, tied);
  // when the number fits any of the facts it could be about, it is not wrong ("items up to 1KB" per WCU)
  ctx.bind?.({ claim: ctx.claim, quantity: q, factIds: groups.flat().map((f) => f.fact.id), subject: tie.subject });
  const judged = groups.map((g) => judge(ctx, q, g));
  if (judged.includes('ok')) return undefined;
  const v = judged.find((x): x is Verdict => typeof x === 'object');
  if (!v || (weakTie && !v.outdated)) return undefined;
  return v;
}

/** Not a scenario, a link title, arithmetic, a bare word number or one of several numbers of a breakdown. */
function statesLimit(ctx: KindContext, q: Quantity, bare: boolean | undefined): boolean {
  if (scenario(ctx, q) || inLinkText(ctx.analysis.text, q)) return false;
  if (bare && (q.incidental || (q.word && !q.unitText) || crowded(ctx, q))) return false;
  if (q.incidental && !q.unitText) return false;
  return true;
}

/** The facts whose unit family fits the number, narrowed to what it counts or measures when the note says. */
function fittingFacts(ctx: KindContext, facts: IndexedFact[], q: Quantity): IndexedFact[] {
  let fitting = facts.filter((f) => f.family === q.family);
  // "3개의 AZ" counts AZs: only facts about that concept, or whose attribute word is that phrase
  const counted = q.counted;
  if (counted) fitting = fitting.filter((f) => ctx.matches.get(f)!.attr.some((h) => h.start < counted.end && h.end > counted.start));
  // "5TB의 대형 객체", "4개의 Connect peer": what follows "N의 / N of" is what the number measures
  const measured = measuredSpan(ctx, q);
  if (measured) {
    const named = fitting.filter((f) => ctx.matches.get(f)!.attr.some((h) => h.start >= measured.start && h.end <= measured.end));
    if (named.length) fitting = named;
  }
  return fitting;
}

/** Each fitting fact with the distance of its closest attribute word that may bind the number. */
function attributeDistances(ctx: KindContext, q: Quantity, fitting: IndexedFact[], bare: boolean | undefined): Map<IndexedFact, number> {
  const dist = new Map<IndexedFact, number>();
  for (const f of fitting) {
    let best = Infinity;
    for (const h of ctx.matches.get(f)!.attr) {
      if (denominator(ctx, h) || !orderedInClauses(ctx, q, h) || !conditionsHold(ctx, f, q) || excludedNear(ctx, f, q)) continue;
      if (bare ? !tightlyBound(ctx, q, h) : !inOwnText(ctx.claim, h) || !placedForTable(ctx, q, h) || closerToAnother(ctx, q, h)) continue;
      best = Math.min(best, distanceWithin(ctx.claim, q, h));
    }
    if (best <= (bare ? MAX_ATTRIBUTE_DISTANCE : QUALIFIED_DISTANCE)) dist.set(f, best);
  }
  return dist;
}

/** The fact groups of the tied facts, closest first, each with only the facts that apply to this claim. */
function applicableGroups(ctx: KindContext, q: Quantity, tied: IndexedFact[]): IndexedFact[][] {
  // a sibling whose `requires` is not met does not count
  const groupOf = (f: IndexedFact) => (f.group ?? [f]).filter((g) => ctx.matches.has(g) && !excludedNear(ctx, g, q) && conditionsHold(ctx, g, q));
  const groups: IndexedFact[][] = [];
  for (const f of tied) {
    const g = groupOf(f);
    if (!groups.some((x) => x.includes(f))) groups.push(g);
  }
  return groups;
}

/** "ok": the number fits the group; undefined: the group has no value to compare it with. */
type Judgement = Verdict | 'ok' | undefined;

function judge(ctx: KindContext, q: Quantity, group: IndexedFact[]): Judgement {
  const values = valuesOf(group);
  const approx = q.approx || group.some((f) => f.approx);
  const same = (a: number, b: number) => sameValue(a, b, q.family, approx);
  const accepted = (role: Role | 'any') =>
    group.some((f) => [f.limit!, ...(f.accepts ?? [])].some((l) => (role === 'any' ? allValues(l) : roleValues(l, role)).some((x) => same(x, q.value))));
  const historic = (role: Role | 'any') => {
    for (const f of group) {
      for (const h of f.history ?? []) {
        const l = h.value as LimitValue;
        if (!l || typeof l !== 'object' || !('qualifier' in l)) continue;
        const xs = role === 'any' ? allValues(l) : roleValues(l, role);
        if (xs.some((x) => same(x, q.value))) return { fact: f, until: h.until };
      }
    }
    return undefined;
  };
  const wrong = (target: { value: number; fact: IndexedFact }, role: Role) => verdict(ctx, q, group, target, role, false);
  const outdated = (h: { fact: IndexedFact; until: string }, role: Role) => {
    const target = values[role] ?? values.exact ?? values.max ?? values.default ?? values.min;
    return target ? verdict(ctx, q, group, target, role, true, h.until) : undefined;
  };

  switch (q.qualifier) {
    case 'max': {
      if (q.weak) return undefined; // "1TB 미만의 디스크" describes some disks, not the limit
      if (values.max) {
        if (accepted('max') || (q.comparator === '<' && same(q.value, values.max.value))) return 'ok';
        const h = historic('max');
        if (h) return outdated(h, 'max');
        if (q.modal && q.value < values.max.value) return 'ok'; // "5개 만들 수 있다" is true, just not the limit
        return wrong(values.max, 'max');
      }
      if (values.exact && !q.modal) return accepted('exact') ? 'ok' : historic('exact') ? outdated(historic('exact')!, 'exact') : wrong(values.exact, 'exact');
      if (values.default && q.value < values.default.value && !accepted('any')) return wrong(values.default, 'default');
      return undefined;
    }
    case 'min': {
      if (q.weak && !values.min) return undefined; // "2Gbps 이상 요구" says nothing about a maximum
      if (values.min) {
        if (accepted('min')) return 'ok';
        if (q.weak) return q.value < values.min.value ? wrong(values.min, 'min') : 'ok';
        const h = historic('min');
        if (h) return outdated(h, 'min');
        return wrong(values.min, 'min');
      }
      if (values.max && q.value > values.max.value && !accepted('any')) return wrong(values.max, 'max');
      return undefined;
    }
    case 'default': {
      if (values.default) {
        if (accepted('default')) return 'ok';
        const h = historic('default');
        if (h) return outdated(h, 'default');
        return wrong(values.default, 'default');
      }
      if (values.max && q.value > values.max.value && !accepted('any')) return wrong(values.max, 'max');
      return undefined;
    }
    default: {
      if (accepted('any')) return 'ok';
      const h = historic('any');
      if (h) return outdated(h, (h.fact.limit!.qualifier === 'range' ? 'max' : h.fact.limit!.qualifier) as Role);
      if (values.exact) return wrong(values.exact, 'exact');
      if (values.max && q.value > values.max.value) return wrong(values.max, 'max');
      return undefined;
    }
  }
}

const ROLE_WORD: Record<Role, { ko: string; en: string }> = {
  max: { ko: '최댓값', en: 'maximum' },
  min: { ko: '최솟값', en: 'minimum' },
  default: { ko: '기본값', en: 'default' },
  exact: { ko: '값', en: 'value' },
};

const ROLE_SHORT: Record<Role, { ko: string; en: string }> = {
  max: { ko: '최대', en: 'maximum' },
  min: { ko: '최소', en: 'minimum' },
  default: { ko: '기본', en: 'default' },
  exact: { ko: '', en: '' },
};

function label(ctx: KindContext, fact: IndexedFact): string {
  const l = fact.fact.label as { ko?: string; en?: string } | undefined;
  const text = l?.[ctx.lang];
  if (text) return text;
  const words = fact.fact.attribute?.[ctx.lang] ?? [];
  const word = words[0] ?? fact.attributeWords[0] ?? fact.fact.id;
  return `${conceptName(ctx.kb, fact.fact.subject, ctx.lang)} ${word}`;
}

function verdict(ctx: KindContext, q: Quantity, group: IndexedFact[], target: { value: number; fact: IndexedFact }, role: Role, outdated: boolean, until?: string): Verdict {
  const lang = ctx.lang;
  const fact = target.fact;
  const name = label(ctx, fact);
  const said = q.text.trim();
  // counts keep the writer's counter word ("6가지" → "8가지")
  const truth = lang === 'ko' && q.family === 'count' && /[가-힣]/.test(q.unitText) ? `${target.value}${q.unitText}` : describeValue(target.value, q.family, lang);
  const others = siblings(group, target, q.family, lang);
  const claimedRole: Role = q.qualifier === 'none' || q.qualifier === 'exact' ? role : (q.qualifier as Role);
  const cw = ROLE_WORD[claimedRole][lang];
  const tw = ROLE_WORD[role][lang];
  let message: string;
  if (lang === 'ko') {
    const subject = claimedRole === 'exact' ? josa(name, '을/를') : `${name} ${josa(cw, '을/를')}`;
    const truthPart = role === 'exact' ? `실제로는 ${truth}입니다` : `${josa(tw, '은/는')} ${truth}입니다`;
    message = outdated
      ? `이 노트는 ${subject} ${josa(said, '이라고/라고')} 적었는데, 이는 ${formatDate(until!, lang)}까지의 값입니다. 지금 ${truthPart.replace(/^실제로는 /, '')}${others}.`
      : `이 노트는 ${subject} ${josa(said, '이라고/라고')} 적었지만, ${truthPart}${others}.`;
  } else {
    const subject = claimedRole === 'exact' ? `the ${name}` : `the ${name} ${cw}`;
    const truthPart = role === 'exact' ? `it is ${truth}` : `the ${tw} is ${truth}`;
    message = outdated
      ? `The note gives ${said} for ${subject}, which was right until ${formatDate(until!, lang)}; ${role === 'exact' ? `it is now ${truth}` : `the ${tw} is now ${truth}`}${others}.`
      : `The note gives ${said} for ${subject}; ${truthPart}${others}.`;
  }
  const fixes: Fix[] = [];
  if (inOwnText(ctx.claim, q)) {
    const newText = formatLike(target.value, q.family, q.unitText || (q.style.native && q.family === 'count' ? '개' : ''), {
      space: q.style.space,
      grouping: q.style.grouping,
    });
    if (newText !== q.text) {
      fixes.push({
        title: pick(lang, `${quote(said, lang)}${josaQuoted(said, '을/를')} ${quote(newText, lang)}${josaQuoted(newText, '으로/로')} 고치기`, `Change ${quote(said, lang)} to ${quote(newText, lang)}`),
        edits: [{ start: q.start, end: q.end, newText }],
        preferred: true,
      });
    }
  }
  return { fact, start: q.start, end: q.end, outdated, message, fixes };
}

/** The particle for a quoted word, agreeing with the word (not the quote mark). */
function josaQuoted(word: string, pair: string): string {
  return josa(word, pair).slice(word.length);
}

/** "(최대 12시간)" — the group's other values, for context. */
function siblings(group: IndexedFact[], target: { fact: IndexedFact; value: number }, family: Quantity['family'], lang: Lang): string {
  const parts: string[] = [];
  const values = valuesOf(group);
  for (const role of ['default', 'min', 'max'] as Role[]) {
    const v = values[role];
    if (!v || (v.fact === target.fact && v.value === target.value)) continue;
    parts.push(`${ROLE_SHORT[role][lang]} ${describeValue(v.value, family, lang)}`);
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}
