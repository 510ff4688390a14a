// A seeded, fixed-size uniform sample of rows (reservoir sampling, Vitter's algorithm R) taken
// during the single streaming pass, so the leakage and drift statistics need bounded memory
// whatever the file size. Same file, same sample: the seed is fixed.
export const SAMPLE_ROWS = 50_000;
export const SAMPLE_SEED = 0x5eed;

/** One sampled cell: a number for numeric columns, the trimmed text for categories, else null. */
export type SampleValue = number | string | null;

/** mulberry32: a small, well-mixed 32-bit generator; enough for choosing rows. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class RowReservoir {
  readonly rows: SampleValue[][] = [];
  private seen = 0;
  private readonly random: () => number;

  constructor(
    readonly capacity = SAMPLE_ROWS,
    seed = SAMPLE_SEED,
  ) {
    this.random = seededRandom(seed);
  }

  /** Rows offered so far. */
  get offered(): number {
    return this.seen;
  }

  /** Where the next row goes in the sample, or -1 when it is not sampled (then skip building it). */
  offer(): number {
    this.seen += 1;
    if (this.rows.length < this.capacity) return this.rows.length;
    const slot = Math.floor(this.random() * this.seen);
    return slot < this.capacity ? slot : -1;
  }

  put(slot: number, row: SampleValue[]): void {
    this.rows[slot] = row;
  }

  numbers(index: number): Float64Array {
    return Float64Array.from(this.rows, (row) => {
      const value = row[index];
      return typeof value === 'number' ? value : Number.NaN;
    });
  }

  texts(index: number): (string | null)[] {
    return this.rows.map((row) => {
      const value = row[index];
      return typeof value === 'string' ? value : null;
    });
  }
}
