// The duplicate finder's storage: an append-only log of (hash, line, ref) per row in typed
// arrays, and hash partitions on disk for when the log outgrows its memory budget. A partition
// file keeps its entries in line order, so it can be processed on its own later.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes per entry on disk: hi, lo (uint32), line, ref (float64). */
export const ENTRY_BYTES = 24;
const PARTITION_BITS = 4;
const PARTITIONS = 1 << PARTITION_BITS;
/** Entries buffered per partition before a write (64 KiB and a bit). */
const WRITE_ENTRIES = 2731;

export class EntryLog {
  hi: Uint32Array;
  lo: Uint32Array;
  line: Float64Array;
  ref: Float64Array;
  length = 0;

  /** Starts at `initial` entries and doubles, never past `limit` (the memory budget's rows). */
  constructor(
    initial = 1024,
    private readonly limit = Number.MAX_SAFE_INTEGER,
  ) {
    this.hi = new Uint32Array(initial);
    this.lo = new Uint32Array(initial);
    this.line = new Float64Array(initial);
    this.ref = new Float64Array(initial);
  }

  push(hi: number, lo: number, line: number, ref: number): void {
    if (this.length === this.hi.length) this.grow();
    const i = this.length++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.line[i] = line;
    this.ref[i] = ref;
  }

  /** Appends other's entries, their lines moved by lineOffset (a later part of the file). */
  appendAll(other: EntryLog, lineOffset = 0): void {
    for (let i = 0; i < other.length; i++)
      this.push(other.hi[i] ?? 0, other.lo[i] ?? 0, (other.line[i] ?? 0) + lineOffset, other.ref[i] ?? 0);
  }

  /** A copy holding exactly the entries (to hand to another thread). */
  trimmed(): EntryLog {
    const n = this.length;
    return EntryLog.revive({
      hi: this.hi.slice(0, n),
      lo: this.lo.slice(0, n),
      line: this.line.slice(0, n),
      ref: this.ref.slice(0, n),
      length: n,
    });
  }

  /** An EntryLog again from a structured clone of one (its typed arrays survive, its prototype not). */
  static revive(clone: { hi: Uint32Array; lo: Uint32Array; line: Float64Array; ref: Float64Array; length: number }): EntryLog {
    const log = new EntryLog(1);
    Object.assign(log, { hi: clone.hi, lo: clone.lo, line: clone.line, ref: clone.ref, length: clone.length });
    return log;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = Math.max(this.hi.length + 1, Math.min(this.hi.length * 2, this.limit));
    const grown = <T extends Uint32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.hi = grown(this.hi, (n) => new Uint32Array(n));
    this.lo = grown(this.lo, (n) => new Uint32Array(n));
    this.line = grown(this.line, (n) => new Float64Array(n));
    this.ref = grown(this.ref, (n) => new Float64Array(n));
  }
}

/** A log's typed arrays' buffers, to move them to another thread (the log is unusable here after). */
export function entryBuffers(log: Pick<EntryLog, 'hi' | 'lo' | 'line' | 'ref'>): ArrayBufferLike[] {
  return [log.hi.buffer, log.lo.buffer, log.line.buffer, log.ref.buffer];
}

/**
 * An entry's 24 bytes as typed-array words (no per-field Buffer calls): hi and lo as uint32 words
 * 0 and 1, line and ref as float64 words 1 and 2. The files are written and read by this process
 * only, so the machine's byte order is the files' byte order.
 */
class EntryBytes {
  readonly bytes: Buffer;
  readonly words: Uint32Array;
  readonly doubles: Float64Array;

  constructor(entries: number) {
    const buffer = new ArrayBuffer(entries * ENTRY_BYTES);
    this.bytes = Buffer.from(buffer);
    this.words = new Uint32Array(buffer);
    this.doubles = new Float64Array(buffer);
  }
}

/** A partition file's entries, in order, a bounded chunk at a time. */
export function* readEntryChunks(file: string, entriesPerChunk = 65_536): Generator<EntryLog> {
  const fd = openSync(file, 'r');
  const chunk = new EntryBytes(entriesPerChunk);
  const { words, doubles } = chunk;
  // One log reused for every chunk: callers copy what they keep before asking for the next.
  const log = new EntryLog(entriesPerChunk);
  try {
    for (;;) {
      const read = readSync(fd, chunk.bytes, 0, chunk.bytes.length, null);
      if (read === 0) return;
      const entries = Math.floor(read / ENTRY_BYTES);
      for (let i = 0; i < entries; i++) {
        log.hi[i] = words[6 * i] ?? 0;
        log.lo[i] = words[6 * i + 1] ?? 0;
        log.line[i] = doubles[3 * i + 1] ?? 0;
        log.ref[i] = doubles[3 * i + 2] ?? 0;
      }
      log.length = entries;
      yield log;
    }
  } finally {
    closeSync(fd);
  }
}

/** Which of the 16 partitions an entry goes to at a level: 4 more hash bits per level. */
function partitionOf(hi: number, lo: number, level: number): number {
  const shift = level * PARTITION_BITS;
  return shift < 32 ? (lo >>> shift) & (PARTITIONS - 1) : (hi >>> (shift - 32)) & (PARTITIONS - 1);
}

/** Levels of hash bits available for partitioning. */
export const MAX_LEVEL = 64 / PARTITION_BITS - 1;

/** Sixteen append-only partition files, written through small buffers. */
export class PartitionFiles {
  readonly files: string[];
  private readonly fds: number[];
  private readonly buffers = Array.from({ length: PARTITIONS }, () => new EntryBytes(WRITE_ENTRIES));
  /** Entries waiting in each partition's buffer. */
  private readonly used = new Array<number>(PARTITIONS).fill(0);
  readonly counts = new Array<number>(PARTITIONS).fill(0);
  /** Each partition's first hash, and whether a different one has followed it. */
  private readonly firstHi = new Uint32Array(PARTITIONS);
  private readonly firstLo = new Uint32Array(PARTITIONS);
  private readonly mixed = new Uint8Array(PARTITIONS);

  constructor(
    dir: string,
    name: string,
    private readonly level: number,
  ) {
    this.files = Array.from({ length: PARTITIONS }, (_, p) => join(dir, `${name}-${p}.bin`));
    this.fds = this.files.map((file) => openSync(file, 'w'));
  }

  /** Writes log's entries, their lines moved by lineOffset. */
  append(log: EntryLog, lineOffset = 0): void {
    for (let i = 0; i < log.length; i++) {
      const hi = log.hi[i] ?? 0;
      const lo = log.lo[i] ?? 0;
      const p = partitionOf(hi, lo, this.level);
      let at = this.used[p] ?? 0;
      if (at === WRITE_ENTRIES) at = this.flush(p);
      const buffer = this.buffers[p];
      if (buffer === undefined) continue;
      buffer.words[6 * at] = hi;
      buffer.words[6 * at + 1] = lo;
      buffer.doubles[3 * at + 1] = (log.line[i] ?? 0) + lineOffset;
      buffer.doubles[3 * at + 2] = log.ref[i] ?? 0;
      this.used[p] = at + 1;
      this.note(p, hi, lo);
    }
  }

  /** True when every entry written to partition p has one hash (a row repeated). */
  oneHash(p: number): boolean {
    return (this.counts[p] ?? 0) > 0 && this.mixed[p] === 0;
  }

  private note(p: number, hi: number, lo: number): void {
    const count = this.counts[p] ?? 0;
    this.counts[p] = count + 1;
    if (count === 0) {
      this.firstHi[p] = hi;
      this.firstLo[p] = lo;
    } else if (hi !== this.firstHi[p] || lo !== this.firstLo[p]) this.mixed[p] = 1;
  }

  close(): void {
    for (let p = 0; p < PARTITIONS; p++) {
      this.flush(p);
      closeSync(this.fds[p] ?? -1);
    }
  }

  private flush(p: number): number {
    const used = this.used[p] ?? 0;
    const buffer = this.buffers[p];
    if (used > 0 && buffer !== undefined) writeSync(this.fds[p] ?? -1, buffer.bytes, 0, used * ENTRY_BYTES);
    this.used[p] = 0;
    return 0;
  }
}
