import type { ConceptName, ConceptRecord, FactRecord, RawKnowledge } from './types';

/** The indexed, read-only knowledge the service works with: concepts, their names and facts. */
export interface KnowledgeBase {
  readonly concepts: readonly ConceptRecord[];
  readonly facts: readonly FactRecord[];
  concept(id: string): ConceptRecord | undefined;
  fact(id: string): FactRecord | undefined;
  factsAbout(conceptId: string): readonly FactRecord[];
  names(): readonly ConceptName[];
}

export function createKnowledgeBase(raw: RawKnowledge): KnowledgeBase {
  const concepts = raw.concepts.flatMap((f) => f.data.concepts ?? []);
  const facts = raw.facts.flatMap((f) => f.data.facts ?? []);
  return knowledgeBaseFrom(concepts, facts);
}

export function knowledgeBaseFrom(concepts: ConceptRecord[], facts: FactRecord[]): KnowledgeBase {
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  const factById = new Map(facts.map((f) => [f.id, f]));
  const factsBySubject = new Map<string, FactRecord[]>();
  for (const fact of facts) {
    for (const subject of [fact.subject, ...(fact.alsoSubjects ?? [])]) {
      const list = factsBySubject.get(subject) ?? [];
      list.push(fact);
      factsBySubject.set(subject, list);
    }
  }
  let nameList: ConceptName[] | undefined;
  return {
    concepts,
    facts,
    concept: (id) => conceptById.get(id),
    fact: (id) => factById.get(id),
    factsAbout: (id) => factsBySubject.get(id) ?? [],
    names: () => (nameList ??= conceptNames(concepts)),
  };
}

function conceptNames(concepts: ConceptRecord[]): ConceptName[] {
  const out: ConceptName[] = [];
  for (const c of concepts) {
    const ambiguous = new Set(c.ambiguous ?? []);
    for (const text of c.names.en) out.push({ conceptId: c.id, text, exactCase: ambiguous.has(text), ambiguous: ambiguous.has(text), lang: 'en' });
    for (const text of c.names.abbr ?? []) out.push({ conceptId: c.id, text, exactCase: true, lang: 'en' });
    for (const text of c.names.ko) out.push({ conceptId: c.id, text, exactCase: false, lang: 'ko' });
  }
  return out;
}
