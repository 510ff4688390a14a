// Reading part of the prediction files on a worker thread running this same bundle (index.js
// starts here off the main thread): the main thread reads the other part at the same time, then
// merges this part's state (PredictionPart.absorb). Only for a records folder: files are paths.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { PredictionPart, type PartJob, type PartState } from './prediction-part.js';

interface WorkerJob {
  job: PartJob;
  files: string[];
  labelIds: string[];
  labelActuals: number[];
}

type Reply = { ok: true; state: PartState } | { ok: false; message: string };

/** The bundle's entry beside this chunk; undefined when running from sources (tests): no worker then. */
export function workerEntry(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.js') ? join(dirname(here), 'index.js') : undefined;
}

/** Reads files on a worker thread; resolves with that part's state, or rejects with its error. */
export function readOnWorker(entry: string, job: PartJob, files: string[], labels: Map<string, number>): Promise<PartState> {
  const data: WorkerJob = { job, files, labelIds: [...labels.keys()], labelActuals: [...labels.values()] };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: data });
    worker.once('message', (reply: Reply) => {
      if (reply.ok) resolve(reply.state);
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the records worker thread stopped with code ${code}`));
    });
  });
}

export async function runPartWorker(): Promise<void> {
  const { job, files, labelIds, labelActuals } = workerData as WorkerJob;
  const port = parentPort;
  if (port === null) throw new Error('runPartWorker runs on a worker thread');
  try {
    const labels = new Map(labelIds.map((id, i) => [id, labelActuals[i] ?? Number.NaN]));
    const part = new PredictionPart(job, labels);
    for (const file of files) await part.read({ name: file, read: () => Promise.resolve(readFileSync(file, 'utf8')) });
    port.postMessage({ ok: true, state: part.state() } satisfies Reply);
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies Reply);
  }
}
