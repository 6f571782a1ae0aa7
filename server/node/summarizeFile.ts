// Read one note file and summarise it: what a worker does for each job, and the main thread when no
// worker is used. A file that is not UTF-8 text comes back as an error message, never a throw.
import type { LanguageService } from '../service';
import { summarizeNote } from '../service/workspace/summarizeNote';
import { NoteReadError, readNote } from './files';
import type { WorkerJob, WorkerReply } from './workerProtocol';

export function summarizeFile(service: LanguageService, job: WorkerJob): WorkerReply {
  try {
    const { text } = readNote(job.path);
    return { id: job.id, summary: summarizeNote(service, { uri: job.uri, text }) };
  } catch (e) {
    return { id: job.id, error: e instanceof NoteReadError ? e.message : `${job.path}: ${(e as Error).stack ?? e}` };
  }
}
