// Reads a window's records into the accumulators: the feedback first (a map of id → actual,
// as large as the labels), then the predictions streamed file by file, joined to it by id.
// Each file is held only while it is parsed, so memory is bounded by the largest file.
import { CategoryLive, CoverageCount, featureAccumulators, LabelledErrors, NumericLive, type FeatureLive } from './accumulators.js';
import type { ReferenceColumn } from './profile.js';
import { forEachLine, parseFeedback, parsePrediction, RecordLineError } from './record-lines.js';
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
  const actuals = new Map<string, { actual: number; where: string }>();
  let feedbackRecords = 0;
  for (const file of feedbackFiles) {
    const text = await file.read();
    forEachLine(text, file.name, (value, line) => {
      const where = `${file.name}:${line}`;
      const record = parseFeedback(value, project, where);
      feedbackRecords += 1;
      const earlier = actuals.get(record.prediction_id);
      if (earlier !== undefined && earlier.actual !== record.actual) {
        throw new RecordLineError(
          `${where}: prediction_id ${record.prediction_id}: actual ${record.actual}, but ${earlier.where} recorded ${earlier.actual}; the server accepts one actual per prediction, so the records were changed by hand`,
        );
      }
      if (earlier === undefined) actuals.set(record.prediction_id, { actual: record.actual, where });
    });
  }
  const predictionFiles = await list('predictions', { first, last });
  const features = featureAccumulators(options.reference);
  const livePredictions = new NumericLive(options.predictionEdges);
  const errors = new LabelledErrors();
  const coverage = new CoverageCount();
  const hourly = new Map<string, number>();
  for (let t = Math.floor(window.start / HOUR_MS) * HOUR_MS; t < window.end; t += HOUR_MS) hourly.set(new Date(t).toISOString(), 0);
  const otherVersions: Record<string, number> = {};
  let predictions = 0;
  let outsideWindow = 0;
  let labelledWithoutInterval = 0;
  let predictionSum = 0;
  for (const file of predictionFiles) {
    const text = await file.read();
    forEachLine(text, file.name, (value, line) => {
      const where = `${file.name}:${line}`;
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
      const hour = new Date(Math.floor(record.time / HOUR_MS) * HOUR_MS).toISOString();
      hourly.set(hour, (hourly.get(hour) ?? 0) + 1);
      addInputs(features, record.inputs, where);
      livePredictions.add(record.prediction);
      predictionSum += record.prediction;
      const label = actuals.get(record.id);
      if (label === undefined) return;
      errors.add(label.actual, record.prediction);
      if (record.interval === null) labelledWithoutInterval += 1;
      else coverage.add(label.actual, record.interval.lower, record.interval.upper, record.interval.coverage);
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
    hourly,
  };
}

function addInputs(features: Map<string, FeatureLive>, inputs: Record<string, number | string | boolean | null>, where: string): void {
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
        `${where}: inputs.${name}: expected a number (the training profile's column is numeric), found ${JSON.stringify(value)}`,
      );
    }
  }
}
