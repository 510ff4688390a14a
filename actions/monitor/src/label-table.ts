// The labels (prediction id → actual) as an open-addressing hash table in shared memory: an id
// is its 16 bytes (four 32-bit words, not a 32-character string), so a label costs about 33 bytes
// per slot, and a table built on one thread is read by the other without a copy.

/** Where a label was read: the feedback file (index in the listing) and the byte its line starts at. */
export interface LabelPlace {
  file: number;
  offset: number;
}

/** The table's arrays: SharedArrayBuffer views, posted to another thread as they are. */
export interface LabelTableData {
  capacity: number;
  size: number;
  /** 4 words per slot. */
  keys: Uint32Array;
  actuals: Float64Array;
  /**
   * Per slot: 0 empty, else a byte of the key's hash (1–255). A probe compares these first, so
   * an id without a label (most of them) is turned away without reading the keys.
   */
  used: Uint8Array;
  files: Uint32Array;
  offsets: Float64Array;
}

const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) HEX[97 + c] = 10 + c;

/** Parses 32 lowercase hex digits into four words; false when the text is anything else. */
export function idWords(id: string, into: Uint32Array): boolean {
  if (id.length !== 32) return false;
  for (let w = 0; w < 4; w++) {
    let v = 0;
    for (let i = w * 8, stop = i + 8; i < stop; i++) {
      const c = id.charCodeAt(i);
      const d = c < 128 ? (HEX[c] ?? -1) : -1;
      if (d < 0) return false;
      v = (v << 4) | d;
    }
    into[w] = v >>> 0;
  }
  return true;
}

const hashOf = (key: Uint32Array): number => {
  let h = Math.imul((key[0] ?? 0) ^ 0x9e3779b9, 0x85ebca6b) ^ (key[1] ?? 0);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ (key[2] ?? 0);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ (key[3] ?? 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
};

/** The slot's mark for a hash: its top byte, never 0 (0 marks an empty slot). */
const markOf = (hash: number): number => ((hash >>> 24) % 255) + 1;

const shared = <T>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T => make(new SharedArrayBuffer(bytes));

function emptyData(capacity: number): LabelTableData {
  return {
    capacity,
    size: 0,
    keys: shared((b) => new Uint32Array(b), capacity * 16),
    actuals: shared((b) => new Float64Array(b), capacity * 8),
    used: shared((b) => new Uint8Array(b), capacity),
    files: shared((b) => new Uint32Array(b), capacity * 4),
    offsets: shared((b) => new Float64Array(b), capacity * 8),
  };
}

export class LabelTable {
  data: LabelTableData;

  constructor(data?: LabelTableData) {
    this.data = data ?? emptyData(1024);
  }

  get size(): number {
    return this.data.size;
  }

  /** The slot holding the key, or -1. */
  find(key: Uint32Array): number {
    const { keys, used, capacity } = this.data;
    const mask = capacity - 1;
    const hash = hashOf(key);
    const mark = markOf(hash);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = used[slot];
      if (at === 0) return -1;
      if (at !== mark) continue;
      const k = slot * 4;
      if (keys[k] === key[0] && keys[k + 1] === key[1] && keys[k + 2] === key[2] && keys[k + 3] === key[3]) return slot;
    }
  }

  actual(slot: number): number {
    return this.data.actuals[slot] ?? Number.NaN;
  }

  place(slot: number): LabelPlace {
    return { file: this.data.files[slot] ?? 0, offset: this.data.offsets[slot] ?? 0 };
  }

  /** Adds a label; when the id is already there, returns its slot and leaves it unchanged. */
  add(key: Uint32Array, actual: number, place: LabelPlace): number {
    const found = this.find(key);
    if (found >= 0) return found;
    // At most 60 % full, so probes stay short.
    if ((this.data.size + 1) * 10 > this.data.capacity * 6) this.grow();
    const hash = hashOf(key);
    const slot = this.emptySlot(hash);
    const d = this.data;
    d.keys.set(key.subarray(0, 4), slot * 4);
    d.actuals[slot] = actual;
    d.files[slot] = place.file;
    d.offsets[slot] = place.offset;
    d.used[slot] = markOf(hash);
    d.size += 1;
    return -1;
  }

  /** Calls back for every label held. */
  forEach(each: (key: Uint32Array, slot: number) => void): void {
    const { keys, used, capacity } = this.data;
    for (let slot = 0; slot < capacity; slot++) if (used[slot] !== 0) each(keys.subarray(slot * 4, slot * 4 + 4), slot);
  }

  private emptySlot(hash: number): number {
    const { used, capacity } = this.data;
    const mask = capacity - 1;
    let slot = hash & mask;
    while (used[slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.data;
    this.data = emptyData(old.capacity * 2);
    for (let slot = 0; slot < old.capacity; slot++) {
      if (old.used[slot] === 0) continue;
      const key = old.keys.subarray(slot * 4, slot * 4 + 4);
      const to = this.emptySlot(hashOf(key));
      this.data.keys.set(key, to * 4);
      this.data.actuals[to] = old.actuals[slot] ?? Number.NaN;
      this.data.files[to] = old.files[slot] ?? 0;
      this.data.offsets[to] = old.offsets[slot] ?? 0;
      this.data.used[to] = old.used[slot] ?? 0;
    }
    this.data.size = old.size;
  }
}
