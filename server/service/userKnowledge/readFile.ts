// Reads one .aws-notes/*.yaml file into a UserKnowledge value, checking every part by hand and reporting
// each problem at its place; what is valid is kept, so one typo never disables the rest of the file.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { ConceptRecord, FactRecord, Lang } from '../knowledge/types';
import { CATEGORY_LABELS } from '../knowledge/categories';
import { ProblemSink, type UserFileProblem } from './problems';
import { ID, mapEntries, plain, readString, readStrings, spanOf, type Span } from './yamlNodes';
import { checkFactValue, FACT_KINDS } from './factValues';

export interface UserAlias {
  conceptId: string;
  text: string;
  span?: Span;
}

export interface UserFactOverride {
  factId: string;
  span?: Span;
  value?: Record<string, unknown>;
  valueSpan?: Span;
  accepts?: Record<string, unknown>[];
  severity?: 'warning' | 'information';
}

export interface UserKnowledgeFile {
  file: string;
  aliases: UserAlias[];
  concepts: { record: ConceptRecord; span?: Span }[];
  facts: { record: FactRecord; span?: Span }[];
  overrides: UserFactOverride[];
  disabled: { factId: string; span?: Span }[];
  /** top-level settings keys (only honoured in config.yaml; see server/node/projectConfig.ts) */
  settings: Map<string, { node: unknown; span?: Span }>;
  problems: UserFileProblem[];
}

export const KNOWLEDGE_KEYS = ['version', 'aliases', 'concepts', 'facts', 'overrides', 'disable'] as const;
export const SETTINGS_KEYS = ['language', 'factCheck', 'maxNoteSizeKB', 'include', 'exclude'] as const;

export function readUserKnowledgeFile(file: string, text: string, lang: Lang = 'en'): UserKnowledgeFile {
  const sink = new ProblemSink(file, text, lang);
  const out: UserKnowledgeFile = { file, aliases: [], concepts: [], facts: [], overrides: [], disabled: [], settings: new Map(), problems: sink.problems };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) sink.error([e.pos[0], e.pos[1]], `YAML: ${firstLine(e.message)}`, `YAML 문법 오류: ${firstLine(e.message)}`);
  for (const w of doc.warnings) sink.warn([w.pos[0], w.pos[1]], `YAML: ${firstLine(w.message)}`, `YAML 경고: ${firstLine(w.message)}`);
  if (doc.contents === null) return out; // an empty file is fine
  const top = mapEntries(doc.contents, sink, 'the file');
  if (!top) return out;
  for (const { key, keyNode, value } of top) {
    switch (key) {
      case 'version':
        if (plain(value) !== 1) sink.error(spanOf(value), 'version must be 1', 'version은 1이어야 합니다');
        break;
      case 'aliases':
        readAliases(value, sink, out);
        break;
      case 'concepts':
        forEachItem(value, sink, 'concepts', (item) => {
          const record = readConcept(item, sink);
          if (record) out.concepts.push({ record, span: spanOf(item) });
        });
        break;
      case 'facts':
        forEachItem(value, sink, 'facts', (item) => {
          const record = readFact(item, sink);
          if (record) out.facts.push({ record, span: spanOf(item) });
        });
        break;
      case 'overrides':
        readOverrides(value, sink, out);
        break;
      case 'disable':
        for (const id of readStrings(value, sink, 'a fact id in disable') ?? []) out.disabled.push({ factId: id.text, span: id.span });
        break;
      default:
        if ((SETTINGS_KEYS as readonly string[]).includes(key)) out.settings.set(key, { node: value, span: spanOf(keyNode) });
        else
          sink.error(
            spanOf(keyNode),
            `unknown key '${key}' (expected one of ${[...KNOWLEDGE_KEYS, ...SETTINGS_KEYS].join(', ')})`,
            `알 수 없는 키 '${key}' (${[...KNOWLEDGE_KEYS, ...SETTINGS_KEYS].join(', ')} 중 하나여야 합니다)`,
          );
    }
  }
  return out;
}

/** A required text field: reported on the item itself when it is absent. */
function required(item: unknown, value: unknown, sink: ProblemSink, key: string): string | undefined {
  if (value === undefined) {
    sink.error(spanOf(item), `'${key}' is missing`, `'${key}' 항목이 없습니다`);
    return undefined;
  }
  return readString(value, sink, key);
}

const firstLine = (s: string) => s.split('\n')[0].replace(/:$/, '');

function forEachItem(node: unknown, sink: ProblemSink, what: string, f: (item: unknown) => void): void {
  if (node === null || node === undefined) return;
  if (!isSeq(node)) {
    sink.error(spanOf(node), `${what} must be a list (- item)`, `${what}은(는) 목록(- 항목)이어야 합니다`);
    return;
  }
  node.items.forEach(f);
}

function readAliases(node: unknown, sink: ProblemSink, out: UserKnowledgeFile): void {
  for (const { key, keyNode, value } of mapEntries(node, sink, 'aliases') ?? []) {
    if (!ID.test(key)) {
      sink.error(spanOf(keyNode), `'${key}' is not a concept id (kebab-case, e.g. lambda)`, `'${key}'는 개념 id가 아닙니다 (예: lambda)`);
      continue;
    }
    for (const alias of readStrings(value, sink, 'an alias') ?? []) {
      if (alias.text.length > 100) sink.error(alias.span, 'an alias may be at most 100 characters', '별칭은 100자까지입니다');
      else if (!/[\p{L}\p{N}]/u.test(alias.text)) sink.error(alias.span, 'an alias needs at least one letter or digit', '별칭에는 글자나 숫자가 하나 이상 있어야 합니다');
      else out.aliases.push({ conceptId: key, text: alias.text, span: alias.span });
    }
  }
}

function localized(node: unknown, sink: ProblemSink, what: string, required: boolean): { ko: string; en: string } | undefined {
  if (node === undefined || node === null) {
    if (required) sink.error(undefined, `${what} is missing`, `${what}이(가) 없습니다`);
    return undefined;
  }
  if (!isMap(node)) {
    const text = readString(node, sink, what);
    return text ? { ko: text, en: text } : undefined;
  }
  const entries = mapEntries(node, sink, what) ?? [];
  const get = (lang: string) => {
    const e = entries.find((x) => x.key === lang);
    return e ? readString(e.value, sink, `${what}.${lang}`) : undefined;
  };
  const ko = get('ko');
  const en = get('en');
  for (const e of entries) if (e.key !== 'ko' && e.key !== 'en') sink.error(spanOf(e.keyNode), `${what} takes ko and en`, `${what}에는 ko와 en만 씁니다`);
  if (!ko && !en) {
    sink.error(spanOf(node), `${what} needs ko or en`, `${what}에는 ko나 en이 필요합니다`);
    return undefined;
  }
  return { ko: ko ?? en!, en: en ?? ko! };
}

function readConcept(node: unknown, sink: ProblemSink): ConceptRecord | undefined {
  const entries = mapEntries(node, sink, 'a concept');
  if (!entries) return undefined;
  const field = (k: string) => entries.find((e) => e.key === k)?.value;
  const known = new Set(['id', 'category', 'names', 'summary', 'docs', 'related', 'ambiguous']);
  for (const e of entries) if (!known.has(e.key)) sink.error(spanOf(e.keyNode), `unknown concept field '${e.key}'`, `알 수 없는 개념 항목 '${e.key}'`);
  const id = required(node, field('id'), sink, 'id');
  if (id === undefined) return undefined;
  if (!ID.test(id)) {
    sink.error(spanOf(field('id')), `concept id '${id}' must be kebab-case (e.g. my-service)`, `개념 id '${id}'는 kebab-case여야 합니다 (예: my-service)`);
    return undefined;
  }
  const names: ConceptRecord['names'] = { en: [], ko: [], abbr: [] };
  const namesNode = field('names');
  for (const e of (namesNode === undefined ? undefined : mapEntries(namesNode, sink, 'names')) ?? []) {
    if (e.key !== 'en' && e.key !== 'ko' && e.key !== 'abbr') {
      sink.error(spanOf(e.keyNode), 'names takes en, ko and abbr', 'names에는 en, ko, abbr만 씁니다');
      continue;
    }
    names[e.key]!.push(...(readStrings(e.value, sink, `a name in names.${e.key}`) ?? []).map((n) => n.text));
  }
  if (!names.en.length && !names.ko.length && !names.abbr!.length) {
    sink.error(spanOf(namesNode ?? node), `concept '${id}' needs at least one name (names: en, ko or abbr)`, `개념 '${id}'에는 이름이 하나 이상 필요합니다 (names: en, ko, abbr)`);
    return undefined;
  }
  let category = readString(field('category') ?? null, sink, 'category', false) ?? 'architecture';
  if (!CATEGORY_LABELS[category]) {
    sink.warn(spanOf(field('category')), `unknown category '${category}', shown as given`, `알 수 없는 분류 '${category}' (그대로 표시합니다)`);
  }
  const summary = localized(field('summary'), sink, 'summary', false) ?? { ko: '직접 추가한 개념', en: 'A concept you added' };
  const docs = readString(field('docs') ?? null, sink, 'docs', false) ?? '';
  if (docs && !/^https?:\/\//.test(docs)) sink.error(spanOf(field('docs')), 'docs must be a web address (https://…)', 'docs는 웹 주소(https://…)여야 합니다');
  const related = (readStrings(field('related') ?? null, sink, 'a related concept id') ?? []).map((r) => r.text);
  const ambiguous = (readStrings(field('ambiguous') ?? null, sink, 'an ambiguous name') ?? []).map((r) => r.text);
  return { id, category, names, ambiguous, summary, docs: /^https?:\/\//.test(docs) ? docs : '', related, limits: [] };
}

function readFact(node: unknown, sink: ProblemSink): FactRecord | undefined {
  const entries = mapEntries(node, sink, 'a fact');
  if (!entries) return undefined;
  const field = (k: string) => entries.find((e) => e.key === k)?.value;
  const known = new Set(['id', 'subject', 'alsoSubjects', 'kind', 'attribute', 'requires', 'excludes', 'value', 'accepts', 'severity', 'source', 'explain']);
  for (const e of entries) if (!known.has(e.key)) sink.error(spanOf(e.keyNode), `unknown fact field '${e.key}'`, `알 수 없는 사실 항목 '${e.key}'`);
  const id = required(node, field('id'), sink, 'id');
  const subject = required(node, field('subject'), sink, 'subject');
  const kind = required(node, field('kind'), sink, 'kind');
  if (id === undefined || subject === undefined || kind === undefined) return undefined;
  let ok = true;
  if (!ID.test(id)) {
    sink.error(spanOf(field('id')), `fact id '${id}' must be kebab-case`, `사실 id '${id}'는 kebab-case여야 합니다`);
    ok = false;
  }
  if (!FACT_KINDS.includes(kind)) {
    sink.error(spanOf(field('kind')), `kind must be one of ${FACT_KINDS.join(', ')}`, `kind는 ${FACT_KINDS.join(', ')} 중 하나여야 합니다`);
    ok = false;
  }
  const words = (k: string, required: boolean) => {
    const n = field(k);
    if (n === undefined || n === null) {
      if (required) sink.error(spanOf(node), `${k} (ko/en word lists) is missing`, `${k}(ko/en 단어 목록)이 없습니다`);
      return undefined;
    }
    const out: { ko?: string[]; en?: string[] } = {};
    for (const e of mapEntries(n, sink, k) ?? []) {
      if (e.key !== 'ko' && e.key !== 'en') sink.error(spanOf(e.keyNode), `${k} takes ko and en`, `${k}에는 ko와 en만 씁니다`);
      else out[e.key] = (readStrings(e.value, sink, `a word in ${k}.${e.key}`) ?? []).map((w) => w.text);
    }
    return out;
  };
  const attribute = words('attribute', true);
  if (attribute && !attribute.ko?.length && !attribute.en?.length) {
    sink.error(spanOf(field('attribute')), 'attribute needs at least one word', 'attribute에는 단어가 하나 이상 필요합니다');
    ok = false;
  }
  const valueNode = field('value');
  const value = plain(valueNode);
  if (!checkFactValue(kind, value, sink, spanOf(valueNode ?? node))) ok = false;
  const explain = localized(field('explain'), sink, 'explain', true);
  const severity = readString(field('severity') ?? null, sink, 'severity', false);
  if (severity && severity !== 'warning' && severity !== 'information') sink.error(spanOf(field('severity')), 'severity must be warning or information', 'severity는 warning이나 information이어야 합니다');
  const sourceEntries = field('source') === undefined ? [] : mapEntries(field('source'), sink, 'source') ?? [];
  const url = sourceEntries.find((e) => e.key === 'url');
  const asOf = sourceEntries.find((e) => e.key === 'asOf');
  if (!ok || !attribute || !explain) return undefined;
  const record: FactRecord = {
    id,
    subject,
    kind,
    attribute,
    value: value as Record<string, unknown>,
    source: { url: url ? readString(url.value, sink, 'source.url') ?? '' : '', asOf: asOf ? String(plain(asOf.value) ?? '') : '' },
    explain,
    userDefined: true,
  };
  const also = readStrings(field('alsoSubjects') ?? null, sink, 'a concept id in alsoSubjects');
  if (also) record.alsoSubjects = also.map((a) => a.text);
  const requires = words('requires', false);
  if (requires) record.requires = requires;
  const excludes = words('excludes', false);
  if (excludes) record.excludes = excludes;
  if (severity === 'warning' || severity === 'information') record.severity = severity;
  const accepts = plain(field('accepts'));
  if (Array.isArray(accepts)) record.accepts = accepts.filter((a) => a && typeof a === 'object') as Record<string, unknown>[];
  return record;
}

function readOverrides(node: unknown, sink: ProblemSink, out: UserKnowledgeFile): void {
  for (const { key, keyNode, value } of mapEntries(node, sink, 'overrides') ?? []) {
    const o: UserFactOverride = { factId: key, span: spanOf(keyNode) };
    for (const e of mapEntries(value, sink, `overrides.${key}`) ?? []) {
      if (e.key === 'value') {
        const v = plain(e.value);
        if (!v || typeof v !== 'object' || Array.isArray(v)) sink.error(spanOf(e.value), 'value must be a mapping, shaped like the fact’s value', 'value는 사실의 value와 같은 모양의 매핑이어야 합니다');
        else {
          o.value = v as Record<string, unknown>;
          o.valueSpan = spanOf(e.value);
        }
      } else if (e.key === 'accepts') {
        const v = plain(e.value);
        if (!Array.isArray(v)) sink.error(spanOf(e.value), 'accepts must be a list of values', 'accepts는 value의 목록이어야 합니다');
        else o.accepts = v.filter((a) => a && typeof a === 'object') as Record<string, unknown>[];
      } else if (e.key === 'severity') {
        const s = readString(e.value, sink, 'severity');
        if (s === 'warning' || s === 'information') o.severity = s;
        else if (s !== undefined) sink.error(spanOf(e.value), 'severity must be warning or information (use disable to switch a fact off)', 'severity는 warning이나 information입니다 (끄려면 disable을 쓰세요)');
      } else {
        sink.error(spanOf(e.keyNode), `an override takes value, accepts and severity, not '${e.key}'`, `override에는 value, accepts, severity만 씁니다 ('${e.key}'는 안 됨)`);
      }
    }
    out.overrides.push(o);
  }
}
