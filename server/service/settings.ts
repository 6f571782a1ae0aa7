// Settings the service honours. The LSP adapter maps VS Code's `awsNotes.*` configuration onto these;
// the CLI maps .aws-notes/config.yaml onto them.

export type LanguageSetting = 'auto' | 'ko' | 'en';

export interface ServiceSettings {
  language: LanguageSetting;
  factCheck: {
    enabled: boolean;
    /** per fact id: a severity or 'off' */
    severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  };
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  language: 'auto',
  factCheck: { enabled: true, severity: {} },
};

export function mergeSettings(base: ServiceSettings, patch: Partial<ServiceSettings> | undefined): ServiceSettings {
  if (!patch) return base;
  return {
    ...base,
    ...patch,
    factCheck: { ...base.factCheck, ...(patch.factCheck ?? {}), severity: { ...base.factCheck.severity, ...(patch.factCheck?.severity ?? {}) } },
  };
}
