// Contradictions between notes: two notes claim different values for the same fact. Reported on each
// claim that some other note contradicts, with the other notes' claims as related information. Which
// claims count, and when to stay silent, is decided where claims are extracted (claimKeys.ts).
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding, Severity } from '../findings';
import type { Lang } from '../knowledge/types';
import { conceptName, factIndex } from '../checks/factIndex';
import { josa } from '../checks/text';
import { linesOf, type NoteSummary } from './summary';
import type { ClaimSummary } from './claimKeys';
import { fileName } from './uris';

export const NOTES_DISAGREE = 'notes-disagree';

/** At most this many other notes are named in one finding. */
const MAX_RELATED = 5;

export function contradictionsOf(
  summary: NoteSummary,
  othersWith: (key: string) => { summary: NoteSummary; claims: ClaimSummary[] }[],
  knowledge: KnowledgeBase,
): Finding[] {
  const out: Finding[] = [];
  for (const claim of summary.claims) {
    const others: { uri: string; claim: ClaimSummary; other: NoteSummary }[] = [];
    const truth = claim.factId ? kbValue(knowledge, claim.factId, claim.role) : undefined;
    for (const { summary: other, claims } of othersWith(claim.key)) {
      for (const c of claims) if (c.value !== claim.value && comparable(claim, c, truth)) others.push({ uri: other.uri, claim: c, other });
    }
    if (others.length === 0) continue;
    others.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
    const shown = others.slice(0, MAX_RELATED);
    const lang = summary.language;
    const fact = claim.factId ? knowledge.fact(claim.factId) : undefined;
    // with a KB value the fact check already warns the wrong note; without one nobody can tell who is right
    const severity: Severity = fact ? 'information' : 'warning';
    out.push({
      code: NOTES_DISAGREE,
      severity,
      message: message(lang, claim, others.map((o) => ({ file: fileName(o.uri), shown: o.claim.shown })), subjectName(knowledge, claim.subject, lang)),
      start: claim.start,
      end: claim.end,
      ...(fact ? { source: { url: fact.source.url, asOf: fact.source.asOf } } : {}),
      related: shown.map((o) => ({
        uri: o.uri,
        range: linesOf(o.other).rangeOf(o.claim.start, o.claim.end),
        message: lang === 'ko' ? `${fileName(o.uri)}에는 ${josa(o.claim.shown, '으로/로')} 적혀 있습니다` : `${fileName(o.uri)} says ${o.claim.shown}`,
      })),
      fixes: [],
    });
  }
  return out;
}

/**
 * Whether two differing claims really contradict each other. Where the KB knows the value, one of them must
 * state it (the other is then wrong, and both notes hear of it): two notes that both differ from the KB are
 * most often about different things (a console upload limit and the object size limit). Where the KB has
 * no value, both notes must use the same attribute words.
 */
function comparable(a: ClaimSummary, b: ClaimSummary, truth: number | undefined): boolean {
  if (a.factId) return truth !== undefined && (isTruth(a, truth) || isTruth(b, truth));
  return squeeze(a.attribute) === squeeze(b.attribute);
}

const squeeze = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
const isTruth = (c: ClaimSummary, truth: number) => c.amount !== undefined && Math.abs(c.amount - truth) <= 0.03 * Math.max(Math.abs(c.amount), Math.abs(truth));

/** The KB's current value of a limit fact for the role a claim gives (maximum, minimum, default). */
function kbValue(knowledge: KnowledgeBase, factId: string, role: ClaimSummary['role']): number | undefined {
  const limit = factIndex(knowledge).facts.find((f) => f.fact.id === factId)?.limit;
  if (!limit) return undefined;
  if (limit.qualifier === 'range') return role === 'max' ? limit.max : role === 'min' ? limit.min : undefined;
  return limit.qualifier === role || limit.qualifier === 'exact' ? limit.number : undefined;
}

const ROLE = {
  max: { ko: '최댓값', en: 'maximum' },
  min: { ko: '최솟값', en: 'minimum' },
  default: { ko: '기본값', en: 'default' },
};

function message(lang: Lang, claim: ClaimSummary, others: { file: string; shown: string }[], subject: string): string {
  const distinct = [...new Map(others.map((o) => [`${o.file}\u0000${o.shown}`, o])).values()];
  const files = new Set(others.map((o) => o.file));
  const role = ROLE[claim.role] ?? ROLE.max;
  if (lang === 'ko') {
    const what = josa(`${subject} ${claim.attribute} ${role.ko}`, '을/를');
    if (files.size === 1) return `다른 노트와 다릅니다: 이 노트는 ${what} ${josa(claim.shown, '으로/로')} 적었지만, ${distinct[0].file}에는 ${josa(distinct[0].shown, '으로/로')} 적혀 있습니다.`;
    const listed = distinct.slice(0, 3).map((o) => `${o.file}: ${o.shown}`).join(', ') + (distinct.length > 3 ? ` 외 ${distinct.length - 3}건` : '');
    return `다른 노트와 다릅니다: 이 노트는 ${what} ${josa(claim.shown, '으로/로')} 적었지만, 다른 노트 ${files.size}개에는 다르게 적혀 있습니다 (${listed}).`;
  }
  const what = `the ${role.en} ${claim.attribute} of ${subject}`;
  if (files.size === 1) return `Other notes disagree: this note gives ${claim.shown} as ${what}, but ${distinct[0].file} says ${distinct[0].shown}.`;
  const listed = distinct.slice(0, 3).map((o) => `${o.file}: ${o.shown}`).join(', ') + (distinct.length > 3 ? ` and ${distinct.length - 3} more` : '');
  return `Other notes disagree: this note gives ${claim.shown} as ${what}, but ${files.size} other notes say otherwise (${listed}).`;
}

const subjectName = (knowledge: KnowledgeBase, id: string, lang: Lang) => conceptName(knowledge, id, lang);
