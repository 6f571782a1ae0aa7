// The learner's own knowledge: aliases, concepts, facts, overrides and switching facts off, merged over the
// bundled knowledge; invalid files are reported at line and column and the valid rest still applies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { createLanguageService, knowledgeBaseFrom, type FactRecord } from '../../server/service';
import { mergeUserKnowledge, readUserKnowledgeFile, settingsFromUserFile } from '../../server/service/userKnowledge';
import { miniKnowledge } from '../helpers/miniKnowledge';
import { repoRoot } from '../helpers/paths';

const fact = (id: string, subject: string, extra: Partial<FactRecord> = {}): FactRecord => ({
  id,
  subject,
  kind: 'limit',
  attribute: { ko: ['실행 시간'], en: ['timeout'] },
  value: { qualifier: 'max', number: 900, unit: 's' },
  source: { url: 'https://docs.aws.amazon.com/x', asOf: '2026-01-01' },
  explain: { ko: '설명', en: 'explain' },
  ...extra,
});
const base = () => { const m = miniKnowledge(); return knowledgeBaseFrom([...m.concepts], [fact('lambda-max-timeout', 'lambda'), fact('s3-max-object-size', 's3')]); };

function merged(files: Record<string, string>, lang: 'en' | 'ko' = 'en') {
  const parsed = Object.entries(files).map(([name, text]) => readUserKnowledgeFile(name, text, lang));
  return mergeUserKnowledge(base(), parsed, new Map(Object.entries(files)), lang);
}
const mentionsWith = (files: Record<string, string>, text: string) =>
  createLanguageService({ knowledge: merged(files).knowledge }).analyze({ uri: 'mem://n.md', text }).mentions.map((m) => `${m.text}=${m.conceptId}`);
const where = (p: { range: { start: { line: number; character: number } } }) => `${p.range.start.line + 1}:${p.range.start.character + 1}`;

describe('user knowledge (.aws-notes/*.yaml)', () => {
  it('aliases join the matcher: "람다함수" → lambda, with particles; capitals only as written', () => {
    const files = { 'a.yaml': 'version: 1\naliases:\n  lambda: [람다함수, 람다 펑션]\n  s3: 에스쓰리\n  sqs: [QQS]\n' };
    assert.deepEqual(mentionsWith(files, '람다함수는 에스쓰리에서 읽고 람다펑션도, QQS 말고 qqs'), ['람다함수=lambda', '에스쓰리=s3', '람다펑션=lambda', 'QQS=sqs']);
    assert.deepEqual(merged(files).counts.aliases, 4);
  });

  it('user-written text is literal: regex syntax in an alias matches only itself and cannot freeze anything', () => {
    const evil = '(a+)+$';
    const files = { 'a.yaml': `aliases:\n  lambda: ["${evil}", "x.*", "a|b"]\n` };
    assert.deepEqual(mentionsWith(files, `x ${evil} x.* xyz a|b ${'a'.repeat(50_000)}!`), [`${evil}=lambda`, 'x.*=lambda', 'a|b=lambda']);
  });

  it('adds the learner\'s own concepts (with a hover card) and facts', () => {
    const files = {
      'c.yaml': ['concepts:', '  - id: my-lab', '    names: { en: [VPC lab], ko: [VPC 실습] }', '    summary: { ko: 강의 실습 환경 }', '    related: [vpc]', 'facts:', '  - id: my-lab-max', '    subject: my-lab', '    kind: limit', '    attribute: { ko: [인스턴스 수] }', '    value: { qualifier: max, number: 5, unit: count }', '    explain: 실습 계정은 최대 5개'].join('\n'),
    };
    const m = merged(files);
    assert.deepEqual(m.problems, []);
    assert.equal(m.knowledge.fact('my-lab-max')?.explain.en, '실습 계정은 최대 5개');
    assert.deepEqual(m.knowledge.factsAbout('my-lab').map((f) => f.id), ['my-lab-max']);
    const svc = createLanguageService({ knowledge: m.knowledge });
    const hover = svc.hover({ uri: 'mem://h.md', text: 'VPC 실습에서' }, { line: 0, character: 1 });
    assert.match(hover!.contents, /강의 실습 환경/);
    assert.doesNotMatch(hover!.contents, /\]\(\)/); // no empty documentation link
  });

  it('overrides a fact\'s value and severity, and switches facts off', () => {
    const m = merged({ 'o.yaml': 'overrides:\n  lambda-max-timeout:\n    value: { qualifier: max, number: 1800, unit: s }\n    severity: information\ndisable: [s3-max-object-size]\n' });
    assert.deepEqual(m.problems, []);
    assert.deepEqual(m.knowledge.fact('lambda-max-timeout')?.value, { qualifier: 'max', number: 1800, unit: 's' });
    assert.equal(m.knowledge.fact('lambda-max-timeout')?.severity, 'information');
    assert.equal(m.knowledge.fact('s3-max-object-size'), undefined);
    assert.deepEqual(m.counts, { aliases: 0, concepts: 0, facts: 0, overrides: 1, disabled: 1 });
  });

  it('reports every problem at its line and column, in the learner\'s language, and keeps the valid rest', () => {
    const text = [
      'version: 2', //                                          1
      'aliases:', //                                            2
      '  lambda: [람다함수, ""]', //                             3
      '  no-such-concept: [뭔가]', //                            4
      'concepts:', //                                           5
      '  - id: Bad_Id', //                                       6
      '    names: { en: [x] }', //                               7
      '  - id: lambda', //                                       8
      '    names: { en: [again] }', //                           9
      'facts:', //                                              10
      '  - id: f1', //                                          11
      '    subject: lambda', //                                 12
      '    kind: limit', //                                     13
      '    attribute: { en: [timeout] }', //                    14
      '    value: { qualifier: most, number: 5 }', //            15
      '    explain: x', //                                      16
      'overrides:', //                                          17
      '  nope: { severity: error }', //                         18
      'disable: [ghost]', //                                    19
      'colour: red', //                                         20
    ].join('\n');
    const m = merged({ 'bad.yaml': text });
    const got = m.problems.map((p) => `${where(p)} ${p.severity} ${p.message}`);
    const expect = [
      /^1:10 error version must be 1/,
      /^3:18 error an alias must be a non-empty text/,
      /^6:9 error concept id 'Bad_Id' must be kebab-case/,
      /^15:12 error a limit needs \{qualifier: max\|min\|default\|exact, number, unit\}/,
      /^18:21 error severity must be warning or information/,
      /^20:1 error unknown key 'colour'/,
      /^8:5 error concept 'lambda' already exists; add names to it under aliases/,
      /^4:21 error no concept 'no-such-concept'/,
      /^18:3 error no fact 'nope' to override/,
      /^19:11 warning no fact 'ghost' to disable/,
    ];
    assert.equal(got.length, expect.length, got.join('\n'));
    expect.forEach((re, i) => assert.match(got[i], re));
    // the valid alias still works
    assert.deepEqual(createLanguageService({ knowledge: m.knowledge }).analyze({ uri: 'mem://x.md', text: '람다함수' }).mentions.map((x) => x.conceptId), ['lambda']);
    const ko = merged({ 'bad.yaml': 'colour: red\n' }, 'ko');
    assert.match(ko.problems[0].message, /알 수 없는 키 'colour'/);
  });

  it('reports YAML syntax errors with their position and never throws on garbage', () => {
    const m = merged({ 'broken.yaml': 'aliases:\n  lambda: [람다함수\nconcepts: {\n' });
    assert.ok(m.problems.length >= 1);
    assert.match(m.problems[0].message, /^YAML: /);
    for (const junk of ['', '---', '- a\n- b', '42', '\u0000\uD800', 'aliases: 3', 'concepts: [1, [2], {id: x}]', 'facts: {}', 'a: &a [*a]', '? [a]\n: b', 'x'.repeat(100_000)]) {
      const r = merged({ 'junk.yaml': junk });
      assert.ok(Array.isArray(r.problems));
      for (const p of r.problems) assert.ok(p.start >= 0 && p.end <= junk.length, junk.slice(0, 20));
    }
  });

  it('reads settings from config.yaml only, checking each value', () => {
    const text = 'language: ko\nmaxNoteSizeKB: -1\nexclude: ["drafts/**"]\nfactCheck:\n  severity: { lambda-max-timeout: fatal, s3-max-object-size: off }\n  severityByKind: { limit: information }\n';
    const file = readUserKnowledgeFile('config.yaml', text);
    const s = settingsFromUserFile(file, text, 'en', true);
    assert.deepEqual(s.settings.language, 'ko');
    assert.equal(s.settings.maxNoteSizeKB, undefined);
    assert.deepEqual(s.exclude, ['drafts/**']);
    assert.deepEqual(s.settings.factCheck, { enabled: true, severity: { 's3-max-object-size': 'off' }, severityByKind: { limit: 'information' } });
    assert.deepEqual(s.problems.map((p) => `${where(p)} ${p.message}`), ['2:16 maxNoteSizeKB must be a number of kilobytes (0 = no limit)', '5:35 severity must be one of error, warning, information, hint, off']);
    const elsewhere = settingsFromUserFile(readUserKnowledgeFile('other.yaml', 'language: ko\n'), 'language: ko\n', 'en', false);
    assert.deepEqual(elsewhere.settings, {});
    assert.match(elsewhere.problems[0].message, /read from \.aws-notes\/config\.yaml only/);
  });

  it('the documented examples are valid for the JSON Schema (editor) and for the hand-written checks (server and CLI)', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'user-knowledge.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(blocks.length >= 4);
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'aws-notes.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    for (const block of blocks) {
      assert.ok(validate(parse(block)), JSON.stringify(validate.errors));
      const file = readUserKnowledgeFile('doc.yaml', block);
      assert.deepEqual(file.problems, []);
      assert.deepEqual(settingsFromUserFile(file, block, 'en', /config\.yaml/.test(block)).problems, []);
    }
    // and the schema rejects what the checks reject
    for (const bad of ['colour: red', 'aliases: { Lambda: [x] }', 'disable: [Bad Id]', 'language: fr', 'factCheck: { severityByKind: { limit: fatal } }']) {
      assert.equal(validate(parse(bad)), false, bad);
      const file = readUserKnowledgeFile('config.yaml', bad);
      assert.ok(file.problems.length + settingsFromUserFile(file, bad, 'en', true).problems.length > 0 || /disable/.test(bad), bad);
    }
  });
});
