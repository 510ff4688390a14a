// A fixed-size uniform sample of rows taken during the streaming pass, so the leakage and drift
// statistics need bounded memory whatever the file size. It is a bottom-k sample: each row gets
// a pseudo-random priority from where it starts in the file (its ref), and the k rows with the
// smallest (priority, ref) are kept. The same file gives the same sample however it was read, and
// two samples of two parts of a file merge into exactly the sample of the whole (validate-data's
// split.ts and the monitor's worker thread read a big input in two parts on two threads).
//
// Rows are held in file order in a buffer of up to 2k rows: a row is appended when its priority
// is below the bound. A full buffer drops its rows from the k-th lowest priority's 16-bit bucket
// up (order kept), and that bucket's end becomes the bound; before the sample is read it is
// trimmed to exactly its k lowest rows. So the sample is always in file order, with no per-row
// heap work.
export const SAMPLE_ROWS = 50_000;
const SAMPLE_SEED = 0x5eed;

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

/** A row's priority: murmur3's finaliser over its ref (refs are below 2^53) and the seed. */
export function rowPriority(ref: number, seed: number): number {
  let h = (ref >>> 0) ^ Math.imul(Math.floor(ref / 4294967296), 0x9e3779b1) ^ seed;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A text column's rows as ids (-1: no text) into its distinct texts. */
export interface TextIds {
  ids: Int32Array;
  texts: string[];
}

/** What a sample hands to another thread: its rows in file order. */
export interface SampleState {
  offered: number;
  refs: Float64Array;
  priorities: Uint32Array;
  numeric: (Float64Array | undefined)[];
  text: (TextIds | undefined)[];
}

/**
 * A sampled text column: an id per row into a table of distinct texts, so rows move, trim and
 * cross threads as numbers. The table is rebuilt from the rows held when it outgrows them.
 */
class TextColumn {
  ids: Int32Array;
  texts: string[] = [];
  /** Counts table rebuilds: ids taken before one are stale. */
  generation = 0;
  private idOf = new Map<string, number>();

  constructor(room: number) {
    this.ids = new Int32Array(room).fill(-1);
  }

  set(slot: number, text: string | null): void {
    this.ids[slot] = text === null ? -1 : this.id(text);
  }

  id(text: string): number {
    let id = this.idOf.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.idOf.set(text, id);
    }
    return id;
  }

  text(slot: number): string | null {
    const id = this.ids[slot] ?? -1;
    return id < 0 ? null : (this.texts[id] ?? null);
  }

  widen(room: number): void {
    const ids = new Int32Array(room).fill(-1);
    ids.set(this.ids);
    this.ids = ids;
  }

  /** Moves the rows at the positions `keep` (ascending) to the front, in order. */
  keepOnly(keep: Int32Array): void {
    const ids = this.ids;
    for (let to = 0; to < keep.length; to++) ids[to] = ids[keep[to] ?? 0] ?? -1;
    if (this.texts.length > ids.length) this.rebuild(keep.length);
  }

  state(size: number): TextIds {
    return { ids: this.ids.slice(0, size), texts: [...this.texts] };
  }

  private rebuild(size: number): void {
    const old = this.texts;
    this.texts = [];
    this.idOf = new Map();
    this.generation += 1;
    const moved = new Int32Array(old.length).fill(-1);
    for (let i = 0; i < size; i++) {
      const id = this.ids[i] ?? -1;
      if (id < 0) continue;
      if ((moved[id] ?? -1) < 0) moved[id] = this.id(old[id] ?? '');
      this.ids[i] = moved[id] ?? -1;
    }
  }
}

/** Columnar storage (a typed array per numeric column), so sampling allocates no per-row objects. */
export class RowReservoir {
  private size = 0;
  private seen = 0;
  private room = 0;
  private readonly numeric: Float64Array[] = [];
  private readonly text: TextColumn[] = [];
  /** Per row: its ref and priority. */
  private refs = new Float64Array(0);
  private priorities = new Uint32Array(0);
  /**
   * A row whose priority is at or above this is never kept: k rows already held come before it
   * (a tie loses, as its ref is larger).
   */
  private bound = 2 ** 32;
  private lastRef = -Infinity;

  constructor(
    readonly capacity = SAMPLE_ROWS,
    private readonly seed = SAMPLE_SEED,
  ) {}

  /** Rows offered so far. */
  get offered(): number {
    return this.seen;
  }

  /** Rows held (at most capacity). */
  get rows(): number {
    this.trim();
    return this.size;
  }

  /**
   * Where the row that starts at ref goes in the sample, or -1 when it is not sampled (then skip
   * storing it). Refs come in increasing order (the file read front to back); the caller sets
   * every column of a row it is given a place for.
   */
  offer(ref: number): number {
    if (ref <= this.lastRef) throw new Error(`sample: row ref ${ref} is not after the last one; rows must be offered in file order`);
    this.lastRef = ref;
    this.seen += 1;
    const priority = rowPriority(ref, this.seed);
    return priority < this.bound ? this.append(ref, priority) : -1;
  }

  private append(ref: number, priority: number): number {
    if (this.size === this.room) {
      if (this.room < 2 * this.capacity) this.grow();
      else this.narrow();
    }
    const slot = this.size++;
    this.refs[slot] = ref;
    this.priorities[slot] = priority;
    return slot;
  }

  /** set() for a number, without boxing it into a SampleValue. */
  setNumber(slot: number, column: number, value: number): void {
    (this.numeric[column] ?? this.numbersColumn(column))[slot] = value;
    this.text[column]?.set(slot, null);
  }

  set(slot: number, column: number, value: SampleValue): void {
    (this.numeric[column] ?? this.numbersColumn(column))[slot] = typeof value === 'number' ? value : Number.NaN;
    if (typeof value === 'string') this.textColumn(column).set(slot, value);
    else this.text[column]?.set(slot, null);
  }

  /** The sampled values of a column in file order; NaN where a row had no number. */
  numbers(column: number): Float64Array {
    this.trim();
    return (this.numeric[column] ?? new Float64Array(this.room).fill(Number.NaN)).subarray(0, this.size);
  }

  /** The sampled texts of a column in file order; null where a row had none. */
  texts(column: number): (string | null)[] {
    this.trim();
    const texts = this.text[column];
    const out = new Array<string | null>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = texts?.text(i) ?? null;
    return out;
  }

  /** The sampled texts of a column in file order as ids into its distinct texts (-1: none). */
  textIds(column: number): TextIds {
    this.trim();
    const texts = this.text[column];
    return texts === undefined
      ? { ids: new Int32Array(this.size).fill(-1), texts: [] }
      : { ids: texts.ids.subarray(0, this.size), texts: texts.texts };
  }

  /** The rows, in file order, for absorb() on another thread. */
  state(): SampleState {
    this.trim();
    const columns = Math.max(this.numeric.length, this.text.length);
    return {
      offered: this.seen,
      refs: this.refs.slice(0, this.size),
      priorities: this.priorities.slice(0, this.size),
      numeric: Array.from({ length: columns }, (_, c) => this.numeric[c]?.slice(0, this.size)),
      text: Array.from({ length: columns }, (_, c) => this.text[c]?.state(this.size)),
    };
  }

  /**
   * Adds the sample of the part of the file that follows this one's: the result is the sample of
   * both parts read as one.
   */
  absorb(other: SampleState): void {
    this.seen += other.offered;
    const columns = Math.max(this.numeric.length, this.text.length, other.numeric.length, other.text.length);
    // Per column, the other's text ids as this column's (-1: not yet looked up), for one generation.
    const remaps = Array.from({ length: columns }, (_, c) => ({
      ids: new Int32Array(other.text[c]?.texts.length ?? 0).fill(-1),
      generation: 0,
    }));
    for (let i = 0; i < other.refs.length; i++) {
      const priority = other.priorities[i] ?? 0;
      if (priority >= this.bound) continue;
      const slot = this.append(other.refs[i] ?? 0, priority);
      // Every column of the row is set, so nothing of a row that held the place before survives.
      for (let c = 0; c < columns; c++) {
        const numbers = other.numeric[c];
        if (numbers !== undefined || this.numeric[c] !== undefined)
          (this.numeric[c] ?? this.numbersColumn(c))[slot] = numbers?.[i] ?? Number.NaN;
        const texts = other.text[c];
        const remap = remaps[c];
        if (texts === undefined || remap === undefined) {
          this.text[c]?.set(slot, null);
          continue;
        }
        const column = this.textColumn(c);
        if (remap.generation !== column.generation) {
          remap.ids.fill(-1);
          remap.generation = column.generation;
        }
        const id = texts.ids[i] ?? -1;
        if (id >= 0 && (remap.ids[id] ?? -1) < 0) remap.ids[id] = column.id(texts.texts[id] ?? '');
        column.ids[slot] = id < 0 ? -1 : (remap.ids[id] ?? -1);
      }
    }
  }

  /**
   * Keeps the k rows with the lowest (priority, ref), in file order; the k-th priority becomes
   * the bound. Ties with it keep the first rows (the lowest refs), as the bound keeps later ones
   * out. Done before the sample is read or handed over; split.ts does it while it waits.
   */
  trim(): void {
    if (this.size <= this.capacity) return;
    const { keep, kth } = lowest(this.priorities, this.size, this.capacity);
    this.keepOnly(keep);
    this.bound = kth;
  }

  /**
   * Makes room during the pass, more cheaply than trim(): keeps the rows below the end of the
   * 16-bit bucket that holds the k-th lowest priority (at least k rows, a few more at most).
   */
  private narrow(): void {
    const bound = (kthBucket(this.priorities, this.size, this.capacity).high + 1) * 0x10000;
    const keep = new Int32Array(this.size);
    let kept = 0;
    for (let i = 0; i < this.size; i++) if ((this.priorities[i] ?? 0) < bound) keep[kept++] = i;
    // All in one bucket (priorities far too close to be seeded hashes): trim exactly instead.
    if (kept === this.size) {
      this.trim();
      return;
    }
    this.keepOnly(keep.subarray(0, kept));
    this.bound = bound;
  }

  /** Moves the rows at the positions `keep` (ascending) to the front, in order. */
  private keepOnly(keep: Int32Array): void {
    const compact = (values: Float64Array | Uint32Array): void => {
      for (let to = 0; to < keep.length; to++) values[to] = values[keep[to] ?? 0] ?? 0;
    };
    this.numeric.forEach(compact);
    compact(this.refs);
    compact(this.priorities);
    // forEach: columns without texts are holes.
    this.text.forEach((texts) => {
      texts.keepOnly(keep);
    });
    this.size = keep.length;
  }

  private grow(): void {
    const room = Math.min(2 * this.capacity, Math.max(1024, this.room * 2));
    this.numeric.forEach((old, i) => {
      this.numeric[i] = widened(old, new Float64Array(room).fill(Number.NaN));
    });
    this.text.forEach((texts) => {
      texts.widen(room);
    });
    this.refs = widened(this.refs, new Float64Array(room));
    this.priorities = widened(this.priorities, new Uint32Array(room));
    this.room = room;
  }

  private numbersColumn(column: number): Float64Array {
    const created = new Float64Array(this.room).fill(Number.NaN);
    this.numeric[column] = created;
    return created;
  }

  private textColumn(column: number): TextColumn {
    const existing = this.text[column];
    if (existing !== undefined) return existing;
    const created = new TextColumn(this.room);
    this.text[column] = created;
    return created;
  }
}

/**
 * The positions (ascending) of the k lowest (priority, position) among priorities[0, n), and the
 * k-th lowest priority: ties with it keep their first positions.
 */
export function lowest(priorities: Uint32Array, n: number, k: number): { keep: Int32Array; kth: number } {
  const kth = kthSmallest(priorities, n, k);
  let below = 0;
  for (let i = 0; i < n; i++) if ((priorities[i] ?? 0) < kth) below += 1;
  let ties = k - below;
  const keep = new Int32Array(k);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const priority = priorities[i] ?? 0;
    if (priority < kth || (priority === kth && ties-- > 0)) keep[kept++] = i;
  }
  return { keep, kth };
}

/**
 * The high 16 bits of the k-th smallest (1-based) of values[0, n), and its rank among the values
 * with those high bits; counts is left holding the count per high bits.
 */
function kthBucket(values: Uint32Array, n: number, k: number, counts = new Int32Array(1 << 16)): { high: number; rank: number } {
  for (let i = 0; i < n; i++) counts[(values[i] ?? 0) >>> 16] = (counts[(values[i] ?? 0) >>> 16] ?? 0) + 1;
  let rank = k;
  let high = 0;
  while ((counts[high] ?? 0) < rank) rank -= counts[high++] ?? 0;
  return { high, rank };
}

/** The k-th smallest (1-based) of values[0, n), by two 16-bit counting passes. */
function kthSmallest(values: Uint32Array, n: number, k: number): number {
  const counts = new Int32Array(1 << 16);
  const { high, rank: rankInBucket } = kthBucket(values, n, k, counts);
  let rank = rankInBucket;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? 0;
    if (value >>> 16 === high) counts[value & 0xffff] = (counts[value & 0xffff] ?? 0) + 1;
  }
  let low = 0;
  while ((counts[low] ?? 0) < rank) rank -= counts[low++] ?? 0;
  return ((high << 16) | low) >>> 0;
}

/** `bigger` holding `old`'s values first. */
function widened<T extends Float64Array | Uint32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
