import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeService } from '../../server/node/createService';
import { repoRoot } from '../helpers/paths';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'markdown.json'), 'utf8'));

const VARIABLES: Record<string, string> = { TM_FILENAME_BASE: 'lambda', CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '22' };

/** The text VS Code inserts when every placeholder keeps its default (and every choice its first option). */
function expand(body: string): string {
  let text = body;
  for (let pass = 0; pass < 5; pass++) {
    text = text
      .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => VARIABLES[name] ?? '')
      .replace(/\$\{\d+\|([^|}]*)\|\}/g, (_, choices: string) => choices.split(/(?<!\\),/)[0].replace(/\\,/g, ','))
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text;
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('snippets', () => {
  it('each has prefixes, a description and a body with well-formed placeholders', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length && prefixes.every((p) => p.trim()), `${name}: prefix`);
      assert.ok(s.description?.trim(), `${name}: description`);
      const expanded = expand(bodyOf(s));
      assert.doesNotMatch(expanded, /\$/, `${name}: a "$" is left after expanding placeholders (unbalanced or unescaped)`);
    }
  });

  it('come in Korean and English pairs', () => {
    const names = Object.keys(snippets);
    for (const name of names.filter((n) => n.endsWith('(Korean)'))) {
      assert.ok(names.includes(name.replace('(Korean)', '(English)')), `${name} has an English twin`);
    }
    for (const name of names.filter((n) => n.endsWith('(English)'))) {
      assert.ok(names.includes(name.replace('(English)', '(Korean)')), `${name} has a Korean twin`);
    }
  });

  it('include the templates learners use', () => {
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    for (const p of ['aws-service', 'aws-service-ko', 'aws-sg-nacl', 'aws-sqs-sns-kinesis', 'aws-elb', 'aws-db', 'aws-s3-classes', 'aws-dr', 'aws-limits', 'aws-til', 'aws-disable']) {
      assert.ok(prefixes.includes(p), `a snippet with prefix ${p}`);
    }
    const service = expand(bodyOf(snippets['AWS service note (Korean)']));
    for (const heading of ['## 개요', '## 특징', '## 제한 사항', '## 비교', '## 요금', '## 참고']) assert.ok(service.includes(heading), heading);
    assert.equal(expand(bodyOf(snippets['Silence a fact check on the next line'])).trim(), '<!-- aws-notes-disable-next-line fact-id -->');
  });

  it('never trip our own fact checker, and mention the concepts they compare', () => {
    const service = createNodeService();
    for (const [name, s] of Object.entries(snippets)) {
      const text = expand(bodyOf(s));
      const note = { uri: `file:///snippets/${encodeURIComponent(name)}.md`, text };
      const findings = service.findings(note);
      assert.deepEqual(
        findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)} — ${f.message}`),
        [],
        `snippet "${name}"`,
      );
    }
    const mentioned = (name: string) => new Set(service.analyze({ uri: `file:///m/${name}.md`, text: expand(bodyOf(snippets[name])) }).mentions.map((m) => m.conceptId));
    const sgNacl = mentioned('Security group vs network ACL (Korean)');
    assert.ok(sgNacl.has('security-group') && sgNacl.has('nacl'), [...sgNacl].join());
  });
});
