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

/** Columnar storage (a typed array per numeric column), so sampling allocates no per-row objects. */
export class RowReservoir {
  private size = 0;
  private seen = 0;
  private room = 0;
  private readonly numeric: Float64Array[] = [];
  private readonly text: (string | null)[][] = [];
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

  /** Rows held (at most capacity). */
  get rows(): number {
    return this.size;
  }

  /** Where the next row goes in the sample, or -1 when it is not sampled (then skip storing it). */
  offer(): number {
    this.seen += 1;
    if (this.size < this.capacity) {
      this.size += 1;
      if (this.size > this.room) this.grow();
      return this.size - 1;
    }
    const slot = Math.floor(this.random() * this.seen);
    return slot < this.capacity ? slot : -1;
  }

  /** set() for a number, without boxing it into a SampleValue. */
  setNumber(slot: number, column: number, value: number): void {
    (this.numeric[column] ?? this.numbersColumn(column))[slot] = value;
    const texts = this.text[column];
    if (texts !== undefined) texts[slot] = null;
  }

  set(slot: number, column: number, value: SampleValue): void {
    (this.numeric[column] ?? this.numbersColumn(column))[slot] = typeof value === 'number' ? value : Number.NaN;
    const texts = this.text[column];
    if (typeof value === 'string') this.textColumn(column)[slot] = value;
    else if (texts !== undefined) texts[slot] = null;
  }

  /** The sampled values of a column; NaN where a row had no number. */
  numbers(column: number): Float64Array {
    return (this.numeric[column] ?? new Float64Array(this.room).fill(Number.NaN)).subarray(0, this.size);
  }

  /** The sampled texts of a column; null where a row had none. */
  texts(column: number): (string | null)[] {
    const texts = this.text[column] ?? [];
    return Array.from({ length: this.size }, (_, i) => texts[i] ?? null);
  }

  private grow(): void {
    const room = Math.min(this.capacity, Math.max(1024, this.room * 2));
    this.numeric.forEach((old, i) => {
      const next = new Float64Array(room).fill(Number.NaN);
      next.set(old);
      this.numeric[i] = next;
    });
    this.room = room;
  }

  private numbersColumn(column: number): Float64Array {
    const created = new Float64Array(this.room).fill(Number.NaN);
    this.numeric[column] = created;
    return created;
  }

  private textColumn(column: number): (string | null)[] {
    const existing = this.text[column];
    if (existing !== undefined) return existing;
    const created: (string | null)[] = [];
    this.text[column] = created;
    return created;
  }
}
