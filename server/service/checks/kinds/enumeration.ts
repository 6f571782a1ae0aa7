// Enumerations: a fixed set of members. Two kinds of claim are checked: a count ("라우팅 정책 6가지"
// against 8 members; an old count from history is outdated) and a membership ("게이트웨이 엔드포인트로 SQS"
// — a concept that is not a member, put in the set without negation).
import type { Quantity } from '../../claims';
import { clauseAt, distanceWithin, formatLike, polarityIn, inOwnText, withMentions } from '../../claims';
import type { IndexedFact } from '../factIndex';
import { conceptName } from '../factIndex';
import { formatDate, josa, pick, quote } from '../text';
import { attributeSpans, factsForAnchor, type KindCheck, type KindContext, type Verdict } from './types';

const COUNT_DISTANCE = 40;

export const checkEnumerations: KindCheck = (ctx) => {
  const out: Verdict[] = [];
  const facts = [...ctx.matches.keys()];
  const claim = ctx.claim;
  // counts
  for (const q of claim.quantities) {
    if (q.family !== 'count' || q.approx || q.incidental || (q.word && q.qualifier === 'none')) continue;
    const counted = q.counted;
    const near = facts.filter((f) => ctx.matches.get(f)!.attr.some((h) => distanceWithin(claim, q, h) <= COUNT_DISTANCE) && (!counted || f.subjects.has(counted.conceptId) || ctx.matches.get(f)!.attr.some((h) => h.start < counted.end && h.end > counted.start)));
    const tied = factsForAnchor(claim, q, near, { passive: attributeSpans(ctx) });
    if (!tied.length) continue;
    const v = judgeCount(ctx, tied[0], q);
    if (v) out.push(v);
  }
  // members
  for (const m of claim.mentions) {
    // the actor of the clause ("EC2 인스턴스는 … 게이트웨이 엔드포인트를 통해 S3에") is not put in the set
    if (m.aside || m.topic || m.part.role === 'header') continue;
    const anchor = { start: m.start, end: m.end };
    const clause = clauseAt(claim, m.start);
    // the concept must stand in the set's company: next to a member, or right at the attribute word
    const near = facts.filter((f) => {
      if (isMember(f, m.conceptId) || !isCandidate(ctx, f, m.conceptId)) return false;
      const withMember = claim.mentions.some((o) => o !== m && o.start >= clause.start && o.end <= clause.end && ((f.fact.value.members as string[]) ?? []).includes(o.conceptId));
      const atWord = ctx.matches.get(f)!.attr.some((h) => h.start >= clause.start && h.end <= clause.end && Math.min(Math.abs(h.start - m.end), Math.abs(m.start - h.end)) <= 15);
      return withMember || atWord;
    });
    if (!near.length) continue;
    // the mention itself is not a subject: look at what the clause is about
    const about = factsForAnchor(withMentions(claim, claim.mentions.filter((o) => o !== m)), anchor, near, { passive: attributeSpans(ctx) });
    for (const f of about) {
      if (polarityIn(ctx.view, clause, anchor, claim.negations) !== 'positive') continue;
      const members = (f.fact.value.members as string[]).map((id) => conceptName(ctx.kb, id, ctx.lang));
      const label = (f.fact.label as { ko?: string; en?: string } | undefined)?.[ctx.lang] ?? conceptName(ctx.kb, f.fact.subject, ctx.lang);
      const name = ctx.analysis.text.slice(m.start, m.end);
      const list = ctx.lang === 'ko' ? members.join(', ') : members.join(', ');
      const message = pick(
        ctx.lang,
        `이 노트는 ${josa(quote(name, ctx.lang), '을/를')} ${label}에 넣었지만, 해당하는 것은 ${list}뿐입니다. ${f.fact.explain?.ko ?? ''}`,
        `The note puts ${quote(name, ctx.lang)} among the ${label}, but only ${list} belong there. ${f.fact.explain?.en ?? ''}`,
      ).trim();
      out.push({ fact: f, start: m.start, end: m.end, outdated: false, message, fixes: [] });
      break;
    }
  }
  return out;
};

function isMember(f: IndexedFact, id: string): boolean {
  return f.subjects.has(id) || ((f.fact.value.members as string[] | undefined) ?? []).includes(id);
}

/** A concept that could wrongly be put in the set: listed candidates, else concepts of the members' categories. */
function isCandidate(ctx: KindContext, f: IndexedFact, id: string): boolean {
  const concept = ctx.kb.concept(id);
  if (!concept) return false;
  const members = (f.fact.value.members as string[] | undefined) ?? [];
  // parts and features of a member are not other members: s3-bucket-policy, dynamodb-gsi
  if (members.some((m) => id.startsWith(`${m}-`) || concept.related?.includes(m) && id.includes(m))) return false;
  const candidates = f.fact.value.candidates as string[] | undefined;
  if (candidates) return candidates.includes(id) || candidates.includes(concept.category);
  const categories = new Set(members.map((m) => ctx.kb.concept(m)?.category).filter(Boolean));
  return categories.has(concept.category);
}

function judgeCount(ctx: KindContext, f: IndexedFact, q: Quantity): Verdict | undefined {
  const members = (f.fact.value.members as string[] | undefined) ?? [];
  const count = typeof f.fact.value.count === 'number' ? f.fact.value.count : members.length;
  if (!count || q.value === count) return undefined;
  if ((q.qualifier === 'min' || q.weak) && q.value <= count) return undefined;
  if (q.qualifier === 'max' && q.modal && q.value < count) return undefined;
  const old = (f.history ?? []).find((h) => {
    const v = h.value as { count?: unknown; members?: unknown };
    return v.count === q.value || (Array.isArray(v.members) && v.members.length === q.value);
  });
  const lang = ctx.lang;
  const label = (f.fact.label as { ko?: string; en?: string } | undefined)?.[lang] ?? conceptName(ctx.kb, f.fact.subject, lang);
  const said = q.text.trim();
  const truth = formatLike(count, 'count', q.unitText, { space: q.style.space, grouping: false });
  const message = old
    ? pick(lang, `이 노트는 ${label} 수를 ${josa(said, '이라고/라고')} 적었는데, 이는 ${formatDate(old.until, lang)}까지의 수입니다. 지금은 ${count}${q.unitText && /[가-힣]/.test(q.unitText) ? q.unitText : '개'}입니다.`, `The note counts ${said} ${label}, which was right until ${formatDate(old.until, lang)}; there are now ${count}.`)
    : pick(lang, `이 노트는 ${label} 수를 ${josa(said, '이라고/라고')} 적었지만, 실제로는 ${count}${q.unitText && /[가-힣]/.test(q.unitText) ? q.unitText : '개'}입니다.`, `The note counts ${said} ${label}; there are ${count}.`);
  const fixes = inOwnText(ctx.claim, q) && truth !== q.text
    ? [{ title: pick(lang, `${quote(said, lang)}${josa(said, '을/를').slice(said.length)} ${quote(truth, lang)}${josa(truth, '으로/로').slice(truth.length)} 고치기`, `Change ${quote(said, lang)} to ${quote(truth, lang)}`), edits: [{ start: q.start, end: q.end, newText: truth }], preferred: true }]
    : [];
  const explain = f.fact.explain?.[lang];
  return { fact: f, start: q.start, end: q.end, outdated: !!old, message: explain ? `${message} ${explain}` : message, fixes };
}
