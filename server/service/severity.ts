// Severity settings applied in one place for every checker: per fact id first, then per fact kind;
// 'off' removes the finding. Findings whose code is not a fact (e.g. note-too-large) are left alone.
import type { Finding } from './findings';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { ServiceSettings } from './settings';

// settings come from users' files: an unknown word is ignored rather than trusted
const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

export function applySeveritySettings(findings: Finding[], settings: ServiceSettings, knowledge: KnowledgeBase): Finding[] {
  const byId = settings.factCheck.severity ?? {};
  const byKind = settings.factCheck.severityByKind ?? {};
  const out: Finding[] = [];
  for (const finding of findings) {
    const fact = knowledge.fact(finding.code);
    const wanted = Object.hasOwn(byId, finding.code) ? byId[finding.code] : fact && Object.hasOwn(byKind, fact.kind) ? byKind[fact.kind] : undefined;
    if (wanted === 'off') continue;
    out.push(wanted && SEVERITIES.has(wanted) && wanted !== finding.severity ? { ...finding, severity: wanted } : finding);
  }
  return out;
}
