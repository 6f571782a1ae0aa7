// Renders a concept's hover card as Markdown in the note's language.
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { ConceptRecord, Lang } from './knowledge/types';
import { categoryLabel } from './knowledge/categories';

const LABELS = {
  ko: { limits: '주요 제한', related: '관련 개념', docs: 'AWS 문서', facts: '확인 가능한 사실' },
  en: { limits: 'Key limits', related: 'Related', docs: 'AWS documentation', facts: 'Checkable facts' },
};

export function conceptTitle(concept: ConceptRecord, lang: Lang): string {
  const en = concept.names.en[0] ?? concept.id;
  const ko = concept.names.ko.find((n) => n !== en);
  return lang === 'ko' && ko ? `${ko} (${en})` : ko ? `${en} · ${ko}` : en;
}

export interface HoverExtras {
  /** e.g. "mentioned in 12 notes" lines, added by the workspace index */
  lines?: string[];
  /** how to link a related concept; plain text when absent */
  conceptLink?: (id: string) => string | undefined;
}

export function renderConceptCard(concept: ConceptRecord, kb: KnowledgeBase, lang: Lang, extras: HoverExtras = {}): string {
  const t = LABELS[lang];
  const out: string[] = [];
  const abbr = concept.names.abbr?.length ? ` (${concept.names.abbr.join(', ')})` : '';
  out.push(`**${escapeMd(conceptTitle(concept, lang))}**${escapeMd(abbr)} · *${categoryLabel(concept.category, lang)}*`);
  out.push('', escapeMd(concept.summary[lang]));
  if (concept.limits.length) {
    out.push('', `**${t.limits}**`, ...concept.limits.map((l) => `- ${escapeMd(l[lang])}`));
  }
  const related = concept.related
    .map((id) => kb.concept(id))
    .filter((c): c is ConceptRecord => !!c)
    .map((c) => {
      const name = escapeMd(c.names[lang][0] ?? c.names.en[0] ?? c.id);
      const link = extras.conceptLink?.(c.id);
      return link ? `[${name}](${link})` : name;
    });
  if (related.length) out.push('', `**${t.related}**: ${related.join(', ')}`);
  if (extras.lines?.length) out.push('', ...extras.lines);
  if (concept.docs) out.push('', `[${t.docs}](${concept.docs})`); // a learner's own concept may have none
  return out.join('\n');
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
