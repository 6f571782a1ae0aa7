// A few indexing worker threads (dist/index-worker.js) fed from one queue. A worker that fails hands its
// jobs back to the caller's fallback, so a crash costs time, never a note.
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkerJob, WorkerReply } from './workerProtocol';

interface Pending {
  job: WorkerJob;
  resolve: (reply: WorkerReply) => void;
}

export class WorkerPool {
  private readonly workers: { worker: Worker; inFlight: Map<number, Pending>; dead: boolean }[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  /**
   * @param perWorker jobs kept in flight per worker, so a worker never waits for the next message
   * @param youngGenerationMb a larger young generation lets remark's short-lived objects die young: less GC
   *   work (measured ~10% faster on the corpus) for more memory — the CLI's choice, not the server's
   */
  constructor(
    script: string,
    size: number,
    init: WorkerInit,
    private readonly fallback: (job: WorkerJob) => WorkerReply,
    private readonly perWorker = 2,
    youngGenerationMb?: number,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: init, ...(youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : {}) });
      const slot = { worker, inFlight: new Map<number, Pending>(), dead: false };
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
        // its jobs go back to the queue (or to the fallback when no worker is left)
        const lost = [...slot.inFlight.values()];
        slot.inFlight.clear();
        this.queue.unshift(...lost);
        this.pump();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.workers.push(slot);
    }
  }

  run(job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
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
