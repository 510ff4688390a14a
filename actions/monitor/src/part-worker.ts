// The second half of a window's records on a worker thread running this same bundle (index.js
// starts here off the main thread). Both threads start at once: each reads half the feedback into
// a label table (shared memory); the main thread adds this thread's labels to its own and hands
// the whole table back (no copy); then each reads half the prediction bytes. The main thread
// merges this half's state (PredictionPart.absorb). Only for a records folder: parts are local files.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { LabelReader, type FeedbackFileNames } from './label-reader.js';
import { LabelTable, type LabelTableData } from './label-table.js';
import { PredictionPart, type FilePart, type PartJob, type PartState } from './prediction-part.js';

export interface WorkerJob {
  job: PartJob;
  feedbackFiles: FeedbackFileNames;
  feedback: FilePart[];
  predictions: FilePart[];
}

type Reply =
  { kind: 'labels'; table: LabelTableData; records: number } | { kind: 'done'; state: PartState } | { kind: 'error'; message: string };

/** The bundle's entry beside this chunk; undefined when running from sources (tests): no worker then. */
export function workerEntry(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.js') ? join(dirname(here), 'index.js') : undefined;
}

/** The worker thread as the main thread sees it: its labels, then its part's state. */
export class PartWorker {
  readonly labels: Promise<{ table: LabelTable; records: number }>;
  readonly done: Promise<PartState>;
  private readonly worker: Worker;

  constructor(entry: string, job: WorkerJob) {
    this.worker = new Worker(entry, { workerData: job });
    let labelsSettle: { resolve: (v: { table: LabelTable; records: number }) => void; reject: (e: Error) => void } | undefined;
    let doneSettle: { resolve: (v: PartState) => void; reject: (e: Error) => void } | undefined;
    this.labels = new Promise((resolve, reject) => (labelsSettle = { resolve, reject }));
    this.done = new Promise((resolve, reject) => (doneSettle = { resolve, reject }));
    // Without handlers until awaited, a worker failing while this thread still reads would be an unhandled rejection.
    this.labels.catch(() => undefined);
    this.done.catch(() => undefined);
    const fail = (error: Error): void => {
      labelsSettle?.reject(error);
      doneSettle?.reject(error);
    };
    this.worker.on('message', (reply: Reply) => {
      if (reply.kind === 'labels') labelsSettle?.resolve({ table: new LabelTable(reply.table), records: reply.records });
      else if (reply.kind === 'done') doneSettle?.resolve(reply.state);
      else fail(new Error(reply.message));
    });
    this.worker.once('error', fail);
    this.worker.once('exit', (code) => {
      fail(new Error(`the records worker thread stopped with code ${code}`));
    });
  }

  /** Hands every label over (the arrays are shared, not copied). */
  sendLabels(table: LabelTable): void {
    this.worker.postMessage(table.data);
  }

  stop(): void {
    void this.worker.terminate();
  }
}

export async function runPartWorker(): Promise<void> {
  const { job, feedbackFiles, feedback, predictions } = workerData as WorkerJob;
  const port = parentPort;
  if (port === null) throw new Error('runPartWorker runs on a worker thread');
  try {
    const mainLabels = new Promise<LabelTableData>((resolve) => port.once('message', resolve));
    const reader = new LabelReader(job.project, feedbackFiles);
    for (const part of feedback) reader.readPart(part);
    port.postMessage({ kind: 'labels', table: reader.table.data, records: reader.records } satisfies Reply);
    const part = new PredictionPart(job, new LabelTable(await mainLabels));
    for (const p of predictions) part.readPart(p);
    port.postMessage({ kind: 'done', state: part.state() } satisfies Reply);
  } catch (error) {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies Reply);
  }
  port.close();
}
