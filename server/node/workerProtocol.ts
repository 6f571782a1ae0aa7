// Messages between the indexer and its worker threads (structured-cloned).
import type { ConceptRecord, FactRecord, ServiceSettings } from '../service';
import type { NoteSummary } from '../service/workspace/summary';

export interface WorkerInit {
  concepts: readonly ConceptRecord[];
  facts: readonly FactRecord[];
  settings: ServiceSettings;
}

/** A note to summarise; the worker reads the file itself, so no text waits in a queue. */
export interface WorkerJob {
  id: number;
  uri: string;
  path: string;
}

export type WorkerReply = { id: number; summary: NoteSummary; error?: undefined } | { id: number; error: string; summary?: undefined };
