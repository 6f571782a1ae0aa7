// Shapes of the knowledge data (knowledge/**/*.yaml) and of the indexed knowledge base built from it.

export type Lang = 'ko' | 'en';
export type Localized = { ko: string; en: string };

export interface ConceptRecord {
  id: string;
  category: string;
  names: { en: string[]; ko: string[]; abbr?: string[] };
  ambiguous?: string[];
  summary: Localized;
  docs: string;
  related: string[];
  limits: Localized[];
}

/** A fact record as written in knowledge/facts/*.yaml (see knowledge/facts/README.md). */
export interface FactRecord {
  id: string;
  subject: string;
  alsoSubjects?: string[];
  kind: string;
  attribute: { ko?: string[]; en?: string[] };
  requires?: { ko?: string[]; en?: string[] };
  excludes?: { ko?: string[]; en?: string[] };
  value: Record<string, unknown>;
  accepts?: Record<string, unknown>[];
  history?: { value: Record<string, unknown>; until: string }[];
  severity?: 'warning' | 'information';
  source: { url: string; asOf: string };
  explain: Localized;
  [extra: string]: unknown;
}

export interface KnowledgeFile<T> {
  file: string;
  data: { version: number; concepts?: T[]; facts?: T[] };
}

export interface RawKnowledge {
  concepts: KnowledgeFile<ConceptRecord>[];
  facts: KnowledgeFile<FactRecord>[];
}

/** A name the mention matcher looks for, with how strictly it must be written. */
export interface ConceptName {
  conceptId: string;
  text: string;
  /** abbreviations and ambiguous words must match letter case exactly */
  exactCase: boolean;
  /** also an ordinary English word ("Config", "Glue"): needs confirmation in the note (see mentions.ts) */
  ambiguous?: boolean;
  lang: Lang;
}
