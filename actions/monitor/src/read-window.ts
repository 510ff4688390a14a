// Reads a window's records into the accumulators: the feedback first (a map of id → actual,
// as large as the labels), then the predictions streamed file by file, joined to it by id.
// Each file is held only while it is parsed, so memory is bounded by the largest file.
import type { CoverageCount, FeatureLive, LabelledErrors, NumericLive } from './accumulators.js';
import { readOnWorker } from './part-worker.js';
import { PredictionPart, type PartJob } from './prediction-part.js';
import type { ReferenceColumn } from './profile.js';
import { forEachLine, parseFeedback, RecordLineError, whereText, type Where } from './record-lines.js';
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
  // id → slot in parallel arrays (an object per label would cost several times the memory).
  const slots = new Map<string, number>();
  const actual: number[] = [];
  const fileOf: number[] = [];
  const lineOf: number[] = [];
  let feedbackRecords = 0;
  for (const [index, file] of feedbackFiles.entries()) {
    const text = await file.read();
    const where: Where = { file: file.name, line: 0 };
    forEachLine(text, file.name, (value, line) => {
      where.line = line;
      const record = parseFeedback(value, project, where);
      feedbackRecords += 1;
      const slot = slots.get(record.prediction_id);
      if (slot === undefined) {
        slots.set(record.prediction_id, actual.length);
        actual.push(record.actual);
        fileOf.push(index);
        lineOf.push(line);
      } else if (actual[slot] !== record.actual) {
        const earlier = `${feedbackFiles[fileOf[slot] ?? 0]?.name ?? ''}:${lineOf[slot] ?? 0}`;
        throw new RecordLineError(
          `${whereText(where)}: prediction_id ${record.prediction_id}: actual ${record.actual}, but ${earlier} recorded ${actual[slot]}; the server accepts one actual per prediction, so the records were changed by hand`,
        );
      }
    });
  }
  const predictionFiles = await list('predictions', { first, last });
  const labels = new Map<string, number>();
  for (const [id, slot] of slots) labels.set(id, actual[slot] ?? Number.NaN);
  const job: PartJob = { project, version, window, reference: options.reference, predictionEdges: options.predictionEdges };
  const part = new PredictionPart(job, labels);
  const { here, there } = splitForWorker(predictionFiles, options.workerEntry);
  const elsewhere =
    there.length > 0 && options.workerEntry !== undefined ? readOnWorker(options.workerEntry, job, there, labels) : undefined;
  // Without a handler until awaited, a worker failing while this thread still reads would be an unhandled rejection.
  elsewhere?.catch(() => undefined);
  for (const file of here) await part.read(file);
  if (elsewhere !== undefined) part.absorb(await elsewhere);
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
    threads: elsewhere === undefined ? 1 : 2,
  };
}

/** Below this many bytes of prediction files a second thread costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 2 ** 20;

/** Local files split in two halves of about equal size (largest first, each to the lighter side). */
export function splitForWorker(files: RecordFile[], entry: string | undefined): { here: RecordFile[]; there: string[] } {
  const total = files.reduce((s, f) => s + (f.local?.bytes ?? 0), 0);
  if (entry === undefined || files.length < 2 || files.some((f) => f.local === undefined) || total < WORKER_MIN_BYTES) {
    return { here: files, there: [] };
  }
  const here: RecordFile[] = [];
  const there: string[] = [];
  let hereBytes = 0;
  let thereBytes = 0;
  for (const file of [...files].sort((a, b) => (b.local?.bytes ?? 0) - (a.local?.bytes ?? 0))) {
    const bytes = file.local?.bytes ?? 0;
    if (hereBytes <= thereBytes) {
      here.push(file);
      hereBytes += bytes;
    } else {
      there.push(file.local?.path ?? '');
      thereBytes += bytes;
    }
  }
  return { here, there };
}
