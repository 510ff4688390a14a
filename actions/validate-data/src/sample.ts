// A fixed-size uniform sample of rows taken during the streaming pass, so the leakage and drift
// statistics need bounded memory whatever the file size. It is a bottom-k sample: each row gets
// a pseudo-random priority from where it starts in the file (its ref), and the rows with the k
// smallest priorities are kept. The same file gives the same sample however it was read, and two
// samples of two parts of a file merge into exactly the sample of the whole (split.ts reads the
// halves of a big file on two threads).
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

/** A row's priority: murmur3's finaliser over its ref (refs are below 2^53) and the seed. */
export function rowPriority(ref: number, seed: number): number {
  let h = (ref >>> 0) ^ Math.imul(Math.floor(ref / 4294967296), 0x9e3779b1) ^ seed;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The index of value in ascending distinct values (binary search). */
function rankOf(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `bigger` holding `old`'s values first. */
function widened<T extends Float64Array | Uint32Array | Int32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** What a sample hands to another thread: its rows in slot order. */
export interface SampleState {
  offered: number;
  refs: Float64Array;
  numeric: (Float64Array | undefined)[];
  text: ((string | null)[] | undefined)[];
}

/** Columnar storage (a typed array per numeric column), so sampling allocates no per-row objects. */
export class RowReservoir {
  private size = 0;
  private seen = 0;
  private room = 0;
  private readonly numeric: Float64Array[] = [];
  private readonly text: (string | null)[][] = [];
  /** Per slot: its row's ref and priority. */
  private refs = new Float64Array(0);
  private priorities = new Uint32Array(0);
  /** Slots as a max-heap on (priority, ref): the root is the row the next better one replaces. */
  private heap = new Int32Array(0);
  /** The root's priority: a row with a higher one is never sampled (checked before anything else). */
  private worst = 0;
  /** The slots are in ref order (arrange()); cleared when a row is placed. */
  private arranged = false;

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
    return this.size;
  }

  /** Where the row that starts at ref goes in the sample, or -1 when it is not sampled (then skip storing it). */
  offer(ref: number): number {
    this.seen += 1;
    return this.place(ref);
  }

  private place(ref: number): number {
    const priority = rowPriority(ref, this.seed);
    if (this.size < this.capacity) {
      if (this.size === this.room) this.grow();
      const slot = this.size++;
      this.refs[slot] = ref;
      this.priorities[slot] = priority;
      this.heap[slot] = slot;
      this.siftUp(slot);
      this.worst = this.priorities[this.heap[0] ?? 0] ?? 0;
      this.arranged = false;
      return slot;
    }
    if (priority > this.worst) return -1;
    const root = this.heap[0] ?? 0;
    if (!this.before(priority, ref, root)) return -1;
    this.refs[root] = ref;
    this.priorities[root] = priority;
    this.siftDown(0);
    this.worst = this.priorities[this.heap[0] ?? 0] ?? 0;
    this.arranged = false;
    return root;
  }

  /** (priority, ref) comes before slot's row. */
  private before(priority: number, ref: number, slot: number): boolean {
    const other = this.priorities[slot] ?? 0;
    return priority < other || (priority === other && ref < (this.refs[slot] ?? 0));
  }

  private siftUp(at: number): void {
    const heap = this.heap;
    const slot = heap[at] ?? 0;
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = heap[parent] ?? 0;
      if (!this.before(this.priorities[up] ?? 0, this.refs[up] ?? 0, slot)) break;
      heap[i] = up;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(at: number): void {
    const heap = this.heap;
    const slot = heap[at] ?? 0;
    let i = at;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.later(heap[right] ?? 0, heap[child] ?? 0)) child = right;
      if (!this.later(heap[child] ?? 0, slot)) break;
      heap[i] = heap[child] ?? 0;
      i = child;
    }
    heap[i] = slot;
  }

  /** Slot a's row comes after slot b's. */
  private later(a: number, b: number): boolean {
    return this.before(this.priorities[b] ?? 0, this.refs[b] ?? 0, a);
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

  /** The sampled values of a column in file order; NaN where a row had no number. */
  numbers(column: number): Float64Array {
    this.arrange();
    return (this.numeric[column] ?? new Float64Array(this.room).fill(Number.NaN)).subarray(0, this.size);
  }

  /** The sampled texts of a column in file order; null where a row had none. */
  texts(column: number): (string | null)[] {
    this.arrange();
    const texts = this.text[column] ?? [];
    const out = new Array<string | null>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = texts[i] ?? null;
    return out;
  }

  /** The rows, in slot order, for absorb() on another thread. */
  state(): SampleState {
    const columns = Math.max(this.numeric.length, this.text.length);
    return {
      offered: this.seen,
      refs: this.refs.slice(0, this.size),
      numeric: Array.from({ length: columns }, (_, c) => this.numeric[c]?.slice(0, this.size)),
      text: Array.from({ length: columns }, (_, c) => this.text[c]?.slice(0, this.size)),
    };
  }

  /** Adds another part's sample: the result is the sample of both parts read as one. */
  absorb(other: SampleState): void {
    this.seen += other.offered;
    const columns = Math.max(this.numeric.length, this.text.length, other.numeric.length, other.text.length);
    for (let i = 0; i < other.refs.length; i++) {
      const slot = this.place(other.refs[i] ?? 0);
      if (slot < 0) continue;
      // A reused slot is overwritten in every column, so nothing of the row it held survives.
      for (let c = 0; c < columns; c++) {
        const numbers = other.numeric[c];
        if (numbers !== undefined || this.numeric[c] !== undefined)
          (this.numeric[c] ?? this.numbersColumn(c))[slot] = numbers?.[i] ?? Number.NaN;
        const texts = other.text[c];
        if (texts !== undefined || this.text[c] !== undefined) this.textColumn(c)[slot] = texts?.[i] ?? null;
      }
    }
  }

  /**
   * Puts the slots in file (ref) order, so what is read from the sample does not depend on the
   * order rows arrived in; the heap is rebuilt, so offering more rows afterwards still works.
   */
  private arrange(): void {
    if (this.arranged) return;
    // Refs are distinct: sort them natively, then move each slot to its ref's rank.
    const sorted = this.refs.slice(0, this.size).sort();
    const order = new Int32Array(this.size);
    const rankOfSlot = new Int32Array(this.size);
    for (let slot = 0; slot < this.size; slot++) {
      const rank = rankOf(sorted, this.refs[slot] ?? 0);
      order[rank] = slot;
      rankOfSlot[slot] = rank;
    }
    const permute = (values: Float64Array | Uint32Array): void => {
      const copy = values.slice(0, this.size);
      for (let to = 0; to < order.length; to++) values[to] = copy[order[to] ?? 0] ?? 0;
    };
    this.numeric.forEach(permute);
    this.text.forEach((texts, c) => {
      const moved = new Array<string | null>(this.size);
      for (let to = 0; to < order.length; to++) moved[to] = texts[order[to] ?? 0] ?? null;
      this.text[c] = moved;
    });
    permute(this.refs);
    permute(this.priorities);
    // Every slot moved with its priority and ref, so the heap stays a heap over the new slots.
    for (let i = 0; i < this.size; i++) this.heap[i] = rankOfSlot[this.heap[i] ?? 0] ?? 0;
    this.arranged = true;
  }

  private grow(): void {
    const room = Math.min(this.capacity, Math.max(1024, this.room * 2));
    this.numeric.forEach((old, i) => {
      this.numeric[i] = widened(old, new Float64Array(room).fill(Number.NaN));
    });
    this.refs = widened(this.refs, new Float64Array(room));
    this.priorities = widened(this.priorities, new Uint32Array(room));
    this.heap = widened(this.heap, new Int32Array(room));
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
