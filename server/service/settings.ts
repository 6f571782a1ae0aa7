// Settings the service honours. The LSP adapter maps VS Code's `awsNotes.*` configuration onto these;
// the CLI maps .aws-notes/config.yaml onto them.

export type LanguageSetting = 'auto' | 'ko' | 'en';
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface ServiceSettings {
  language: LanguageSetting;
  factCheck: {
    enabled: boolean;
    /** per fact id: a severity or 'off' */
    severity: Record<string, SeveritySetting>;
    /** per fact kind (limit, boolean, …); a per-id severity wins over it */
    severityByKind?: Record<string, SeveritySetting>;
  };
  /** notes larger than this (UTF-8 KiB) are not analysed; they get one `note-too-large` finding instead */
  maxNoteSizeKB?: number;
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  language: 'auto',
  factCheck: { enabled: true, severity: {}, severityByKind: {} },
  maxNoteSizeKB: 2048,
};

export function mergeSettings(base: ServiceSettings, patch: Partial<ServiceSettings> | undefined): ServiceSettings {
  if (!patch) return base;
  return {
    ...base,
    ...patch,
    factCheck: { ...base.factCheck, ...(patch.factCheck ?? {}), severity: { ...base.factCheck.severity, ...(patch.factCheck?.severity ?? {}) }, severityByKind: { ...base.factCheck.severityByKind, ...(patch.factCheck?.severityByKind ?? {}) } },
  };
}
