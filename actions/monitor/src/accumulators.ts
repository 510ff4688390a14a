// Streaming accumulators over the window's records: memory bounded by the number of features
// and bins, never by the number of records (a seeded uniform sample of each numeric feature
// feeds its KS test; every value is counted in the reference bins for PSI).
import { binOf } from '@slipway/shared';
import type { ReferenceColumn } from './profile.js';

/** Values kept per numeric feature for the KS test (as many as the profile keeps). */
export const LIVE_SAMPLE = 5000;

/** mulberry32, seeded: the same records give the same sample. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ReservoirState {
  /** The kept values (at most capacity). */
  values: Float64Array;
  /** Values offered. */
  seen: number;
}

/** Algorithm R: a uniform sample of at most `capacity` of the values offered. */
export class Reservoir {
  private values: Float64Array;
  private seen = 0;
  private readonly random: () => number;

  constructor(
    readonly capacity = LIVE_SAMPLE,
    seed = 0x5eed,
  ) {
    this.values = new Float64Array(capacity);
    this.random = seededRandom(seed);
  }

  add(x: number): void {
    if (this.seen < this.capacity) this.values[this.seen] = x;
    else {
      const j = Math.floor(this.random() * (this.seen + 1));
      if (j < this.capacity) this.values[j] = x;
    }
    this.seen += 1;
  }

  get count(): number {
    return this.seen;
  }

  sorted(): Float64Array {
    return this.values.slice(0, Math.min(this.seen, this.capacity)).sort();
  }

  state(): ReservoirState {
    return { values: this.values.slice(0, Math.min(this.seen, this.capacity)), seen: this.seen };
  }

  /**
   * Becomes a uniform sample of both streams: how many values come from each side is drawn as
   * the hypergeometric count a uniform sample of the union would hold, then that many are drawn
   * from each side's own uniform sample.
   */
  absorb(other: ReservoirState): void {
    const mine = this.state();
    const total = mine.seen + other.seen;
    const merged = new Float64Array(this.capacity);
    if (total <= this.capacity) {
      merged.set(mine.values);
      merged.set(other.values, mine.values.length);
    } else {
      let fromMine = 0;
      for (let i = 0; i < this.capacity; i++) if (this.random() < (mine.seen - fromMine) / (total - i)) fromMine += 1;
      const a = this.draw(mine.values, fromMine);
      merged.set(a);
      merged.set(this.draw(other.values, this.capacity - fromMine), a.length);
    }
    this.values = merged;
    this.seen = total;
  }

  /** count values drawn uniformly without replacement (partial Fisher–Yates on a copy). */
  private draw(values: Float64Array, count: number): Float64Array {
    const pool = Float64Array.from(values);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.random() * (pool.length - i));
      const picked = pool[j] ?? 0;
      pool[j] = pool[i] ?? 0;
      pool[i] = picked;
    }
    return pool.subarray(0, count);
  }
}

export class NumericLive {
  readonly counts: number[];
  readonly sample = new Reservoir();
  nulls = 0;

  constructor(readonly edges: number[]) {
    this.counts = new Array<number>(edges.length - 1).fill(0);
  }

  add(x: number): void {
    const bin = binOf(this.edges, x);
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    this.sample.add(x);
  }

  state(): NumericState {
    return { counts: [...this.counts], sample: this.sample.state(), nulls: this.nulls };
  }

  absorb(other: NumericState): void {
    other.counts.forEach((n, i) => (this.counts[i] = (this.counts[i] ?? 0) + n));
    this.sample.absorb(other.sample);
    this.nulls += other.nulls;
  }
}

export interface NumericState {
  counts: number[];
  sample: ReservoirState;
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
