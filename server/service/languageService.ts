// The façade: everything the editor and the CLI ask of a note goes through here. Pure: no vscode, no LSP
// connection, no file system. Analyses are values cached by URI and content hash.
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Lang } from './knowledge/types';
import { NameMatcher } from './mentions/matcher';
import { findMentions, mentionAt, type Mention } from './mentions/mentions';
import { createParseCache, parseNote, type ParseCache } from './parse/parseNote';
import type { ParsedNote } from './parse/model';
import { LineIndex, type Position, type Range } from './text/positions';
import { detectLanguage } from './text/scripts';
import { contentHash } from './text/hash';
import { DEFAULT_SETTINGS, mergeSettings, type ServiceSettings } from './settings';
import { silentLogger, type Logger } from './logger';
import { renderConceptCard, type HoverExtras } from './hover';
import type { Finding } from './findings';
import { LruCache } from './util/lru';
import { isTooLarge, noteTooLargeFinding } from './limits/noteSize';
import { applySeveritySettings } from './severity';

export interface NoteDocument {
  uri: string;
  text: string;
}

export interface NoteAnalysis {
  uri: string;
  hash: string;
  text: string;
  parsed: ParsedNote;
  lines: LineIndex;
  /** the language messages and cards use for this note */
  language: Lang;
  mentions: Mention[];
  /** over `maxNoteSizeKB`: not parsed, no mentions; findings() reports `note-too-large` */
  tooLarge?: boolean;
  /**
   * The service analysed another version of this note before (a note being edited): per-block work is kept
   * for the next version. Unset for a note seen once (a cold index), which would only fill the caches.
   */
  editing?: boolean;
}

export interface Hover {
  contents: string;
  range: Range;
  conceptId: string;
}

/** A check turns an analysed note into findings (the fact checker plugs in here). */
export type NoteChecker = (analysis: NoteAnalysis, context: CheckContext) => Finding[];

export interface CheckContext {
  knowledge: KnowledgeBase;
  settings: ServiceSettings;
  logger: Logger;
}

export interface LanguageServiceOptions {
  knowledge: KnowledgeBase;
  settings?: Partial<ServiceSettings>;
  logger?: Logger;
  checkers?: NoteChecker[];
  /** how many chunk parses to keep (the main speed lever; 0 disables) */
  parseCacheSize?: number;
  /** how many whole-note analyses to keep */
  analysisCacheSize?: number;
}

export interface LanguageService {
  readonly knowledge: KnowledgeBase;
  /** swap in another knowledge base (bundled + the user's own); every cached analysis is dropped */
  setKnowledge(knowledge: KnowledgeBase): void;
  settings(): ServiceSettings;
  updateSettings(patch: Partial<ServiceSettings>): void;
  /** start again from the defaults plus `settings` (updateSettings merges maps, so it cannot remove a key) */
  replaceSettings(settings: Partial<ServiceSettings>): void;
  analyze(doc: NoteDocument): NoteAnalysis;
  findings(doc: NoteDocument): Finding[];
  hover(doc: NoteDocument, position: Position, extras?: HoverExtras): Hover | null;
  mentionAt(doc: NoteDocument, position: Position): Mention | undefined;
  /** forget a closed or deleted note */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  let knowledge = options.knowledge;
  const logger = options.logger ?? silentLogger;
  let settings = mergeSettings(DEFAULT_SETTINGS, options.settings);
  // built on the first note that needs it: a warm CLI run or server start matches nothing (~20 ms each)
  let matcher: NameMatcher | undefined;
  const parseCache: ParseCache = createParseCache(options.parseCacheSize ?? 50_000);
  // open notes and recent lookups; the workspace index keeps its own compact summaries of the rest
  const analyses = new LruCache<string, NoteAnalysis>(options.analysisCacheSize ?? 256);
  const findingsCache = new LruCache<string, Finding[]>(5_000);
  const checkers = options.checkers ?? [];

  function languageOf(text: string): Lang {
    return settings.language === 'auto' ? detectLanguage(text) : settings.language;
  }

  function analyze(doc: NoteDocument): NoteAnalysis {
    const cached = analyses.get(doc.uri);
    // the same text again (findings right after analyze, a hover): nothing to hash or detect; a change of
    // settings or knowledge has emptied the cache
    if (cached && cached.text === doc.text) return cached;
    const hash = contentHash(doc.text);
    const language = languageOf(doc.text);
    if (cached && cached.hash === hash && cached.language === language) return cached;
    const tooLarge = isTooLarge(doc.text, settings);
    let parsed: ParsedNote = { text: doc.text, hash, blocks: [], nonProse: [], comments: [] };
    let mentions: Mention[] = [];
    if (!tooLarge) {
      // a note that breaks the parser or matcher is logged and served as an empty analysis, never thrown
      try {
        parsed = parseNote(doc.text, parseCache, hash);
        mentions = findMentions(parsed, (matcher ??= new NameMatcher(knowledge.names())));
      } catch (e) {
        logger.error(`analysing ${doc.uri} failed: ${(e as Error).stack ?? e}`);
        parsed = { text: doc.text, hash, blocks: [], nonProse: [], comments: [] };
        mentions = [];
      }
    }
    const analysis: NoteAnalysis = {
      uri: doc.uri,
      hash,
      text: doc.text,
      parsed,
      lines: new LineIndex(doc.text),
      language,
      mentions,
    };
    if (tooLarge) analysis.tooLarge = true;
    if (cached) analysis.editing = true;
    analyses.set(doc.uri, analysis);
    return analysis;
  }

  function findings(doc: NoteDocument): Finding[] {
    const analysis = analyze(doc);
    const key = `${doc.uri}\u0000${analysis.hash}\u0000${analysis.language}`;
    const cached = findingsCache.get(key);
    if (cached) return cached;
    if (analysis.tooLarge) {
      const tooLarge = [noteTooLargeFinding(doc.text, settings, analysis.language, analysis.lines.lineEnd(0))];
      findingsCache.set(key, tooLarge);
      return tooLarge;
    }
    let out: Finding[] = [];
    for (const check of checkers) {
      try {
        out.push(...check(analysis, { knowledge, settings, logger }));
      } catch (e) {
        logger.error(`checking ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      }
    }
    out = applySeveritySettings(out, settings, knowledge);
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    findingsCache.set(key, out);
    return out;
  }

  return {
    get knowledge() {
      return knowledge;
    },
    setKnowledge(next) {
      knowledge = next;
      matcher = undefined;
      analyses.clear();
      findingsCache.clear();
    },
    settings: () => settings,
    updateSettings(patch) {
      settings = mergeSettings(settings, patch);
      analyses.clear();
      findingsCache.clear();
    },
    replaceSettings(next) {
      settings = mergeSettings(DEFAULT_SETTINGS, next);
      analyses.clear();
      findingsCache.clear();
    },
    analyze,
    findings,
    mentionAt(doc, position) {
      const analysis = analyze(doc);
      return mentionAt(analysis.mentions, analysis.lines.offsetAt(position));
    },
    hover(doc, position, extras) {
      const analysis = analyze(doc);
      const mention = mentionAt(analysis.mentions, analysis.lines.offsetAt(position));
      const concept = mention && knowledge.concept(mention.conceptId);
      if (!mention || !concept) return null;
      return {
        conceptId: concept.id,
        contents: renderConceptCard(concept, knowledge, analysis.language, extras),
        range: analysis.lines.rangeOf(mention.start, mention.end),
      };
    },
    forget(uri) {
      analyses.delete(uri);
    },
  };
}
