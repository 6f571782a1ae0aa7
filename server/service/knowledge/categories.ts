import type { Localized } from './types';

/** Display names of concept categories (the ids are the schema's enum). */
export const CATEGORY_LABELS: Record<string, Localized> = {
  'global-infrastructure': { ko: '글로벌 인프라', en: 'Global infrastructure' },
  'security-identity': { ko: '보안·자격 증명', en: 'Security & identity' },
  networking: { ko: '네트워킹', en: 'Networking' },
  compute: { ko: '컴퓨팅', en: 'Compute' },
  containers: { ko: '컨테이너', en: 'Containers' },
  storage: { ko: '스토리지', en: 'Storage' },
  database: { ko: '데이터베이스', en: 'Database' },
  integration: { ko: '애플리케이션 통합', en: 'Application integration' },
  analytics: { ko: '분석', en: 'Analytics' },
  edge: { ko: '엣지·콘텐츠 전송', en: 'Edge & content delivery' },
  management: { ko: '관리·거버넌스', en: 'Management & governance' },
  migration: { ko: '마이그레이션·전송', en: 'Migration & transfer' },
  'machine-learning': { ko: '머신 러닝', en: 'Machine learning' },
  'developer-tools': { ko: '개발자 도구', en: 'Developer tools' },
  cost: { ko: '비용 관리', en: 'Cost management' },
  architecture: { ko: '아키텍처 개념', en: 'Architecture concept' },
};

export function categoryLabel(id: string, lang: 'ko' | 'en'): string {
  return CATEGORY_LABELS[id]?.[lang] ?? id;
}
