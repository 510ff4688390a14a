// The prediction files' pass, for a part of the bytes: every accumulator the report needs, and
// its state as plain data, so a part read on a worker thread merges into the main thread's.
// The parts are the listed files' bytes in order, cut in two at a line start: the main thread
// reads the first, the worker the second, so the row sample (keyed by each line's place in
// that sequence of bytes) is the one a single thread would take.
import { RowReservoir, type SampleState } from '@slipway/shared/sample';
import type { CategoryLive } from './accumulators.js';
import {
  CoverageCount,
  featureAccumulators,
  LabelledErrors,
  LIVE_SAMPLE,
  NumericLive,
  type CategoryState,
  type CoverageState,
  type FeatureLive,
  type MomentsState,
  type NumericState,
} from './accumulators.js';
import type { LabelTable } from './label-table.js';
import { LineSplitter, linesBefore, readLocalPart } from './line-reader.js';
import type { ReferenceColumn } from './profile.js';
import type { RecordFile } from './record-files.js';
import { checkPrediction, parseLine, RecordLineError, whereText, type PredictionLine, type Where } from './record-lines.js';

const HOUR_MS = 3_600_000;
/** The sample's seed (the profile's rows use validate-data's own). */
const LIVE_SEED = 0x11fe;

export interface PartJob {
  project: string;
  version: string;
  window: { start: number; end: number };
  reference: ReferenceColumn[];
  predictionEdges: number[];
}

/** Bytes [start, end) of a local file; base: the bytes of the listed files before it. */
export interface FilePart {
  file: number;
  path: string;
  start: number;
  end: number;
  base: number;
}

export interface PartState {
  predictions: number;
  otherVersions: Record<string, number>;
  outsideWindow: number;
  labelledWithoutInterval: number;
  predictionSum: number;
  perHour: number[];
  features: (NumericState | CategoryState)[];
  livePredictions: NumericState;
  sample: SampleState;
  absolute: MomentsState;
  squared: MomentsState;
  coverage: CoverageState;
}

type FeatureSlot =
  | { name: string; live: NumericLive; category: undefined; column: number }
  | { name: string; live: CategoryLive; category: CategoryLive; column: -1 };

export class PredictionPart {
  predictions = 0;
  readonly otherVersions: Record<string, number> = {};
  outsideWindow = 0;
  labelledWithoutInterval = 0;
  predictionSum = 0;
  readonly firstHour: number;
  readonly perHour: number[];
  readonly features: Map<string, FeatureLive>;
  private readonly slots: FeatureSlot[];
  /** The sample's column of the predictions (after the numeric features'). */
  private readonly predictionColumn: number;
  readonly livePredictions: NumericLive;
  readonly errors = new LabelledErrors();
  readonly coverage = new CoverageCount();
  private readonly sample = new RowReservoir(LIVE_SAMPLE, LIVE_SEED);
  /** The id's 16 bytes of the line being read. */
  private readonly key = new Uint32Array(4);
  private where: Where = { file: '', line: 0 };
  /** Where the file being read starts in the sequence of listed files' bytes. */
  private base = 0;
  /** Bytes of the files read whole so far (the next one's base). */
  private readBytes = 0;

  constructor(
    private readonly job: PartJob,
    private readonly labels: LabelTable,
  ) {
    this.firstHour = Math.floor(job.window.start / HOUR_MS);
    this.perHour = new Array<number>(Math.ceil(job.window.end / HOUR_MS) - this.firstHour).fill(0);
    this.features = featureAccumulators(job.reference);
    let columns = 0;
    this.slots = [...this.features].map(([name, { live }]): FeatureSlot =>
      live instanceof NumericLive ? { name, live, category: undefined, column: columns++ } : { name, live, category: live, column: -1 },
    );
    this.predictionColumn = columns;
    this.livePredictions = new NumericLive(job.predictionEdges);
  }

  /** Reads a whole file (local or S3), the one after the files read before it. */
  async read(file: RecordFile): Promise<void> {
    this.where = { file: file.name, line: 0 };
    this.base = this.readBytes;
    const splitter = this.splitter(file.name, 0, undefined);
    let bytes = 0;
    for await (const chunk of file.chunks()) {
      splitter.push(chunk);
      bytes += chunk.byteLength;
    }
    splitter.end();
    this.readBytes += bytes;
  }

  /** Reads a part of a local file. */
  readPart(part: FilePart): void {
    const before = part.start === 0 ? undefined : () => linesBefore(part.path, part.start);
    this.where = before === undefined ? { file: part.path, line: 0 } : { file: part.path, line: 0, linesBefore: before };
    this.base = part.base;
    readLocalPart(part.path, part.start, part.end, this.splitter(part.path, part.start, before));
  }

  private splitter(name: string, start: number, before: (() => number) | undefined): LineSplitter {
    return new LineSplitter(
      (line, offset, lineNumber) => {
        this.line(line, offset, lineNumber);
      },
      (n) => `${name}:${n + (before?.() ?? 0)}`,
      start,
    );
  }

  private line(text: string, offset: number, lineNumber: number): void {
    const where = this.where;
    where.line = lineNumber;
    const { project, version, window } = this.job;
    const value = parseLine(text, where);
    const time = checkPrediction(value, project, where, this.key);
    const record = value as PredictionLine;
    if (time < window.start || time >= window.end) {
      this.outsideWindow += 1;
      return;
    }
    if (record.model_version !== version) {
      this.otherVersions[record.model_version] = (this.otherVersions[record.model_version] ?? 0) + 1;
      return;
    }
    this.predictions += 1;
    const hour = Math.floor(time / HOUR_MS) - this.firstHour;
    this.perHour[hour] = (this.perHour[hour] ?? 0) + 1;
    const slot = this.sample.offer(this.base + offset);
    this.addInputs(record.inputs, slot);
    this.livePredictions.add(record.prediction);
    if (slot >= 0) this.sample.setNumber(slot, this.predictionColumn, record.prediction);
    this.predictionSum += record.prediction;
    const truth = this.truth();
    if (truth === undefined) return;
    this.errors.add(truth, record.prediction);
    const interval = record.interval;
    if (interval === null) this.labelledWithoutInterval += 1;
    else this.coverage.add(truth, interval.lower, interval.upper, interval.coverage);
  }

  /** The actual of the line's id, when a label has it. */
  private truth(): number | undefined {
    const slot = this.labels.find(this.key);
    return slot >= 0 ? this.labels.actual(slot) : undefined;
  }

  private addInputs(inputs: PredictionLine['inputs'], sampleSlot: number): void {
    for (const { name, live, category, column } of this.slots) {
      const value = inputs[name];
      if (value === null || value === undefined) {
        live.nulls += 1;
        if (sampleSlot >= 0 && column >= 0) this.sample.setNumber(sampleSlot, column, Number.NaN);
      } else if (category !== undefined) {
        category.add(typeof value === 'string' ? value : String(value));
      } else if (typeof value === 'number') {
        live.add(value);
        if (sampleSlot >= 0) this.sample.setNumber(sampleSlot, column, value);
      } else {
        throw new RecordLineError(
          `${whereText(this.where)}: inputs.${name}: expected a number (the training profile's column is numeric), found ${JSON.stringify(value)}`,
        );
      }
    }
  }

  state(): PartState {
    return {
      predictions: this.predictions,
      otherVersions: { ...this.otherVersions },
      outsideWindow: this.outsideWindow,
      labelledWithoutInterval: this.labelledWithoutInterval,
      predictionSum: this.predictionSum,
      perHour: [...this.perHour],
      features: this.slots.map(({ live }) => live.state()),
      livePredictions: this.livePredictions.state(),
      sample: this.sample.state(),
      absolute: this.errors.absolute.state(),
      squared: this.errors.squared.state(),
      coverage: this.coverage.state(),
    };
  }

  /** Adds the part that follows this one's (the worker thread's). */
  absorb(other: PartState): void {
    this.predictions += other.predictions;
    for (const [v, n] of Object.entries(other.otherVersions)) this.otherVersions[v] = (this.otherVersions[v] ?? 0) + n;
    this.outsideWindow += other.outsideWindow;
    this.labelledWithoutInterval += other.labelledWithoutInterval;
    this.predictionSum += other.predictionSum;
    other.perHour.forEach((n, i) => (this.perHour[i] = (this.perHour[i] ?? 0) + n));
    this.slots.forEach(({ live, category }, i) => {
      const state = other.features[i];
      if (state === undefined) return;
      if (category !== undefined) category.absorb(state as CategoryState);
      else live.absorb(state as NumericState);
    });
    this.livePredictions.absorb(other.livePredictions);
    this.sample.absorb(other.sample);
    this.errors.absolute.absorb(other.absolute);
    this.errors.squared.absorb(other.squared);
    this.coverage.absorb(other.coverage);
  }

  /** Once every part is read: each numeric feature's and the predictions' sampled values, sorted. */
  finish(): void {
    const sorted = (column: number): Float64Array =>
      this.sample
        .numbers(column)
        .filter((v) => !Number.isNaN(v))
        .sort();
    for (const { live, category, column } of this.slots) if (category === undefined) live.sample = sorted(column);
    this.livePredictions.sample = sorted(this.predictionColumn);
  }
}
