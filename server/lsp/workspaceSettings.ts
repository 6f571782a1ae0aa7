// The settings of the workspace features, read from the client's `awsNotes` section (nested, as VS Code
// sends it, or with dotted keys, as some clients do), ignoring what is invalid.

export type DiagnosticsScope = 'workspace' | 'openFiles';

export interface WorkspaceSettings {
  /** publish problems of every note in the workspace, or only of the open ones */
  scope: DiagnosticsScope;
  /** globs (relative to each workspace folder) of the notes to index; empty = all */
  include: string[];
  /** globs (relative to each workspace folder) of notes to leave out */
  exclude: string[];
  codeLens: boolean;
}

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = { scope: 'workspace', include: [], exclude: [], codeLens: true };

export function workspaceSettingsFrom(section: unknown, base: WorkspaceSettings = DEFAULT_WORKSPACE_SETTINGS): WorkspaceSettings {
  if (!section || typeof section !== 'object') return base;
  const c = section as Record<string, any>;
  const scope = c.diagnostics?.scope ?? c['diagnostics.scope'];
  const exclude = c.exclude;
  const include = c.include;
  const codeLens = c.codeLens?.enabled ?? c['codeLens.enabled'];
  return {
    scope: scope === 'workspace' || scope === 'openFiles' ? scope : base.scope,
    include: Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string') : base.include,
    exclude: Array.isArray(exclude) ? exclude.filter((g): g is string => typeof g === 'string') : base.exclude,
    codeLens: typeof codeLens === 'boolean' ? codeLens : base.codeLens,
  };
}
