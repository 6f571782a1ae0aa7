// A few indexing worker threads (dist/index-worker.js) fed from one queue. A worker that fails (a crash,
// or its heap limit) is replaced and its jobs are tried again; a job lost twice, and every job once no
// worker can be started, goes to the caller's fallback — so a crash costs time, never a note.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkerInit, WorkerJob, WorkerReply } from './workerProtocol';

interface Pending {
  job: WorkerJob;
  resolve: (reply: WorkerReply) => void;
  /** workers that failed while they had this job */
  lost: number;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  dead: boolean;
}

/** Workers started in place of failed ones, at most, per pool. */
const MAX_REPLACEMENTS = 3;

export interface WorkerHeap {
  /**
   * young generation (MB): a larger one lets remark's short-lived objects die young — less GC work for
   * more memory (V8's default when unset, ~48 MB on 64-bit)
   */
  youngGenerationMb?: number;
  /**
   * old generation limit (MB). Besides being a limit, it sets how far V8 lets the heap grow between full
   * collections: with none (the process's ~4 GB) a worker's heap grew to ~4× its live data
   */
  oldGenerationMb?: number;
}

export class WorkerPool {
  private readonly workers: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly limits: ResourceLimits;
  private closed = false;
  private replacements = 0;

  /** @param perWorker jobs kept in flight per worker, so a worker never waits for the next message */
  constructor(
    private readonly script: string,
    size: number,
    private readonly init: WorkerInit,
    private readonly fallback: (job: WorkerJob) => WorkerReply,
    private readonly perWorker = 2,
    heap: WorkerHeap = {},
  ) {
    this.limits = {
      ...(heap.youngGenerationMb ? { maxYoungGenerationSizeMb: heap.youngGenerationMb } : {}),
      ...(heap.oldGenerationMb ? { maxOldGenerationSizeMb: heap.oldGenerationMb } : {}),
    };
    for (let i = 0; i < size; i++) this.workers.push(this.start());
  }

  run(job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve, lost: 0 });
      this.pump();
    });
  }

  private start(): Slot {
    const worker = new Worker(this.script, { workerData: this.init, resourceLimits: this.limits });
    const slot: Slot = { worker, inFlight: new Map(), dead: false };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      pending.resolve(reply);
      this.pump();
    });
    const fail = () => {
      if (slot.dead) return;
      slot.dead = true;
      // its jobs go back to the queue, to a worker started in its place (a job lost twice: to the fallback)
      const lost = [...slot.inFlight.values()];
      slot.inFlight.clear();
      for (const p of lost) p.lost++;
      if (!this.closed && this.replacements < MAX_REPLACEMENTS) {
        this.replacements++;
        this.workers[this.workers.indexOf(slot)] = this.start();
      }
      this.queue.unshift(...lost.filter((p) => p.lost < 2));
      for (const p of lost) if (p.lost >= 2) p.resolve(this.fallback(p.job));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  }

  private pump(): void {
    const alive = this.workers.filter((w) => !w.dead);
    if (alive.length === 0 || this.closed) {
      // no worker left: finish in this thread
      for (const p of this.queue.splice(0)) p.resolve(this.fallback(p.job));
      return;
    }
    for (const slot of alive) {
      while (slot.inFlight.size < this.perWorker && this.queue.length) {
        const p = this.queue.shift()!;
        slot.inFlight.set(p.job.id, p);
        slot.worker.postMessage(p.job);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.workers.map((w) => {
        w.dead = true;
        return w.worker.terminate();
      }),
    );
  }
}
