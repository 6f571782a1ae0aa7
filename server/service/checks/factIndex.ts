// The facts of a knowledge base, indexed once: every attribute, requires, excludes and wrong-term word in
// one keyword index, limit values normalised to canonical units, and limit facts grouped (same subject,
// same unit family, overlapping attribute words) so a default and a maximum are judged together.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { FactRecord, Lang } from '../knowledge/types';
import { KeywordIndex } from '../claims/keywords';
import { unitOf, type UnitFamily } from '../claims/units';

export type KeywordRole = 'attr' | 'requires' | 'excludes' | 'wrong' | 'correct';

export interface KeywordRef {
  fact: IndexedFact;
  role: KeywordRole;
}

/** A limit value in canonical units. */
export interface LimitValue {
  qualifier: 'max' | 'min' | 'default' | 'exact' | 'range';
  min?: number;
  max?: number;
  number?: number;
}

export interface IndexedFact {
  fact: FactRecord;
  kind: string;
  subjects: Set<string>;
  /** limits: unit family and values */
  family?: UnitFamily;
  limit?: LimitValue;
  accepts?: LimitValue[];
  history?: { value: LimitValue | Record<string, unknown>; until: string }[];
  approx?: boolean;
  /** limits of one group share this object */
  group?: IndexedFact[];

  attributeWords: string[];
  /** the fact holds only where one of its `requires` words stands */
  needsRequires: boolean;
}

export interface FactIndex {
  facts: IndexedFact[];
  keywords: KeywordIndex<KeywordRef>;
  /** facts without attribute words: every claim may be about them */
  always: IndexedFact[];
}

const cache = new WeakMap<KnowledgeBase, FactIndex>();

export function factIndex(kb: KnowledgeBase, warn: (m: string) => void = () => undefined): FactIndex {
  let index = cache.get(kb);
  if (!index) cache.set(kb, (index = build(kb, warn)));
  return index;
}

const words = (x: { ko?: string[]; en?: string[] } | undefined): string[] => [...(x?.ko ?? []), ...(x?.en ?? [])].filter((w) => typeof w === 'string' && w.trim());

function build(kb: KnowledgeBase, warn: (m: string) => void): FactIndex {
  const keywords = new KeywordIndex<KeywordRef>();
  const facts: IndexedFact[] = [];
  for (const fact of kb.facts) {
    const f: IndexedFact = {
      fact,
      kind: fact.kind,
      subjects: new Set([fact.subject, ...(fact.alsoSubjects ?? [])]),
      attributeWords: words(fact.attribute),
      needsRequires: !!(fact.requires?.ko?.length || fact.requires?.en?.length),
    };
    if (fact.kind === 'limit') {
      const unit = unitOf(fact.value.unit as string | undefined);
      if (!unit) {
        warn(`fact ${fact.id}: unknown unit '${fact.value.unit}'`);
        continue;
      }
      f.family = unit.family;
      f.approx = fact.value.approx === true;
      f.limit = limitValue(fact.value, fact.value.qualifier as string, unit.factor);
      if (!f.limit) {
        warn(`fact ${fact.id}: limit value needs number (or min/max for a range)`);
        continue;
      }
      f.accepts = (fact.accepts ?? []).map((a) => limitValue(a, (a.qualifier as string) ?? (fact.value.qualifier as string), factorOf(a.unit, unit.factor))).filter((x): x is LimitValue => !!x);
      f.history = (fact.history ?? []).map((h) => ({ value: limitValue(h.value, (h.value.qualifier as string) ?? (fact.value.qualifier as string), factorOf(h.value.unit, unit.factor)) ?? h.value, until: String(h.until) }));
    } else {
      f.history = (fact.history ?? []).map((h) => ({ value: h.value, until: String(h.until) }));
    }
    facts.push(f);
    for (const w of f.attributeWords) keywords.add(w, { fact: f, role: 'attr' });
    for (const w of words(fact.requires)) keywords.add(w, { fact: f, role: 'requires' });
    for (const w of words(fact.excludes)) keywords.add(w, { fact: f, role: 'excludes' });
    if (fact.kind === 'term') {
      const wrong = (fact.value.wrong as string[] | undefined) ?? [];

      const old = (fact.history ?? []).map((h) => h.value.term).filter((t): t is string => typeof t === 'string');
      for (const w of [...wrong, ...old]) keywords.add(w, { fact: f, role: 'wrong' });
      if (typeof fact.value.term === 'string') keywords.add(fact.value.term, { fact: f, role: 'correct' });
    }
  }
  groupLimits(facts);
  return { facts, keywords, always: facts.filter((f) => f.attributeWords.length === 0) };
}

/** The facts a keyword names the attribute of, those it meets the `requires` of, and those without attribute words it touches. */
export interface RoleFacts {
  attr: IndexedFact[];
  requires: IndexedFact[];
  unconditional: IndexedFact[];
}

const roleFacts = new WeakMap<KeywordRef[], RoleFacts>();

/**
 * The attribute and requires facts among a keyword's refs (a hit's `values`), worked out once per keyword:
 * a word such as "not" excludes dozens of facts and names the attribute of none. (The fact index adds no
 * keyword after it is built, so a keyword's refs never change.)
 */
export function factsByRole(refs: KeywordRef[]): RoleFacts {
  let known = roleFacts.get(refs);
  if (!known) {
    known = { attr: [], requires: [], unconditional: [] };
    for (const ref of refs) {
      if (ref.role === 'attr') known.attr.push(ref.fact);
      else if (ref.role === 'requires') known.requires.push(ref.fact);
      if (!ref.fact.attributeWords.length) known.unconditional.push(ref.fact);
    }
    roleFacts.set(refs, known);
  }
  return known;
}

function factorOf(unit: unknown, fallback: number): number {
  return typeof unit === 'string' ? unitOf(unit)?.factor ?? fallback : fallback;
}

function limitValue(v: Record<string, unknown>, qualifier: string | undefined, factor: number): LimitValue | undefined {
  const num = (x: unknown) => (typeof x === 'number' ? x * factor : undefined);
  const q = (qualifier ?? 'exact') as LimitValue['qualifier'];
  if (typeof v.number === 'number') return { qualifier: q === 'range' ? 'exact' : q, number: num(v.number) };
  if (typeof v.min === 'number' || typeof v.max === 'number') return { qualifier: 'range', min: num(v.min), max: num(v.max) };
  return undefined;
}

function groupLimits(facts: IndexedFact[]): void {
  const limits = facts.filter((f) => f.kind === 'limit');
  for (const f of limits) f.group = [f];
  for (let i = 0; i < limits.length; i++) {
    for (let j = i + 1; j < limits.length; j++) {
      const a = limits[i];
      const b = limits[j];
      if (a.group === b.group || a.family !== b.family || a.fact.subject !== b.fact.subject) continue;
      const aw = new Set(a.attributeWords.map((w) => w.toLowerCase().replace(/\s+/g, '')));
      if (!b.attributeWords.some((w) => aw.has(w.toLowerCase().replace(/\s+/g, '')))) continue;
      const merged = [...a.group!, ...b.group!];
      for (const f of merged) f.group = merged;
    }
  }
}

/** A display name of a concept in the note's language. */
export function conceptName(kb: KnowledgeBase, id: string, lang: Lang): string {
  const c = kb.concept(id);
  if (!c) return id;
  const en = [...c.names.en].sort((a, b) => a.length - b.length)[0];
  if (lang === 'en') return en ?? c.names.abbr?.[0] ?? id;
  // Korean notes write service names in English ("Lambda", "RDS", "Route 53") and concepts in Korean
  if (en && en.length <= 14 && /^[A-Z0-9][A-Za-z0-9 .-]*$/.test(en)) return en;
  return c.names.ko[0] ?? en ?? id;
}
