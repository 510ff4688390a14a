// The duplicate candidates of log entries held in memory: entries whose 64-bit hash equals an
// earlier entry's, grouped by that first entry. Typed arrays only, sized before they are filled,
// so the memory is a fixed number of bytes per entry searched, however many entries repeat.
import type { EntryLog } from './dup-log.js';

/** A log's entries (an EntryLog, or a structured clone of one from another thread). */
export type Entries = Pick<EntryLog, 'hi' | 'lo' | 'line' | 'ref' | 'length'>;

/** Entries of one part of a file, their lines to be moved by lineOffset. */
export interface LogSegment {
  log: Entries;
  lineOffset: number;
}

/**
 * Candidates grouped by the first entry of their hash, groups in file order. Group g's first
 * entry is (firstLine[g], firstRef[g]); its candidates, in file order, are line and ref from
 * groupEnd[g - 1] (0 for the first group) up to groupEnd[g].
 */
export interface CandidateSet {
  line: Float64Array;
  ref: Float64Array;
  firstLine: Float64Array;
  firstRef: Float64Array;
  groupEnd: Uint32Array;
}

/** The buffers of a set, to move it to another thread. */
export function candidateBuffers(set: CandidateSet): ArrayBufferLike[] {
  return [set.line.buffer, set.ref.buffer, set.firstLine.buffer, set.firstRef.buffer, set.groupEnd.buffer];
}

/** One group: a first entry and the candidates that repeat its hash. */
export function oneGroup(first: { line: number; ref: number }, line: Float64Array, ref: Float64Array): CandidateSet {
  return {
    line,
    ref,
    firstLine: Float64Array.of(first.line),
    firstRef: Float64Array.of(first.ref),
    groupEnd: Uint32Array.of(line.length),
  };
}

/** The candidates of segments given in file order. */
export function findCandidates(segments: LogSegment[]): CandidateSet {
  const firstOf = firstEntries(segments);
  const total = firstOf.length;
  // Per first entry, its count of candidates; then where its group's next candidate goes.
  const slot = new Uint32Array(total);
  let candidates = 0;
  for (let e = 0; e < total; e++) {
    const f = firstOf[e] ?? -1;
    if (f >= 0) {
      slot[f] = (slot[f] ?? 0) + 1;
      candidates += 1;
    }
  }
  let groups = 0;
  for (let f = 0; f < total; f++) if ((slot[f] ?? 0) > 0) groups += 1;
  const set: CandidateSet = {
    line: new Float64Array(candidates),
    ref: new Float64Array(candidates),
    firstLine: new Float64Array(groups),
    firstRef: new Float64Array(groups),
    groupEnd: new Uint32Array(groups),
  };
  let g = 0;
  let end = 0;
  forEachEntry(segments, (e, line, ref) => {
    const size = slot[e] ?? 0;
    if (size === 0) return;
    set.firstLine[g] = line;
    set.firstRef[g] = ref;
    slot[e] = end;
    end += size;
    set.groupEnd[g++] = end;
  });
  forEachEntry(segments, (e, line, ref) => {
    const f = firstOf[e] ?? -1;
    if (f < 0) return;
    const at = slot[f] ?? 0;
    set.line[at] = line;
    set.ref[at] = ref;
    slot[f] = at + 1;
  });
  return set;
}

/** Calls visit with each entry's index over all segments, its line in the file and its ref. */
function forEachEntry(segments: LogSegment[], visit: (entry: number, line: number, ref: number) => void): void {
  let e = 0;
  for (const { log, lineOffset } of segments) {
    for (let i = 0; i < log.length; i++) visit(e++, (log.line[i] ?? 0) + lineOffset, log.ref[i] ?? 0);
  }
}

/**
 * For each entry, the index of the first entry with its hash, or -1 when it is that first entry
 * (an open-addressing table of the hashes, dropped on return).
 */
function firstEntries(segments: LogSegment[]): Int32Array {
  // One segment's hashes are searched where they are; several segments' are joined (native copies).
  const total = segments.reduce((n, s) => n + s.log.length, 0);
  const hashes = (word: 'hi' | 'lo'): Uint32Array => {
    const only = segments.length === 1 ? segments[0] : undefined;
    if (only !== undefined) return only.log[word].subarray(0, total);
    const joined = new Uint32Array(total);
    let at = 0;
    for (const { log } of segments) {
      joined.set(log[word].subarray(0, log.length), at);
      at += log.length;
    }
    return joined;
  };
  const his = hashes('hi');
  const los = hashes('lo');
  let size = 16;
  while (size < total * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const firstOf = new Int32Array(total).fill(-1);
  for (let e = 0; e < total; e++) {
    const hi = his[e] ?? 0;
    const lo = los[e] ?? 0;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 7) & (size - 1);
    for (;;) {
      const at = table[slot] ?? -1;
      if (at < 0) {
        table[slot] = e;
        break;
      }
      if (his[at] === hi && los[at] === lo) {
        firstOf[e] = at;
        break;
      }
      slot = (slot + 1) & (size - 1);
    }
  }
  return firstOf;
}
