// The bundled knowledge is data with a schema: every file validates, ids are unique, references resolve,
// and no name points at two concepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import { bundledRawKnowledge } from '../../server/service/knowledge/bundled';
import { repoRoot } from '../helpers/paths';

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'knowledge', 'schema', name), 'utf8'));

function validator(name: string) {
  const s = schema(name);
  const ajv = String(s.$schema ?? '').includes('2020') ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
  return ajv.compile(s);
}

const concepts = bundledRawKnowledge.concepts.flatMap((f) => (f.data.concepts ?? []).map((c) => ({ ...c, file: f.file })));
const facts = bundledRawKnowledge.facts.flatMap((f) => (f.data.facts ?? []).map((x) => ({ ...x, file: f.file })));
const conceptIds = new Set(concepts.map((c) => c.id));

describe('knowledge base', () => {
  it('concept files validate against the schema', () => {
    const validate = validator('concepts.schema.json');
    for (const f of bundledRawKnowledge.concepts) {
      assert.ok(validate(f.data), `${f.file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  it('fact files validate against the schema', () => {
    const validate = validator('facts.schema.json');
    for (const f of bundledRawKnowledge.facts) {
      assert.ok(validate(f.data), `${f.file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  it('has at least 200 concepts and 250 facts with unique ids', () => {
    assert.ok(concepts.length >= 200, `${concepts.length} concepts`);
    assert.ok(facts.length >= 250, `${facts.length} facts`);
    const dup = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(dup(concepts.map((c) => c.id)), []);
    assert.deepEqual(dup(facts.map((f) => f.id)), []);
  });

  it('cross-references resolve', () => {
    const missing: string[] = [];
    for (const c of concepts) for (const r of c.related) if (!conceptIds.has(r)) missing.push(`${c.file} ${c.id} → related ${r}`);
    for (const f of facts) {
      for (const s of [f.subject, ...(f.alsoSubjects ?? [])]) if (!conceptIds.has(s)) missing.push(`${f.file} ${f.id} → subject ${s}`);
      const members = (f.value as { members?: string[]; sequence?: string[] }).members ?? [];
      const sequence = (f.value as { sequence?: string[] }).sequence ?? [];
      for (const m of [...members, ...sequence]) if (!conceptIds.has(m)) missing.push(`${f.file} ${f.id} → ${m}`);
    }
    assert.deepEqual(missing, []);
  });

  it('never gives one name to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of concepts) {
      for (const name of [...c.names.en, ...c.names.ko, ...(c.names.abbr ?? [])]) {
        const key = name.toLowerCase().replace(/[\s\-_]+/g, '');
        const other = owner.get(key);
        if (other && other !== c.id) clashes.push(`${name}: ${other} / ${c.id}`);
        owner.set(key, c.id);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('every concept and fact links to an https AWS page', () => {
    const bad = [...concepts.map((c) => [c.id, c.docs]), ...facts.map((f) => [f.id, f.source.url])].filter(([, url]) => !/^https:\/\/([a-z0-9-]+\.)*(aws\.amazon\.com|amazonaws\.com|aws)\//.test(String(url)));
    assert.deepEqual(bad, []);
  });
});
