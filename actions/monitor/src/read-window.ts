// Reads a window's records into the accumulators: the feedback first (a map of id → actual,
// as large as the labels), then the predictions streamed file by file, joined to it by id.
// Each file is held only while it is parsed, so memory is bounded by the largest file.
import { CategoryLive, CoverageCount, featureAccumulators, LabelledErrors, NumericLive, type FeatureLive } from './accumulators.js';
import type { ReferenceColumn } from './profile.js';
import { forEachLine, parseFeedback, parsePrediction, RecordLineError, whereText, type Where } from './record-lines.js';
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
  const features = featureAccumulators(options.reference);
  const livePredictions = new NumericLive(options.predictionEdges);
  const errors = new LabelledErrors();
  const coverage = new CoverageCount();
  const firstHour = Math.floor(window.start / HOUR_MS);
  const perHour = new Array<number>(Math.ceil(window.end / HOUR_MS) - firstHour).fill(0);
  const featureList = [...features];
  const otherVersions: Record<string, number> = {};
  let predictions = 0;
  let outsideWindow = 0;
  let labelledWithoutInterval = 0;
  let predictionSum = 0;
  for (const file of predictionFiles) {
    const text = await file.read();
    const where: Where = { file: file.name, line: 0 };
    forEachLine(text, file.name, (value, line) => {
      where.line = line;
      const record = parsePrediction(value, project, where);
      if (record.time < window.start || record.time >= window.end) {
        outsideWindow += 1;
        return;
      }
      if (record.model_version !== version) {
        otherVersions[record.model_version] = (otherVersions[record.model_version] ?? 0) + 1;
        return;
      }
      predictions += 1;
      const hour = Math.floor(record.time / HOUR_MS) - firstHour;
      perHour[hour] = (perHour[hour] ?? 0) + 1;
      addInputs(featureList, record.inputs, where);
      livePredictions.add(record.prediction);
      predictionSum += record.prediction;
      const slot = slots.get(record.id);
      if (slot === undefined) return;
      const truth = actual[slot] ?? Number.NaN;
      errors.add(truth, record.prediction);
      if (record.interval === null) labelledWithoutInterval += 1;
      else coverage.add(truth, record.interval.lower, record.interval.upper, record.interval.coverage);
    });
  }
  return {
    predictionFiles: predictionFiles.length,
    feedbackFiles: feedbackFiles.length,
    predictions,
    otherVersions,
    outsideWindow,
    feedbackRecords,
    features,
    livePredictions,
    liveMean: predictions === 0 ? Number.NaN : predictionSum / predictions,
    errors,
    coverage,
    labelledWithoutInterval,
    hourly: new Map(perHour.map((n, i) => [new Date((firstHour + i) * HOUR_MS).toISOString(), n])),
  };
}

function addInputs(features: [string, FeatureLive][], inputs: Record<string, number | string | boolean | null>, where: Where): void {
  for (const [name, feature] of features) {
    const value = inputs[name];
    if (value === null || value === undefined) {
      feature.live.nulls += 1;
    } else if (feature.live instanceof CategoryLive) {
      feature.live.add(String(value));
    } else if (typeof value === 'number') {
      feature.live.add(value);
    } else {
      throw new RecordLineError(
        `${whereText(where)}: inputs.${name}: expected a number (the training profile's column is numeric), found ${JSON.stringify(value)}`,
      );
    }
  }
}
