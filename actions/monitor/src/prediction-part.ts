// The prediction files' pass, for a part of the files: every accumulator the report needs, and
// its state as plain data, so a part read on a worker thread merges into the main thread's.
import {
  CategoryLive,
  CoverageCount,
  featureAccumulators,
  LabelledErrors,
  NumericLive,
  type CategoryState,
  type CoverageState,
  type FeatureLive,
  type MomentsState,
  type NumericState,
} from './accumulators.js';
import type { ReferenceColumn } from './profile.js';
import type { RecordFile } from './record-files.js';
import { forEachLine, parsePrediction, RecordLineError, whereText, type Where } from './record-lines.js';

const HOUR_MS = 3_600_000;

export interface PartJob {
  project: string;
  version: string;
  window: { start: number; end: number };
  reference: ReferenceColumn[];
  predictionEdges: number[];
}

/** The labels: prediction id → actual. */
export type Labels = Map<string, number>;

export interface PartState {
  predictions: number;
  otherVersions: Record<string, number>;
  outsideWindow: number;
  labelledWithoutInterval: number;
  predictionSum: number;
  perHour: number[];
  features: (NumericState | CategoryState)[];
  livePredictions: NumericState;
  absolute: MomentsState;
  squared: MomentsState;
  coverage: CoverageState;
}

export class PredictionPart {
  predictions = 0;
  readonly otherVersions: Record<string, number> = {};
  outsideWindow = 0;
  labelledWithoutInterval = 0;
  predictionSum = 0;
  readonly firstHour: number;
  readonly perHour: number[];
  readonly features: Map<string, FeatureLive>;
  private readonly featureList: [string, FeatureLive][];
  readonly livePredictions: NumericLive;
  readonly errors = new LabelledErrors();
  readonly coverage = new CoverageCount();

  constructor(
    private readonly job: PartJob,
    private readonly labels: Labels,
  ) {
    this.firstHour = Math.floor(job.window.start / HOUR_MS);
    this.perHour = new Array<number>(Math.ceil(job.window.end / HOUR_MS) - this.firstHour).fill(0);
    this.features = featureAccumulators(job.reference);
    this.featureList = [...this.features];
    this.livePredictions = new NumericLive(job.predictionEdges);
  }

  async read(file: RecordFile): Promise<void> {
    const text = await file.read();
    const where: Where = { file: file.name, line: 0 };
    const { project, version, window } = this.job;
    forEachLine(text, file.name, (value, line) => {
      where.line = line;
      const record = parsePrediction(value, project, where);
      if (record.time < window.start || record.time >= window.end) {
        this.outsideWindow += 1;
        return;
      }
      if (record.model_version !== version) {
        this.otherVersions[record.model_version] = (this.otherVersions[record.model_version] ?? 0) + 1;
        return;
      }
      this.predictions += 1;
      const hour = Math.floor(record.time / HOUR_MS) - this.firstHour;
      this.perHour[hour] = (this.perHour[hour] ?? 0) + 1;
      addInputs(this.featureList, record.inputs, where);
      this.livePredictions.add(record.prediction);
      this.predictionSum += record.prediction;
      const truth = this.labels.get(record.id);
      if (truth === undefined) return;
      this.errors.add(truth, record.prediction);
      if (record.interval === null) this.labelledWithoutInterval += 1;
      else this.coverage.add(truth, record.interval.lower, record.interval.upper, record.interval.coverage);
    });
  }

  state(): PartState {
    return {
      predictions: this.predictions,
      otherVersions: { ...this.otherVersions },
      outsideWindow: this.outsideWindow,
      labelledWithoutInterval: this.labelledWithoutInterval,
      predictionSum: this.predictionSum,
      perHour: [...this.perHour],
      features: this.featureList.map(([, f]) => f.live.state()),
      livePredictions: this.livePredictions.state(),
      absolute: this.errors.absolute.state(),
      squared: this.errors.squared.state(),
      coverage: this.coverage.state(),
    };
  }

  /** Adds a part of the same job read elsewhere (another thread's files). */
  absorb(other: PartState): void {
    this.predictions += other.predictions;
    for (const [v, n] of Object.entries(other.otherVersions)) this.otherVersions[v] = (this.otherVersions[v] ?? 0) + n;
    this.outsideWindow += other.outsideWindow;
    this.labelledWithoutInterval += other.labelledWithoutInterval;
    this.predictionSum += other.predictionSum;
    other.perHour.forEach((n, i) => (this.perHour[i] = (this.perHour[i] ?? 0) + n));
    this.featureList.forEach(([, f], i) => {
      const state = other.features[i];
      if (state === undefined) return;
      if (f.live instanceof CategoryLive) f.live.absorb(state as CategoryState);
      else f.live.absorb(state as NumericState);
    });
    this.livePredictions.absorb(other.livePredictions);
    this.errors.absolute.absorb(other.absolute);
    this.errors.squared.absorb(other.squared);
    this.coverage.absorb(other.coverage);
  }
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
