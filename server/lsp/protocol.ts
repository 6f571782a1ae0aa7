// The custom requests between the VS Code client and the server: names and shapes in one place, imported
// by both sides (src/ and server/lsp/). Types only plus the method names: nothing here runs any logic.
import { NotificationType, RequestType, type Location, type Position } from 'vscode-languageserver-protocol';

export type UiLang = 'ko' | 'en';

/** One concept as the search quick pick shows it. */
export interface ConceptSearchItem {
  id: string;
  /** display name in the UI language, e.g. "람다 (AWS Lambda)" */
  label: string;
  /** the category in the UI language */
  description: string;
  /** the summary in the UI language */
  detail: string;
  /** names to insert into a note: the first English and (when there is one) the first Korean name */
  names: { en: string; ko?: string };
  /** the AWS documentation page */
  docs: string;
}

export interface SearchConceptsParams {
  query: string;
  /** the UI language; English when absent */
  lang?: UiLang;
  /** at most this many items (the server caps it) */
  limit?: number;
}

/** Fuzzy concept search over names, abbreviations, 초성 and summaries, best first. */
export const SearchConceptsRequest = new RequestType<SearchConceptsParams, ConceptSearchItem[], void>('awsNotes/searchConcepts');

export interface ConceptAtParams {
  uri: string;
  position: Position;
  /** the UI language of `concept`; English when absent */
  lang?: UiLang;
}

export interface ConceptAtResult {
  id: string;
  /** the concept as the search shows it, so the client can offer the same actions */
  concept: ConceptSearchItem;
}

/** The concept mentioned at a position of an open note, or null. */
export const ConceptAtRequest = new RequestType<ConceptAtParams, ConceptAtResult | null, void>('awsNotes/conceptAt');

export interface ConceptCardParams {
  id: string;
  lang?: UiLang;
}

/** The whole concept card as Markdown (names, summary, limits with sources, related, notes that mention it). */
export const ConceptCardRequest = new RequestType<ConceptCardParams, { markdown: string } | null, void>('awsNotes/conceptCard');

export interface ConceptReferencesParams {
  id: string;
}

/** Every mention of a concept across the workspace's notes. */
export const ConceptReferencesRequest = new RequestType<ConceptReferencesParams, Location[], void>('awsNotes/conceptReferences');

export interface IndexStatusParams {
  /** 'indexing' while the workspace index is being (re)built, 'idle' otherwise */
  state: 'indexing' | 'idle';
  done?: number;
  total?: number;
}

/** Sent by the server while it indexes the workspace; the status bar shows it. */
export const IndexStatusNotification = new NotificationType<IndexStatusParams>('awsNotes/indexStatus');

/** The URI scheme and path of the read-only card documents: aws-notes:/concepts/<id>.md */
export const CARD_SCHEME = 'aws-notes';
export const cardPath = (id: string) => `/concepts/${encodeURIComponent(id)}.md`;
export function conceptIdOfCardPath(path: string): string | undefined {
  const m = /^\/concepts\/([^/]+)\.md$/.exec(path);
  return m ? decodeURIComponent(m[1]) : undefined;
}
