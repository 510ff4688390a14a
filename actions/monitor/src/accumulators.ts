// Streaming accumulators over the window's records: memory bounded by the number of features
// and bins, never by the number of records (every value is counted in the reference bins for
// PSI; a seeded uniform sample of the records, the shared RowReservoir, feeds the KS tests).
import { binOf } from '@slipway/shared';
import type { ReferenceColumn } from './profile.js';

/** Rows sampled for the KS tests (as many values per feature as the profile keeps). */
export const LIVE_SAMPLE = 5000;

export class NumericLive {
  readonly counts: number[];
  nulls = 0;
  /** Values counted (every one not null). */
  values = 0;
  /** The sampled values, sorted: set by PredictionPart.finish once every part is read. */
  sample: Float64Array = new Float64Array(0);

  constructor(readonly edges: number[]) {
    this.counts = new Array<number>(edges.length - 1).fill(0);
  }

  add(x: number): void {
    const bin = binOf(this.edges, x);
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    this.values += 1;
  }

  state(): NumericState {
    return { counts: [...this.counts], values: this.values, nulls: this.nulls };
  }

  absorb(other: NumericState): void {
    other.counts.forEach((n, i) => (this.counts[i] = (this.counts[i] ?? 0) + n));
    this.values += other.values;
    this.nulls += other.nulls;
  }
}

export interface NumericState {
  counts: number[];
  values: number;
  nulls: number;
}

export interface CategoryState {
  counts: Record<string, number>;
  nulls: number;
}

export class CategoryLive {
  readonly counts: Record<string, number> = {};
  nulls = 0;

  add(value: string): void {
    this.counts[value] = (this.counts[value] ?? 0) + 1;
  }

  state(): CategoryState {
    return { counts: { ...this.counts }, nulls: this.nulls };
  }

  absorb(other: CategoryState): void {
    for (const [value, n] of Object.entries(other.counts)) this.counts[value] = (this.counts[value] ?? 0) + n;
    this.nulls += other.nulls;
  }
}

export type FeatureLive =
  | { reference: ReferenceColumn & { kind: 'numeric' }; live: NumericLive }
  | { reference: ReferenceColumn & { kind: 'category' }; live: CategoryLive };

export function featureAccumulators(columns: ReferenceColumn[]): Map<string, FeatureLive> {
  const map = new Map<string, FeatureLive>();
  for (const reference of columns) {
    if (reference.kind === 'numeric') map.set(reference.name, { reference, live: new NumericLive(reference.edges) });
    else map.set(reference.name, { reference, live: new CategoryLive() });
  }
  return map;
}

/** Welford's running mean and variance. */
export class RunningMoments {
  n = 0;
  mean = 0;
  m2 = 0;

  add(x: number): void {
    this.n += 1;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
  }

  /** Sample variance (n − 1); 0 below two values. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }

  state(): MomentsState {
    return { n: this.n, mean: this.mean, m2: this.m2 };
  }

  /** Chan et al.'s combination: the same moments as one pass over both, to rounding. */
  absorb(other: MomentsState): void {
    if (other.n === 0) return;
    const total = this.n + other.n;
    const delta = other.mean - this.mean;
    this.mean += (delta * other.n) / total;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / total;
    this.n = total;
  }
}

export interface MomentsState {
  n: number;
  mean: number;
  m2: number;
}

/** Errors of labelled predictions: absolute and squared, for MAE and RMSE with their intervals. */
export class LabelledErrors {
  readonly absolute = new RunningMoments();
  readonly squared = new RunningMoments();

  add(actual: number, predicted: number): void {
    const e = actual - predicted;
    this.absolute.add(Math.abs(e));
    this.squared.add(e * e);
  }
}

export class CoverageCount {
  n = 0;
  inside = 0;
  nominalSum = 0;

  add(actual: number, lower: number, upper: number, nominal: number): void {
    this.n += 1;
    if (actual >= lower && actual <= upper) this.inside += 1;
    this.nominalSum += nominal;
  }

  /** Mean nominal coverage of the intervals counted (one value when the model did not change). */
  get nominal(): number {
    return this.n === 0 ? Number.NaN : this.nominalSum / this.n;
  }

  state(): CoverageState {
    return { n: this.n, inside: this.inside, nominalSum: this.nominalSum };
  }

  absorb(other: CoverageState): void {
    this.n += other.n;
    this.inside += other.inside;
    this.nominalSum += other.nominalSum;
  }
}

export interface CoverageState {
  n: number;
  inside: number;
  nominalSum: number;
}
