// The service as the CLI and the server build it: bundled knowledge plus the registered checkers.
import { createLanguageService, type LanguageService, type LanguageServiceOptions } from '../service';
import { bundledKnowledge } from '../service/knowledge/bundled';
import { allCheckers } from '../service/checks/registry';

export function createNodeService(options: Partial<LanguageServiceOptions> = {}): LanguageService {
  return createLanguageService({ knowledge: options.knowledge ?? bundledKnowledge(), checkers: allCheckers, ...options });
}
