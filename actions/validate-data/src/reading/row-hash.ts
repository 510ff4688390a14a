// A 64-bit hash of a row's fields (two 32-bit halves), computed from the strings without
// building any: duplicate detection keeps these numbers, not the rows. Equal hashes are only
// candidates; the duplicate finder confirms them by comparing the actual fields.
const FIELD_END = 0x10000; // beyond any UTF-16 code unit, so ["a,b"] and ["a", "b"] differ

export interface RowHash {
  hi: number;
  lo: number;
}

/** Hashes fields into out (reused by the caller to avoid an object per row). */
export function hashFields(fields: readonly string[], out: RowHash, mask: RowHash = FULL): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (const field of fields) {
    for (let i = 0; i < field.length; i++) {
      const code = field.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    h1 = Math.imul(h1 ^ FIELD_END, 0x01000193);
    h2 = Math.imul(h2 ^ FIELD_END, 0x5bd1e995);
  }
  out.hi = (mix(h1 ^ Math.imul(h2, 0x27d4eb2f)) & mask.hi) >>> 0;
  out.lo = (mix(h2 ^ h1) & mask.lo) >>> 0;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export const FULL: RowHash = { hi: 0xffffffff, lo: 0xffffffff };

/** A mask keeping only the low `bits` of the 64 (tests use a few bits to force collisions). */
export function hashMask(bits: number): RowHash {
  if (!Number.isInteger(bits) || bits < 1 || bits > 64) throw new Error(`hash bits ${bits} must be an integer in 1..64`);
  const low = (n: number): number => (n >= 32 ? 0xffffffff : (2 ** n - 1) >>> 0);
  return { hi: low(Math.max(0, bits - 32)), lo: low(Math.min(32, bits)) };
}

/**
 * A 64-bit hash of a CSV record's bytes — its fields' UTF-8 bytes joined by the delimiter — four
 * bytes per step in two murmur3-style lanes. A plain record is hashed straight from the file, a
 * quoted one from its fields joined again, so equal fields give equal hashes. Fields that differ
 * only in where a delimiter falls ("a,b" quoted vs a,b) collide, which costs nothing: the
 * duplicate finder confirms every candidate by comparing the fields.
 */
export function hashRecordBytes(data: Uint8Array, start: number, end: number, out: RowHash): void {
  let h1 = SEED1;
  let h2 = SEED2;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const k = (data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) | ((data[i + 2] ?? 0) << 16) | ((data[i + 3] ?? 0) << 24);
    h1 = lane1(h1, k);
    h2 = lane2(h2, k);
  }
  let tail = 0;
  for (let shift = 0; i < end; i++, shift += 8) tail |= (data[i] ?? 0) << shift;
  // The length closes the record (and tells a short tail from zero bytes).
  h1 = lane1(h1, tail ^ Math.imul(end - start + 1, 0x9e3779b1));
  h2 = lane2(h2, tail ^ Math.imul(end - start + 1, 0x85ebca6b));
  finish(h1, h2, out);
}

/** The same hash for a record already split into fields (a quoted record). */
export function hashFieldBytes(fields: readonly string[], delimiter: string, out: RowHash): void {
  const bytes = Buffer.from(fields.join(delimiter));
  hashRecordBytes(bytes, 0, bytes.length, out);
}

const SEED1 = 0x811c9dc5;
const SEED2 = 0x9747b28c;

function lane1(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  const mixed = h ^ Math.imul(k, 0x1b873593);
  return (Math.imul((mixed << 13) | (mixed >>> 19), 5) + 0xe6546b64) | 0;
}

function lane2(h: number, word: number): number {
  let k = Math.imul(word, 0x85ebca77);
  k = (k << 13) | (k >>> 19);
  const mixed = h ^ Math.imul(k, 0xc2b2ae3d);
  return (Math.imul((mixed << 17) | (mixed >>> 15), 0x27d4eb2f) + 0x165667b1) | 0;
}

function finish(h1: number, h2: number, out: RowHash): void {
  out.hi = mix(h1 ^ Math.imul(h2, 0x27d4eb2f)) >>> 0;
  out.lo = mix(h2 ^ h1) >>> 0;
}
