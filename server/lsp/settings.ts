// Maps the client's `awsNotes` configuration section onto the service's settings, ignoring what is invalid.
import type { ServiceSettings } from '../service';

export function settingsFromConfiguration(config: unknown): Partial<ServiceSettings> {
  const out: Partial<ServiceSettings> = {};
  if (!config || typeof config !== 'object') return out;
  const c = config as Record<string, any>;
  if (c.language === 'auto' || c.language === 'ko' || c.language === 'en') out.language = c.language;
  const fc = c.factCheck;
  if (fc && typeof fc === 'object') {
    out.factCheck = {
      enabled: typeof fc.enabled === 'boolean' ? fc.enabled : true,
      severity: fc.severity && typeof fc.severity === 'object' ? fc.severity : {},
      severityByKind: fc.severityByKind && typeof fc.severityByKind === 'object' ? fc.severityByKind : {},
    };
  }
  if (typeof c.maxNoteSizeKB === 'number' && Number.isFinite(c.maxNoteSizeKB) && c.maxNoteSizeKB >= 0) out.maxNoteSizeKB = c.maxNoteSizeKB;
  return out;
}
