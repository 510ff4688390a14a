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
 * The same hash over UTF-8 bytes, for CSV records straight from the file: the delimiter byte
 * ends a field. Equal fields give equal hashes whether a record was quoted or not, because a
 * quoted record is hashed with hashFieldBytes, which feeds the same bytes and field ends.
 */
export function hashRecordBytes(data: Buffer, start: number, end: number, delimiter: number, out: RowHash): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const byte = data[i] ?? 0;
    const code = byte === delimiter ? FIELD_END : byte;
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  finish(h1, h2, out);
}

/** hashRecordBytes for fields already split (quoted records): their UTF-8 bytes, field by field. */
export function hashFieldBytes(fields: readonly string[], out: RowHash): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  fields.forEach((field, index) => {
    if (index > 0) {
      h1 = Math.imul(h1 ^ FIELD_END, 0x01000193);
      h2 = Math.imul(h2 ^ FIELD_END, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    for (const byte of Buffer.from(field)) {
      h1 = Math.imul(h1 ^ byte, 0x01000193);
      h2 = Math.imul(h2 ^ byte, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
  });
  finish(h1, h2, out);
}

function finish(h1: number, h2: number, out: RowHash): void {
  out.hi = mix(h1 ^ Math.imul(h2, 0x27d4eb2f)) >>> 0;
  out.lo = mix(h2 ^ h1) >>> 0;
}
