// Claim extraction: what a note asserts, in pieces a checker can compare with facts.
//
// API (pure; the result is cached per NoteAnalysis value, so calling it again is free):
//
//   extractClaims(analysis): Claim[]
//     One claim per sentence of prose (paragraphs and list items are split into sentences; a bare
//     parenthetical such as "(Default : 15 Min)" stays with the sentence before it) and one per table row
//     (its cells are the claim's parts; the header cells ride along as context, role 'header').
//     Claim {
//       id, kind: 'sentence' | 'tableRow', start, end            scope in the note (offsets)
//       parts: {start, end, role: 'text'|'cell'|'header', column?, block}[]
//       clauses: {start, end}[]                                   split at , ; / and 고·며·지만·but…
//       mentions: {conceptId, start, end, aside, topic, part}[]   concept mentions in the parts; `aside`
//                                                                 marks comparisons ("Lambda보다", "unlike S3")
//       context: {conceptId, from: 'item'|'parentItem'|'topic'|'heading', block}[]
//                                                                 inherited subjects, nearest first: earlier
//                                                                 sentences of the block, the list item, the
//                                                                 topic line above, the heading
//       lookback?: {start, end}                                   the previous sentence of the same block
//       quantities: {value, family, unit, number, unitText, qualifier: 'max'|'min'|'default'|'exact'|'none',
//                    comparator: '='|'<'|'<='|'>'|'>=', weak?, approx?, modal?, start, end, text, style}[]
//                                                                 value normalised to the family's canonical
//                                                                 unit: s, B (KB = KiB = 1024 B), bps, B/s,
//                                                                 count, percent, iops, km, per-s
//       negations: {start, end, text, lang}[]                     negation cues (불가, 않, 없, not, X …)
//       question: boolean                                         questions are never reported
//       text                                                       the scope as read (emphasis blanked)
//     }
//     Claims are read-only values. Clauses, mentions, quantities, negations, corrective and text are read
//     from the note on first use (claim.ts): copy a claim with plainClaim / withMentions, not with a spread.
//
//   subjectsAt(claim, span): {conceptId, rank, from}[]
//     The concepts the words at `span` are about, closest first: a mention before it in the same clause,
//     then after it, then elsewhere in the claim (table: the column header, then the row's first cell),
//     then the inherited context. A claim that names its own topic ("Kinesis는 …") does not inherit one.
//
//   polarityAt(analysis, claim, span): 'positive' | 'negative' | 'unknown'
//     Whether the clause holding `span` affirms or denies it, counting negation cues (Korean after the
//     keyword, English anywhere in the clause, glued prefixes such as 비-/non-), so double negation is
//     positive; a Korean negation that only precedes the keyword is 'unknown'.
//
//   distanceWithin(claim, anchor, other): number
//     How far two spans of one claim are apart (same clause < same sentence < header cell < previous
//     sentence), for binding numbers to attribute words.
import type { NoteAnalysis } from '../languageService';
import { clauseAt } from './binding';
import { claimSet, type Claim } from './extract';
import { polarityIn, type Polarity } from './polarity';
import type { Span } from './sentences';

export type { Claim, ClaimMention, ClaimPart, ClaimSet } from './extract';
export type { Quantity, Qualifier, Comparator } from './quantities';
export type { Polarity, Cue } from './polarity';
export type { Span } from './sentences';
export type { ContextSubject } from './context';
export type { UnitFamily } from './units';
export { claimSet } from './extract';
export { plainClaim, withMentions } from './claim';
export { subjectCandidates as subjectsAt, distanceWithin, claimRegions, inOwnText, clauseAt, type SubjectCandidate, type SubjectOptions } from './binding';
export { sameValue, unitOf, formatLike, describeValue, CANONICAL } from './units';
export { KeywordIndex, type KeywordHit } from './keywords';
export { noteKeywordHits, hitsIn, addHitsIn } from './keywordHits';

/** Every claim of the note (cached per analysis). */
export function extractClaims(analysis: NoteAnalysis): Claim[] {
  return claimSet(analysis).claims;
}

/** Polarity of the words at `span` within their clause. */
export function polarityAt(analysis: NoteAnalysis, claim: Claim, span: Span): Polarity {
  if (claim.question) return 'unknown';
  return polarityIn(claimSet(analysis).view, clauseAt(claim, span.start), span, claim.negations);
}

// re-exported for checkers that already hold the view
export { polarityIn, prefixNegation, negationCues } from './polarity';
