// Ties a point of a claim (a number, a keyword) to the subject it is about and measures how close other
// words are to it, so "읽기 전용 복제본을 RDS는 5개 오로라는 15개" gives 5 to RDS and 15 to Aurora.
import type { Claim, ClaimPart } from './extract';
import type { Span } from './sentences';

export interface SubjectCandidate {
  conceptId: string;
  /** lower is closer */
  rank: number;
  from: 'claim' | 'context';
  /** for inherited subjects: where from */
  via?: 'item' | 'parentItem' | 'topic' | 'heading';
}

const CONTEXT_RANK = 1000;

function partOf(claim: Claim, at: number): ClaimPart | undefined {
  return claim.parts.find((p) => at >= p.start && at < p.end) ?? claim.parts.find((p) => at >= p.start && at <= p.end);
}

function clauseOf(claim: Claim, at: number): number {
  return claim.clauses.findIndex((c) => at >= c.start && at < c.end);
}

export interface SubjectOptions {
  /** mentions inside these spans are neither candidates nor the claim's own topic (the attribute phrase itself) */
  skip?: Span[];
  /** mentions inside these spans are a last resort (below the inherited context) and do not make the claim "name its own topic" */
  passive?: Span[];
  /** only mentions before the point count: a number is about what precedes it ("RDS는 5개"), not what follows */
  beforeOnly?: boolean;
  /** inherited subjects only from the list item or topic line, not from a heading far above */
  nearContextOnly?: boolean;
  /** inherited subjects only from the same block or its list items (a bare number needs a close subject) */
  itemContextOnly?: boolean;
}

const overlaps = (m: Span, spans: Span[] | undefined) => !!spans?.some((s) => m.start < s.end && m.end > s.start);

/** Concepts the text at `at` may be about, closest first (each concept once, at its best rank). */
export function subjectCandidates(claim: Claim, at: Span, options: SubjectOptions = {}): SubjectCandidate[] {
  const best = new Map<string, SubjectCandidate>();
  const offer = (conceptId: string, rank: number, from: SubjectCandidate['from'], via?: SubjectCandidate['via']) => {
    const have = best.get(conceptId);
    if (!have || rank < have.rank) best.set(conceptId, { conceptId, rank, from, ...(via ? { via } : {}) });
  };
  const anchorPart = partOf(claim, at.start);
  const anchorClause = clauseOf(claim, at.start);
  let topicElsewhere = false;
  for (const m of claim.mentions) {
    if (m.aside || overlaps(m, options.skip)) continue;
    if (m.part.role === 'header' || m.part !== anchorPart) {
      if (claim.kind !== 'tableRow' || !anchorPart) continue;
      if (m.part.role === 'header') {
        if (m.part.column === anchorPart.column) offer(m.conceptId, 200, 'claim');
      } else {
        offer(m.conceptId, 300 + Math.abs((m.part.column ?? 0) - (anchorPart.column ?? 0)) * 10 + ((m.part.column ?? 0) === 0 ? 0 : 20), 'claim');
      }
      continue;
    }
    const passive = overlaps(m, options.passive);
    if (m.topic && !passive && !(m.start < at.end && m.end > at.start)) topicElsewhere = true;
    const same = clauseOf(claim, m.start) === anchorClause;
    let rank: number;
    if (m.start < at.end && m.end > at.start) rank = 0;
    else if (m.end <= at.start) rank = (same ? 0 : 100) + (at.start - m.end);
    else if (options.beforeOnly || !same) continue; // a mention after the point, in another clause, is about something else
    else rank = 50 + 2 * (m.start - at.end);
    offer(m.conceptId, passive ? rank + 2 * CONTEXT_RANK : rank, 'claim');
  }
  // a table cell belongs to its column's header: no heading above speaks for it
  const columnHeader = claim.kind === 'tableRow' && anchorPart && claim.mentions.some((m) => m.part.role === 'header' && m.part.column === anchorPart.column && !m.aside);
  if (columnHeader) return [...best.values()].sort((a, b) => a.rank - b.rank);
  if (!topicElsewhere && anchorPart && claim.kind === 'sentence' && foreignTopic(claim, anchorPart, at, options)) topicElsewhere = true;
  claim.context.forEach((c, i) => {
    // a claim that names its own topic ("Kinesis는 …") is not about the heading above it
    if (topicElsewhere && !best.has(c.conceptId)) return;
    if (options.nearContextOnly && c.from === 'heading') return;
    if (options.itemContextOnly && c.from !== 'item' && c.from !== 'parentItem') return;
    offer(c.conceptId, CONTEXT_RANK + i * 10, 'context', c.from);
  });
  return [...best.values()].sort((a, b) => a.rank - b.rank);
}

const GENERIC_TOPICS = new Set(['데이터', '메시지', '메세지', '객체', '오브젝트', '파일', '레코드', '항목', '아이템', '요청', '함수', '인스턴스', '볼륨', '버킷', '트래픽', '기본값', '최대값', '최댓값', '크기', '용량', '이것', '이는', '기본', '최대', '최소', '한도', '제한', '설정', '시간', '기간', '보관', '보존']);

/**
 * A Korean topic before the point that is not a concept ("내 컴퓨터의 하드는 … 최대 250GB"): the clause is
 * about that thing, not about the subject inherited from above. Attribute words ("보존 기간은") do not count.
 */
function foreignTopic(claim: Claim, part: ClaimPart, at: Span, options: SubjectOptions): boolean {
  const clause = claim.clauses[clauseOf(claim, at.start)] ?? part;
  const text = claim.text;
  const from = clause.start - claim.start;
  const to = at.start - claim.start;
  if (to <= from) return false;
  const re = /([\uac00-\ud7a3A-Za-z0-9]+)(은|는)(?=\s)/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // nouns only: "하드는", not the adnominal verb forms "있는", "하는", "같은"
    if (m[1].length < 2 || /[있없하되않같많적작높낮짧좋크받주보오가쓰지긴는된한할]$/.test(m[1])) continue;
    // what a service holds or handles is still about that service ("데이터는 … 최대 7일 보관")
    if (GENERIC_TOPICS.has(m[1])) continue;
    const start = claim.start + from + m.index;
    const span = { start, end: start + m[0].length };
    if (overlaps(span, options.passive) || overlaps(span, options.skip)) continue;
    if (claim.mentions.some((x) => x.start < span.end && x.end > span.start)) continue;
    return true;
  }
  return false;
}

/** How far `other` is from `anchor` within the claim: same clause < same sentence < header < previous sentence. */
export function distanceWithin(claim: Claim, anchor: Span, other: Span): number {
  const gap = other.end <= anchor.start ? anchor.start - other.end : other.start >= anchor.end ? other.start - anchor.end : 0;
  if (claim.lookback && other.start >= claim.lookback.start && other.end <= claim.lookback.end) return 200 + Math.min(gap, 100);
  const a = partOf(claim, anchor.start);
  const o = partOf(claim, other.start);
  if (!a || !o) return 400;
  if (claim.kind === 'tableRow') {
    if (o === a) return gap;
    if (o.role === 'header') return o.column === a.column ? 40 : 120;
    return 20 + gap;
  }
  return clauseOf(claim, anchor.start) === clauseOf(claim, other.start) ? gap : gap + 40;
}

/** The regions whose words count for the claim: its own parts, header cells, and the previous sentence. */
export function claimRegions(claim: Claim): Span[] {
  const out: Span[] = claim.parts.map((p) => ({ start: p.start, end: p.end }));
  if (claim.lookback) out.push(claim.lookback);
  return out;
}

/** Whether `span` lies in the claim's own text (not a header cell, not the previous sentence). */
export function inOwnText(claim: Claim, span: Span): boolean {
  return claim.parts.some((p) => p.role !== 'header' && span.start >= p.start && span.end <= p.end);
}

/** The clause holding `at` (or the part, for a table cell). */
export function clauseAt(claim: Claim, at: number): Span {
  const i = clauseOf(claim, at);
  if (i >= 0) return claim.clauses[i];
  const p = partOf(claim, at);
  return p ? { start: p.start, end: p.end } : { start: claim.start, end: claim.end };
}
