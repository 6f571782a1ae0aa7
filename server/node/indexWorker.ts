// Entry of dist/index-worker.js: an indexing worker thread. It builds the same language service as the
// server (the knowledge and settings it is given), summarises each note it is sent and posts the summary
// back; the main thread merges, caches and publishes.
import { parentPort, workerData } from 'node:worker_threads';
import { createLanguageService, knowledgeBaseFrom } from '../service';
import { allCheckers } from '../service/checks/registry';
import { summarizeFile } from './summarizeFile';
import type { WorkerInit, WorkerJob, WorkerReply } from './workerProtocol';

const init = workerData as WorkerInit;
const service = createLanguageService({
  knowledge: knowledgeBaseFrom([...init.concepts], [...init.facts]),
  checkers: allCheckers,
  settings: init.settings,
  // each note is parsed once; no chunk cache (it would only pay off for text repeated across notes, and
  // would make the bench's copied corpus look cheaper than real notes are)
  parseCacheSize: 0,
  analysisCacheSize: 1,
});

parentPort!.on('message', (job: WorkerJob) => {
  // copied, not transferred: a transferred buffer would stay in this thread's allocator after the worker
  // is gone and keep its pages from being returned (the server's memory stayed ~60 MB higher)
  parentPort!.postMessage(summarizeFile(service, job) satisfies WorkerReply);
});
