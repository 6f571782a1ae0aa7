// Public surface of the pure language service.
export { createLanguageService } from './languageService';
export type { LanguageService, NoteAnalysis, NoteDocument, Hover, NoteChecker, CheckContext, LanguageServiceOptions } from './languageService';
export { createKnowledgeBase, knowledgeBaseFrom, type KnowledgeBase } from './knowledge/knowledgeBase';
export type { ConceptRecord, FactRecord, Lang, RawKnowledge } from './knowledge/types';
export type { Finding, Fix, TextEdit, Severity } from './findings';
export type { Mention } from './mentions/mentions';
export { LineIndex, type Position, type Range } from './text/positions';
export { DEFAULT_SETTINGS, type ServiceSettings } from './settings';
export type { Logger } from './logger';
