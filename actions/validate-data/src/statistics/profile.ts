// Per-column statistics accumulated in one pass (Welford mean/variance, bounded category
// counts), completed at the end from the row sample: decile histogram and a bounded sorted
// sample per numeric column, so the profile can serve as the next run's drift reference.
import type { ColumnProfileDocument, ContractColumn } from '@slipway/shared';
import { NumberSet } from './number-set.js';
import { seededRandom } from '@slipway/shared/sample';
import { at, decileHistogram } from '@slipway/shared';

const MAX_CATEGORIES = 1000;
/** Values kept per numeric column in the profile (a uniform draw from the row sample). */
const PROFILE_SAMPLE = 5000;

/** One column of the profile document (schemas/data-profile.schema.json); categories stop at MAX_CATEGORIES values, sample at PROFILE_SAMPLE. */
export type ColumnProfile = ColumnProfileDocument;

/** What an accumulator hands to another thread (see ColumnAccumulator.absorb). */
export interface AccumulatorState {
  count: number;
  nulls: number;
  numbers: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
  /** Count per text in first-seen order, the contract categories' later rows included. */
  values: [string, number][];
  numberValues: number[];
  overflow: boolean;
}

export class ColumnAccumulator {
  private count = 0;
  private nulls = 0;
  private numbers = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  /** Counts per distinct text, except texts that are String(their number): those are in numbers. */
  private readonly values = new Map<string, number>();
  /** The distinct numbers whose text is String(number): only their count is ever reported. */
  private readonly numberValues = new NumberSet(MAX_CATEGORIES + 1);
  private overflow = false;
  /** Per contract category: counted by addCategory once, then counted here. */
  private readonly categorySeen: Uint8Array;
  private readonly categoryCounts: Int32Array;

  constructor(private readonly column: ContractColumn) {
    this.categorySeen = new Uint8Array(column.categories?.length ?? 0);
    this.categoryCounts = new Int32Array(column.categories?.length ?? 0);
  }

  addNull(): void {
    this.count += 1;
    this.nulls += 1;
  }

  add(raw: string, number?: number): void {
    this.count += 1;
    if (!this.overflow) {
      if (number !== undefined && String(number) === raw) this.countNumber(number);
      else this.countText(raw);
    }
    if (number !== undefined) this.addNumber(number);
  }

  /**
   * The same as add(text, number) for a number the byte reader parsed from data[start, end);
   * canonical: the text is known to be String(number), so it need not be decoded.
   */
  addParsed(number: number, canonical: boolean, data: Buffer, start: number, end: number): void {
    if (this.overflow) {
      this.count += 1;
      this.addNumber(number);
    } else if (canonical) {
      this.count += 1;
      this.countNumber(number);
      this.addNumber(number);
    } else {
      this.add(data.toString('latin1', start, end), number);
    }
  }

  /** The same as add(name) for the contract's category k, without a Map update per row. */
  addCategory(k: number): void {
    this.count += 1;
    if (this.overflow) return;
    if (this.categorySeen[k] === 0) {
      // The first sighting goes into values, which keeps the order categories were first seen in.
      this.categorySeen[k] = 1;
      this.countText(this.column.categories?.[k] ?? '');
      return;
    }
    this.categoryCounts[k] = (this.categoryCounts[k] ?? 0) + 1;
  }

  /** Count per text in first-seen order: values' counts plus the contract categories' later rows from addCategory. */
  private countedTexts(): [string, number][] {
    const names = this.column.categories ?? [];
    return [...this.values].map(([value, n]) => [value, n + (this.categoryCounts[names.indexOf(value)] ?? 0)]);
  }

  private countText(raw: string, n = 1): void {
    this.values.set(raw, (this.values.get(raw) ?? 0) + n);
    if (this.distinct() > MAX_CATEGORIES) this.overflow = true;
  }

  private countNumber(number: number): void {
    this.numberValues.add(number);
    if (this.distinct() > MAX_CATEGORIES) this.overflow = true;
  }

  /** Distinct values seen (capped at MAX_CATEGORIES + 1). */
  distinct(): number {
    return this.overflow ? MAX_CATEGORIES + 1 : this.values.size + this.numberValues.size;
  }

  state(): AccumulatorState {
    const { count, nulls, numbers, mean, m2, min, max, overflow } = this;
    return { count, nulls, numbers, mean, m2, min, max, values: this.countedTexts(), numberValues: this.numberValues.values(), overflow };
  }

  /**
   * Adds the state of the rows that follow this accumulator's (the second part of a file read on
   * another thread). Counts, extremes and first-seen order come out as one pass would give them;
   * mean and variance are combined by Chan et al.'s formula, equal to one pass to rounding.
   */
  absorb(other: AccumulatorState): void {
    this.count += other.count;
    this.nulls += other.nulls;
    if (other.numbers > 0) {
      const total = this.numbers + other.numbers;
      const delta = other.mean - this.mean;
      this.mean += (delta * other.numbers) / total;
      this.m2 += other.m2 + (delta * delta * this.numbers * other.numbers) / total;
      this.numbers = total;
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
    }
    this.overflow ||= other.overflow;
    const names = this.column.categories ?? [];
    for (const [value, n] of other.values) {
      if (this.overflow) return;
      const k = names.indexOf(value);
      // The table's entry now holds this category's count; addCategory would count it there too.
      if (k >= 0) this.categorySeen[k] = 1;
      this.countText(value, n);
    }
    for (const x of other.numberValues) {
      if (this.overflow) return;
      this.countNumber(x);
    }
  }

  nullRate(): number {
    return this.count === 0 ? 0 : this.nulls / this.count;
  }

  private addNumber(x: number): void {
    this.numbers += 1;
    const delta = x - this.mean;
    this.mean += delta / this.numbers;
    this.m2 += delta * (x - this.mean);
    this.min = Math.min(this.min, x);
    this.max = Math.max(this.max, x);
  }

  /** The profile; `sorted`: this column's finite values in the row sample, ascending (numeric columns). */
  profile(sorted?: Float64Array): ColumnProfile {
    const has = this.numbers > 0;
    const numeric = this.column.type === 'integer' || this.column.type === 'number';
    const values = numeric && sorted ? sorted : null;
    return {
      name: this.column.name,
      type: this.column.type,
      count: this.count,
      nulls: this.nulls,
      min: has ? this.min : null,
      max: has ? this.max : null,
      mean: has ? this.mean : null,
      std: this.numbers > 1 ? Math.sqrt(this.m2 / (this.numbers - 1)) : null,
      histogram: values && values.length > 0 && has ? decileHistogram(values, this.min, this.max) : null,
      categories: this.column.type === 'category' && !this.overflow ? Object.fromEntries(this.countedTexts()) : null,
      distinct: this.distinct(),
      sample: values ? drawSorted(values, PROFILE_SAMPLE) : null,
    };
  }
}

/** The finite values, sorted ascending. */
export function finiteSorted(values: Float64Array): Float64Array {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (Number.isFinite(v)) finite[n++] = v;
  return finite.subarray(0, n).sort();
}

/** A seeded uniform draw of at most `size` values, sorted (partial Fisher–Yates). */
function drawSorted(sorted: Float64Array, size: number): number[] {
  if (sorted.length <= size) return Array.from(sorted);
  const pool = Float64Array.from(sorted);
  const random = seededRandom(pool.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const drawn = at(pool, j);
    pool[j] = at(pool, i);
    pool[i] = drawn;
  }
  return Array.from(pool.subarray(0, size).sort());
}
