// What the workspace adds to what a user reads about a concept: "mentioned in N notes" under the hover
// card, the whole card as a document (names, summary, limits, checkable facts with sources, notes that
// mention it), and CodeLens titles.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Lang } from '../knowledge/types';
import { renderConceptCard, type HoverExtras } from '../hover';
import type { ConceptLens, WorkspaceIndex } from './index';
import { fileName } from './uris';

const TOP_NOTES = 3;
const CARD_NOTES = 20;

const T = {
  ko: {
    mentioned: (n: number) => `노트 ${n}개에서 언급`,
    notes: '이 개념을 언급한 노트',
    facts: '확인하는 사실',
    none: '아직 이 개념을 언급한 노트가 없습니다.',
    times: (n: number) => `${n}회`,
    lens: (name: string, notes: number, findings: number) => `${name} · 노트 ${notes}개${findings ? ` · 문제 ${findings}개` : ''}`,
  },
  en: {
    mentioned: (n: number) => `Mentioned in ${n} ${n === 1 ? 'note' : 'notes'}`,
    notes: 'Notes that mention it',
    facts: 'Facts checked in notes',
    none: 'No note in this workspace mentions it yet.',
    times: (n: number) => `${n}×`,
    lens: (name: string, notes: number, findings: number) =>
      `${name} · ${notes} ${notes === 1 ? 'note' : 'notes'}${findings ? ` · ${findings} ${findings === 1 ? 'finding' : 'findings'}` : ''}`,
  },
};

/** Lines the hover card ends with: how many notes mention the concept, and links to the top few others. */
export function hoverLines(index: WorkspaceIndex, conceptId: string, lang: Lang, currentUri?: string): string[] {
  const total = index.noteCount(conceptId);
  if (total === 0) return [];
  const top = index.topNotes(conceptId, TOP_NOTES, currentUri);
  const others = total - (currentUri && index.get(currentUri)?.conceptIds.includes(conceptId) ? 1 : 0);
  const links = top.map((n) => `[${escapeMd(fileName(n.uri))}](${n.uri}#L${n.range.start.line + 1})`);
  return [`*${T[lang].mentioned(total)}*${links.length ? `: ${links.join(', ')}${others > links.length ? ', …' : ''}` : ''}`];
}

/** The whole card of a concept as a Markdown document; null for an unknown id. */
export function conceptCardMarkdown(knowledge: KnowledgeBase, index: WorkspaceIndex | undefined, conceptId: string, lang: Lang, cardLink?: (id: string) => string): string | null {
  const concept = knowledge.concept(conceptId);
  if (!concept) return null;
  const t = T[lang];
  const lines: string[] = [];
  const facts = knowledge.factsAbout(conceptId);
  if (facts.length) {
    lines.push(`**${t.facts}**`, ...facts.map((f) => `- ${escapeMd(f.explain[lang] ?? f.explain.en)} ([${escapeMd(hostOf(f.source.url))}](${f.source.url}), ${f.source.asOf})`), '');
  }
  if (index) {
    const notes = index.notesMentioning(conceptId);
    lines.push(`**${t.notes}** (${notes.length})`);
    if (notes.length === 0) lines.push('', t.none);
    for (const n of notes.slice(0, CARD_NOTES)) lines.push(`- [${escapeMd(fileName(n.uri))}](${n.uri}#L${n.range.start.line + 1}) · ${t.times(n.count)}`);
    if (notes.length > CARD_NOTES) lines.push('- …');
  }
  const extras: HoverExtras = { lines, ...(cardLink ? { conceptLink: cardLink } : {}) };
  return `${renderConceptCard(concept, knowledge, lang, extras)}\n`;
}

export function lensTitle(lens: ConceptLens, lang: Lang): string {
  return T[lang].lens(lens.text, lens.notes, lens.findings);
}

function hostOf(url: string): string {
  const m = /^https?:\/\/([^/]+)/.exec(url);
  return m ? m[1] : url;
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
