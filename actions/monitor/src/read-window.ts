// Reads a window's records into the accumulators: the feedback (a table of id → actual, about
// 33 bytes a label) and the predictions, joined to it by id, each streamed a chunk at a time.
// On two threads (a records folder of at least WORKER_MIN_BYTES), each thread reads half of the
// feedback bytes; the main thread adds the worker's labels to its table and shares it; then each
// reads half of the prediction bytes. Files are cut at line starts.
import type { CoverageCount, FeatureLive, LabelledErrors, NumericLive } from './accumulators.js';
import { LabelReader, mergeLabels, type FeedbackFileNames } from './label-reader.js';
import { lineStartFrom } from './line-reader.js';
import { PartWorker } from './part-worker.js';
import { PredictionPart, type FilePart, type PartJob } from './prediction-part.js';
import type { ReferenceColumn } from './profile.js';
import type { HourRange, RecordFile, RecordKind } from './record-files.js';
import { hourPath } from './record-files.js';

export interface Window {
  /** Milliseconds since the epoch; start inclusive, end exclusive. */
  start: number;
  end: number;
}

export type ListFiles = (kind: RecordKind, range: HourRange) => Promise<RecordFile[]>;

export interface WindowRead {
  predictionFiles: number;
  feedbackFiles: number;
  /** Predictions of the production model in the window. */
  predictions: number;
  /** Predictions in the window by other model versions (not compared). */
  otherVersions: Record<string, number>;
  /** Records in the listed hours but outside the window's exact times. */
  outsideWindow: number;
  feedbackRecords: number;
  features: Map<string, FeatureLive>;
  livePredictions: NumericLive;
  liveMean: number;
  errors: LabelledErrors;
  coverage: CoverageCount;
  /** Labelled predictions without an interval (no coverage for them). */
  labelledWithoutInterval: number;
  /** Predictions per hour (hour start, ISO), in order. */
  hourly: Map<string, number>;
  /** Threads that read the prediction files (2: half of them on a worker thread). */
  threads: number;
}

const HOUR_MS = 3_600_000;

export async function readWindow(options: {
  list: ListFiles;
  project: string;
  version: string;
  window: Window;
  reference: ReferenceColumn[];
  /** Bin edges of the test predictions. */
  predictionEdges: number[];
  /** The bundle's entry, to read half the prediction files on a worker thread; undefined: one thread. */
  workerEntry?: string;
}): Promise<WindowRead> {
  const { list, project, version, window } = options;
  const first = hourPath(window.start);
  const last = hourPath(window.end - 1);
  const feedbackFiles = await list('feedback', { first });
  const predictionFiles = await list('predictions', { first, last });
  const names: FeedbackFileNames = { names: feedbackFiles.map((f) => f.name), paths: feedbackFiles.map((f) => f.local?.path) };
  const job: PartJob = { project, version, window, reference: options.reference, predictionEdges: options.predictionEdges };
  const plan = planTwoThreads(feedbackFiles, predictionFiles, options.workerEntry);
  const labels = new LabelReader(project, names);
  let part: PredictionPart;
  let feedbackRecords: number;
  if (plan === undefined) {
    for (const [index, file] of feedbackFiles.entries()) await labels.read(file, index);
    part = new PredictionPart(job, labels.table);
    for (const file of predictionFiles) await part.read(file);
    feedbackRecords = labels.records;
  } else {
    const worker = new PartWorker(plan.entry, { job, feedbackFiles: names, feedback: plan.feedback[1], predictions: plan.predictions[1] });
    try {
      for (const p of plan.feedback[0]) labels.readPart(p);
      const theirs = await worker.labels;
      mergeLabels(labels.table, theirs.table, names);
      worker.sendLabels(labels.table);
      part = new PredictionPart(job, labels.table);
      for (const p of plan.predictions[0]) part.readPart(p);
      part.absorb(await worker.done);
      feedbackRecords = labels.records + theirs.records;
    } finally {
      worker.stop();
    }
  }
  part.finish();
  const firstHour = part.firstHour;
  return {
    predictionFiles: predictionFiles.length,
    feedbackFiles: feedbackFiles.length,
    predictions: part.predictions,
    otherVersions: part.otherVersions,
    outsideWindow: part.outsideWindow,
    feedbackRecords,
    features: part.features,
    livePredictions: part.livePredictions,
    liveMean: part.predictions === 0 ? Number.NaN : part.predictionSum / part.predictions,
    errors: part.errors,
    coverage: part.coverage,
    labelledWithoutInterval: part.labelledWithoutInterval,
    hourly: new Map(part.perHour.map((n, i) => [new Date((firstHour + i) * HOUR_MS).toISOString(), n])),
    threads: plan === undefined ? 1 : 2,
  };
}

/** Below this many bytes of prediction files a second thread costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 2 ** 20;

interface TwoThreads {
  entry: string;
  /** [the main thread's parts, the worker's]. */
  feedback: [FilePart[], FilePart[]];
  predictions: [FilePart[], FilePart[]];
}

/** The split for two threads, or undefined for one: no worker entry, S3 records, or too few bytes. */
export function planTwoThreads(feedback: RecordFile[], predictions: RecordFile[], entry: string | undefined): TwoThreads | undefined {
  const bytes = predictions.reduce((s, f) => s + (f.local?.bytes ?? 0), 0);
  if (entry === undefined || bytes < WORKER_MIN_BYTES || [...feedback, ...predictions].some((f) => f.local === undefined)) return undefined;
  return { entry, feedback: splitInTwo(feedback), predictions: splitInTwo(predictions) };
}

/** The files' bytes, in order, as two parts of about equal size cut at a line start. */
export function splitInTwo(files: RecordFile[]): [FilePart[], FilePart[]] {
  const local = files.map((f, file) => ({ file, path: f.local?.path ?? f.name, bytes: f.local?.bytes ?? 0 }));
  const total = local.reduce((s, f) => s + f.bytes, 0);
  const halves: [FilePart[], FilePart[]] = [[], []];
  let base = 0;
  let cutDone = false;
  for (const { file, path, bytes } of local) {
    const end = base + bytes;
    if (!cutDone && end > total / 2) {
      const cut = lineStartFrom(path, Math.ceil(total / 2 - base), bytes);
      if (cut > 0) halves[0].push({ file, path, start: 0, end: cut, base });
      if (cut < bytes) halves[1].push({ file, path, start: cut, end: bytes, base });
      cutDone = true;
    } else if (bytes > 0) {
      halves[cutDone ? 1 : 0].push({ file, path, start: 0, end: bytes, base });
    }
    base = end;
  }
  return halves;
}
