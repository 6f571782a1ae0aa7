// Merges the learner's own knowledge (.aws-notes/*.yaml) over the bundled knowledge base: aliases join the
// concepts' names (so they go into the same trie matcher: literal text, linear-time matching, no user
// regular expressions), new concepts and facts are added, overrides replace a fact's value, and disabled
// facts are left out. References are checked against the merged whole and reported where they are written.
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { knowledgeBaseFrom } from '../knowledge/knowledgeBase';
import type { ConceptRecord, FactRecord, Lang } from '../knowledge/types';
import { isHangul } from '../text/scripts';
import { factValueProblem } from './factValues';
import { ProblemSink, type UserFileProblem } from './problems';
import type { UserKnowledgeFile } from './readFile';

export interface MergedKnowledge {
  knowledge: KnowledgeBase;
  problems: UserFileProblem[];
  /** what was added, for the status line */
  counts: { aliases: number; concepts: number; facts: number; overrides: number; disabled: number };
}

/** Aliases written in capitals ("CDK") match only as written, like abbreviations; others in any case. */
const isAllCaps = (text: string) => /[A-Z]/.test(text) && text === text.toUpperCase() && !/[a-z]/.test(text);

export function mergeUserKnowledge(base: KnowledgeBase, files: UserKnowledgeFile[], texts: Map<string, string>, lang: Lang = 'en'): MergedKnowledge {
  const problems: UserFileProblem[] = files.flatMap((f) => f.problems);
  const sinkOf = new Map<string, ProblemSink>();
  const sink = (file: string) => {
    let s = sinkOf.get(file);
    if (!s) sinkOf.set(file, (s = new ProblemSink(file, texts.get(file) ?? '', lang)));
    return s;
  };
  const counts = { aliases: 0, concepts: 0, facts: 0, overrides: 0, disabled: 0 };

  // concepts: bundled (copied so aliases can be added) + the user's
  const concepts = new Map<string, ConceptRecord>(base.concepts.map((c) => [c.id, c]));
  const copied = new Set<string>();
  const own = (id: string) => {
    const c = concepts.get(id)!;
    if (copied.has(id)) return c;
    const copy: ConceptRecord = { ...c, names: { en: [...c.names.en], ko: [...c.names.ko], abbr: [...(c.names.abbr ?? [])] } };
    concepts.set(id, copy);
    copied.add(id);
    return copy;
  };
  for (const f of files) {
    for (const { record, span } of f.concepts) {
      if (concepts.has(record.id)) {
        sink(f.file).error(span, `concept '${record.id}' already exists; add names to it under aliases instead`, `개념 '${record.id}'는 이미 있습니다. 이름을 더하려면 aliases를 쓰세요`);
        continue;
      }
      concepts.set(record.id, record);
      copied.add(record.id);
      counts.concepts++;
    }
  }
  for (const f of files) {
    for (const { record, span } of f.concepts) {
      for (const r of record.related) {
        if (!concepts.has(r)) sink(f.file).warn(span, `related concept '${r}' does not exist`, `관련 개념 '${r}'가 없습니다`);
      }
    }
    for (const alias of f.aliases) {
      if (!concepts.has(alias.conceptId)) {
        sink(f.file).error(alias.span, `no concept '${alias.conceptId}' to add the alias to`, `별칭을 붙일 개념 '${alias.conceptId}'가 없습니다`);
        continue;
      }
      const c = own(alias.conceptId);
      const korean = [...alias.text].some((ch) => isHangul(ch.charCodeAt(0)));
      if (korean) c.names.ko.push(alias.text);
      else if (isAllCaps(alias.text)) c.names.abbr!.push(alias.text);
      else c.names.en.push(alias.text);
      counts.aliases++;
    }
  }

  // facts: bundled minus disabled, with overrides, plus the user's
  const facts = new Map<string, FactRecord>(base.facts.map((f) => [f.id, f]));
  for (const f of files) {
    for (const { record, span } of f.facts) {
      if (facts.has(record.id)) {
        sink(f.file).error(span, `fact '${record.id}' already exists; change it under overrides instead`, `사실 '${record.id}'는 이미 있습니다. 바꾸려면 overrides를 쓰세요`);
        continue;
      }
      for (const subject of [record.subject, ...(record.alsoSubjects ?? [])]) {
        if (!concepts.has(subject)) sink(f.file).error(span, `subject '${subject}' is not a known concept id`, `subject '${subject}'는 알려진 개념 id가 아닙니다`);
      }
      if (!concepts.has(record.subject)) continue;
      facts.set(record.id, record);
      counts.facts++;
    }
  }
  for (const f of files) {
    for (const o of f.overrides) {
      const fact = facts.get(o.factId);
      if (!fact) {
        sink(f.file).error(o.span, `no fact '${o.factId}' to override`, `바꿀 사실 '${o.factId}'가 없습니다`);
        continue;
      }
      if (o.value) {
        const problem = factValueProblem(fact.kind, o.value);
        if (problem) {
          sink(f.file).error(o.valueSpan, `${problem} (fact '${o.factId}' is of kind ${fact.kind})`, `${problem} (사실 '${o.factId}'의 kind는 ${fact.kind})`);
          continue;
        }
      }
      facts.set(o.factId, {
        ...fact,
        ...(o.value ? { value: o.value, history: [] } : {}),
        ...(o.accepts ? { accepts: o.accepts } : {}),
        ...(o.severity ? { severity: o.severity } : {}),
        overridden: true,
      });
      counts.overrides++;
    }
    for (const d of f.disabled) {
      if (!facts.delete(d.factId)) sink(f.file).warn(d.span, `no fact '${d.factId}' to disable`, `끌 사실 '${d.factId}'가 없습니다`);
      else counts.disabled++;
    }
  }

  for (const s of sinkOf.values()) problems.push(...s.problems);
  return { knowledge: knowledgeBaseFrom([...concepts.values()], [...facts.values()]), problems, counts };
}
