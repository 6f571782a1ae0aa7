// Project settings from .aws-notes/config.yaml: the same keys as the editor's `awsNotes.*` settings, so the
// CLI in CI and the editor agree. Checked by hand; a wrong value is reported and ignored, the rest applies.
import type { Lang } from '../knowledge/types';
import type { ServiceSettings, SeveritySetting } from '../settings';
import { ProblemSink, type UserFileProblem } from './problems';
import type { UserKnowledgeFile } from './readFile';
import { mapEntries, plain, readStrings, spanOf } from './yamlNodes';

export interface ProjectSettings {
  settings: Partial<ServiceSettings>;
  /** globs (relative to the folder holding .aws-notes) of the notes to check; all notes when absent */
  include?: string[];
  exclude?: string[];
  problems: UserFileProblem[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

export function settingsFromUserFile(file: UserKnowledgeFile, text: string, lang: Lang, isConfigFile: boolean): ProjectSettings {
  const sink = new ProblemSink(file.file, text, lang);
  const out: ProjectSettings = { settings: {}, problems: sink.problems };
  for (const [key, { node, span }] of file.settings) {
    if (!isConfigFile) {
      sink.warn(span, `'${key}' is a setting: it is read from .aws-notes/config.yaml only`, `'${key}'는 설정이라 .aws-notes/config.yaml에서만 읽습니다`);
      continue;
    }
    switch (key) {
      case 'language': {
        const v = plain(node);
        if (v === 'auto' || v === 'ko' || v === 'en') out.settings.language = v;
        else sink.error(spanOf(node), 'language must be auto, ko or en', 'language는 auto, ko, en 중 하나입니다');
        break;
      }
      case 'maxNoteSizeKB': {
        const v = plain(node);
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out.settings.maxNoteSizeKB = v;
        else sink.error(spanOf(node), 'maxNoteSizeKB must be a number of kilobytes (0 = no limit)', 'maxNoteSizeKB는 킬로바이트 수입니다 (0 = 제한 없음)');
        break;
      }
      case 'include':
      case 'exclude': {
        const globs = readStrings(node, sink, `a glob in ${key}`);
        if (globs) out[key] = globs.map((g) => g.text);
        break;
      }
      case 'factCheck': {
        const factCheck: ServiceSettings['factCheck'] = { enabled: true, severity: {}, severityByKind: {} };
        for (const e of mapEntries(node, sink, 'factCheck') ?? []) {
          if (e.key === 'enabled') {
            const v = plain(e.value);
            if (typeof v === 'boolean') factCheck.enabled = v;
            else sink.error(spanOf(e.value), 'enabled must be true or false', 'enabled는 true나 false입니다');
          } else if (e.key === 'severity' || e.key === 'severityByKind') {
            const map: Record<string, SeveritySetting> = {};
            for (const s of mapEntries(e.value, sink, `factCheck.${e.key}`) ?? []) {
              const v = plain(s.value);
              if (typeof v === 'string' && SEVERITIES.includes(v)) map[s.key] = v as SeveritySetting;
              else sink.error(spanOf(s.value), `severity must be one of ${SEVERITIES.join(', ')}`, `심각도는 ${SEVERITIES.join(', ')} 중 하나입니다`);
            }
            factCheck[e.key] = map;
          } else {
            sink.error(spanOf(e.keyNode), `factCheck takes enabled, severity and severityByKind, not '${e.key}'`, `factCheck에는 enabled, severity, severityByKind만 씁니다 ('${e.key}'는 안 됨)`);
          }
        }
        out.settings.factCheck = factCheck;
        break;
      }
    }
  }
  return out;
}
