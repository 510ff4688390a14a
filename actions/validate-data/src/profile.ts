// Per-column statistics accumulated in one pass (Welford mean/variance, fixed histogram bins
// over the contract's range, bounded category counts).
import type { ContractColumn } from '@slipway/shared';

export const HISTOGRAM_BINS = 10;
export const MAX_CATEGORIES = 1000;

export interface ColumnProfile {
  name: string;
  type: ContractColumn['type'];
  count: number;
  nulls: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  std: number | null;
  histogram: { edges: number[]; counts: number[] } | null;
  categories: Record<string, number> | null;
  distinct: number;
}

export class ColumnAccumulator {
  private count = 0;
  private nulls = 0;
  private numbers = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly bins: number[] | null;
  private readonly values = new Map<string, number>();
  private overflow = false;

  constructor(private readonly column: ContractColumn) {
    const numeric = column.type === 'integer' || column.type === 'number';
    this.bins = numeric && column.min !== undefined && column.max !== undefined ? new Array<number>(HISTOGRAM_BINS).fill(0) : null;
  }

  addNull(): void {
    this.count += 1;
    this.nulls += 1;
  }

  add(raw: string, number?: number): void {
    this.count += 1;
    if (!this.overflow) {
      this.values.set(raw, (this.values.get(raw) ?? 0) + 1);
      if (this.values.size > MAX_CATEGORIES) this.overflow = true;
    }
    if (number !== undefined) this.addNumber(number);
  }

  /** Distinct values seen (capped at MAX_CATEGORIES + 1). */
  distinct(): number {
    return this.values.size;
  }

  private addNumber(x: number): void {
    this.numbers += 1;
    const delta = x - this.mean;
    this.mean += delta / this.numbers;
    this.m2 += delta * (x - this.mean);
    this.min = Math.min(this.min, x);
    this.max = Math.max(this.max, x);
    const { min, max } = this.column;
    if (this.bins && min !== undefined && max !== undefined) {
      const index = max === min ? 0 : Math.min(HISTOGRAM_BINS - 1, Math.floor(((x - min) / (max - min)) * HISTOGRAM_BINS));
      this.bins[index] = (this.bins[index] ?? 0) + 1;
    }
  }

  profile(): ColumnProfile {
    const has = this.numbers > 0;
    const { min, max } = this.column;
    return {
      name: this.column.name,
      type: this.column.type,
      count: this.count,
      nulls: this.nulls,
      min: has ? this.min : null,
      max: has ? this.max : null,
      mean: has ? this.mean : null,
      std: this.numbers > 1 ? Math.sqrt(this.m2 / (this.numbers - 1)) : null,
      histogram:
        this.bins && min !== undefined && max !== undefined
          ? { edges: Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => min + ((max - min) * i) / HISTOGRAM_BINS), counts: this.bins }
          : null,
      categories: this.column.type === 'category' && !this.overflow ? Object.fromEntries(this.values) : null,
      distinct: this.values.size,
    };
  }
}
