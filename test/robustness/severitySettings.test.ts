// Severity settings apply to every checker's findings in one place: per fact id first, then per kind;
// 'off' removes the finding; a finding that is not about a fact keeps its own severity.
import assert from 'node:assert/strict';
import { createLanguageService, knowledgeBaseFrom, type FactRecord, type NoteChecker } from '../../server/service';
import { settingsFromConfiguration } from '../../server/lsp/settings';
import { miniKnowledge } from '../helpers/miniKnowledge';

const fact = (id: string, kind: string): FactRecord => ({ id, subject: 'lambda', kind, attribute: {}, value: {}, source: { url: '', asOf: '' }, explain: { ko: '', en: '' } });

describe('severity settings', () => {
  const kb = knowledgeBaseFrom([...miniKnowledge().concepts], [fact('a-limit', 'limit'), fact('b-limit', 'limit'), fact('c-bool', 'boolean')]);
  const checker: NoteChecker = () =>
    ['a-limit', 'b-limit', 'c-bool', 'not-a-fact'].map((code, i) => ({ code, severity: 'warning', message: code, start: i, end: i + 1, fixes: [] }));
  const severities = (settings: Parameters<typeof createLanguageService>[0]['settings']) =>
    createLanguageService({ knowledge: kb, checkers: [checker], settings })
      .findings({ uri: 'mem://s.md', text: 'abcd' })
      .map((f) => `${f.code}:${f.severity}`);

  it('per kind, with per id winning, and off removing', () => {
    assert.deepEqual(severities({ factCheck: { enabled: true, severity: { 'a-limit': 'error', 'c-bool': 'off' }, severityByKind: { limit: 'hint', boolean: 'error' } } }), [
      'a-limit:error',
      'b-limit:hint',
      'not-a-fact:warning',
    ]);
  });

  it('ignores unknown severity words from settings instead of trusting them', () => {
    assert.deepEqual(severities({ factCheck: { enabled: true, severity: { 'a-limit': 'fatal' as any }, severityByKind: {} } }), ['a-limit:warning', 'b-limit:warning', 'c-bool:warning', 'not-a-fact:warning']);
  });

  it('reads severityByKind and maxNoteSizeKB from the editor settings', () => {
    assert.deepEqual(settingsFromConfiguration({ factCheck: { severityByKind: { limit: 'off' } }, maxNoteSizeKB: 512 }), {
      factCheck: { enabled: true, severity: {}, severityByKind: { limit: 'off' } },
      maxNoteSizeKB: 512,
    });
    assert.deepEqual(settingsFromConfiguration({ maxNoteSizeKB: -3 }), {});
  });
});
