// A plain CSV record (no quotes, no CR) as byte ranges instead of strings: the validator's fast
// path reads numbers and categories straight from the bytes and decodes only the cells it must
// report, so a valid row costs no string at all.
import { hashRecordBytes, type RowHash } from './row-hash.js';

export interface PlainRecord {
  data: Buffer;
  /** Field i spans data[bounds[2i], bounds[2i + 1]). */
  bounds: Int32Array;
  fields: number;
  /** 1-based line number of the record. */
  line: number;
  /** The chunk is ASCII, so latin1 decoding equals UTF-8 (and is faster). */
  ascii: boolean;
}

/**
 * Finds the field boundaries of data[start, end) into record.bounds (grown when needed) and
 * hashes the record with hashRecordBytes.
 */
export function scanPlainRecord(data: Buffer, start: number, end: number, delimiter: number, record: PlainRecord, hash: RowHash): void {
  let bounds = record.bounds;
  let field = 0;
  bounds[0] = start;
  for (let i = start; i < end; i++) {
    if (data[i] !== delimiter) continue;
    if (2 * field + 3 >= bounds.length) bounds = grow(record);
    bounds[2 * field + 1] = i;
    field += 1;
    bounds[2 * field] = i + 1;
  }
  bounds[2 * field + 1] = end;
  record.data = data;
  record.fields = field + 1;
  hashRecordBytes(data, start, end, hash);
}

function grow(record: PlainRecord): Int32Array {
  const bigger = new Int32Array(record.bounds.length * 2);
  bigger.set(record.bounds);
  record.bounds = bigger;
  return bigger;
}

export function emptyPlainRecord(): PlainRecord {
  return { data: Buffer.alloc(0), bounds: new Int32Array(64), fields: 0, line: 0, ascii: true };
}

/** Field i as text (the slow path's input). */
export function plainField(record: PlainRecord, i: number): string {
  return record.data.toString(record.ascii ? 'latin1' : 'utf8', record.bounds[2 * i], record.bounds[2 * i + 1]);
}

/** Every field as text, as the string reader would have split the record. */
export function plainFields(record: PlainRecord): string[] {
  return Array.from({ length: record.fields }, (_, i) => plainField(record, i));
}
