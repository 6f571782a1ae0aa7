// The learner's own knowledge and project settings from .aws-notes/*.yaml: pure reading and merging.
export { readUserKnowledgeFile, KNOWLEDGE_KEYS, SETTINGS_KEYS, type UserKnowledgeFile, type UserAlias, type UserFactOverride } from './readFile';
export { mergeUserKnowledge, type MergedKnowledge } from './merge';
export { settingsFromUserFile, type ProjectSettings } from './settings';
export type { UserFileProblem } from './problems';
