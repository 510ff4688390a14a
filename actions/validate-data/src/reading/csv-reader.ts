// A streaming CSV reader: a file read a chunk at a time through the CsvParser (csv-parser.ts),
// so memory stays bounded whatever the file size. Checks strict UTF-8 and computes the file's
// sha256 as it streams; reads records again by their offsets.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { CsvParser, type LimitBreach, type PlainRecordSink, type RecordSink } from './csv-parser.js';
import { parseQuotedRecord } from './csv-record.js';

export type { CsvRecord, LimitBreach, RecordSink } from './csv-parser.js';

export interface StreamSummary {
  sha256: string;
  bytes: number;
  /** The line number after the last record read (the records read span lines 1 .. nextLine - 1). */
  nextLine: number;
  /** With stopAt: the records stopped where it said, cleanly, and the rest is left to another reader. */
  handedOff?: boolean;
  /** Set when the bytes are not UTF-8 text: the reason, naming the byte offset. */
  notText?: string;
  /** Set when the file ends inside a quoted field: the line the field started on. */
  unclosedQuoteLine?: number;
  /** Set when a record broke a limit: the records after it were not read. */
  limit?: LimitBreach;
}

/** Bytes read at a time (a reader claims this much ahead of another: split.ts). */
export const READ_CHUNK = 1 << 20;

/**
 * Where a reader starts and stops (split.ts reads a big file in two parts on two threads). start:
 * read from this offset, the start of a record.
 */
export interface ReadRange {
  start?: number;
  /**
   * Asked before each chunk is parsed, with the offset the chunk ends at: an offset at or past
   * the chunk's start when another reader has taken the file from there. The records stop there
   * if a record starts there (else they are read on to the end); the rest is only hashed, or not
   * read when not hashed.
   */
  stopAt?: (chunkEnd: number) => number | undefined;
  /** The file's first record is a header line (default true): the header limits apply to it. */
  header?: boolean;
}

/** What a reader found in the bytes it read: StreamSummary without the file's hash. */
export type PartSummary = Omit<StreamSummary, 'sha256'>;

/** Streams a file through a CsvParser and hashes it; never holds more than one chunk of the file. */
export async function streamCsv(
  file: string,
  delimiter: string,
  onRecord: RecordSink,
  onPlainRecord?: PlainRecordSink,
  range: ReadRange = {},
): Promise<StreamSummary> {
  const hash = createHash('sha256');
  const summary = await readCsv(file, delimiter, onRecord, onPlainRecord, range, (chunk) => hash.update(chunk));
  return { sha256: hash.digest('hex'), ...summary };
}

/**
 * streamCsv without the hash, unless onChunk hashes what is read: a part of a file read on
 * another thread, or a file another thread hashes (split.ts).
 */
export async function readCsv(
  file: string,
  delimiter: string,
  onRecord: RecordSink,
  onPlainRecord?: PlainRecordSink,
  range: ReadRange = {},
  onChunk?: (chunk: Buffer) => void,
): Promise<PartSummary> {
  const start = range.start ?? 0;
  const parser = new CsvParser(delimiter, onRecord, onPlainRecord, start, range.header ?? true);
  const utf8 = new Utf8Check();
  let bytes = start;
  let notText: string | undefined;
  let handedOff = false;
  let splitDecided = range.stopAt === undefined;
  const feed = (buffer: Buffer): void => {
    if (notText === undefined && !handedOff && parser.breach === undefined) {
      notText = utf8.problem(buffer, bytes);
      if (notText === undefined) parser.push(buffer);
    }
    bytes += buffer.length;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK, start })) {
    const buffer = chunk as Buffer;
    onChunk?.(buffer);
    const stop = splitDecided ? undefined : range.stopAt?.(bytes + buffer.length);
    if (stop === undefined || stop >= bytes + buffer.length) {
      feed(buffer);
      // Past a broken limit the rest is only hashed, if it is hashed here at all.
      if (parser.breach !== undefined && onChunk === undefined) break;
      continue;
    }
    const cut = Math.max(0, stop - bytes);
    feed(buffer.subarray(0, cut));
    splitDecided = true;
    handedOff = notText === undefined && parser.atRecordStart;
    // Handed off, the rest is only hashed, if it is hashed here at all.
    if (handedOff && onChunk === undefined) break;
    feed(buffer.subarray(cut));
  }
  // Past a broken limit the UTF-8 check stopped, maybe inside a character.
  if (parser.breach === undefined) notText ??= utf8.endProblem(bytes);
  const unclosedQuoteLine = notText === undefined && !handedOff ? parser.end() : undefined;
  return {
    bytes,
    nextLine: parser.nextLine,
    ...(parser.breach === undefined ? {} : { limit: parser.breach }),
    ...(handedOff ? { handedOff } : {}),
    ...(notText === undefined ? {} : { notText }),
    ...(unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine }),
  };
}

/** Strict UTF-8 over chunks: a sequence cut by a chunk boundary is checked with the next chunk. */
class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);

  problem(chunk: Buffer, offset: number): string | undefined {
    const nul = chunk.indexOf(0);
    if (nul >= 0) return `a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text`;
    const start = offset - this.carry.length;
    const joined = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = completeLength(joined);
    this.carry = Buffer.from(joined.subarray(cut));
    if (isUtf8(joined.subarray(0, cut))) return undefined;
    return invalidAt(start + firstInvalidByte(joined.subarray(0, cut)));
  }

  endProblem(bytes: number): string | undefined {
    return this.carry.length === 0 ? undefined : invalidAt(bytes - this.carry.length);
  }
}

const invalidAt = (offset: number): string => `byte ${offset} is not valid UTF-8; save the file as UTF-8`;

/** The length of the prefix that ends on a whole UTF-8 sequence (at most 3 bytes are cut). */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return size > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

/** Offset where the first bad sequence starts: the end of the longest valid prefix. */
function firstInvalidByte(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const prefix = bytes.subarray(0, mid);
    if (isUtf8(prefix.subarray(0, completeLength(prefix)))) low = mid;
    else high = mid - 1;
  }
  return completeLength(bytes.subarray(0, low));
}

/** One buffer for every record read again (the fields are decoded copies, so it can be reused). */
let rereadBuffer = Buffer.allocUnsafe(4 * 1024);

/**
 * Reads the one record that starts at a byte offset (found by an earlier streamCsv pass): a
 * small read first, as most records are short (a file of a million repeated rows asks for a
 * million), larger only when the record goes on.
 */
function readRecordAt(fd: number, offset: number, delimiter: number): string[] {
  for (let size = 1024; ; size *= 4) {
    if (size > rereadBuffer.length) rereadBuffer = Buffer.allocUnsafe(size);
    const read = readSync(fd, rereadBuffer, 0, size, offset);
    const record = parseQuotedRecord(rereadBuffer.subarray(0, read), 0, delimiter, read < size);
    if (record !== null) return record.fields;
  }
}

/** The delimiter a header line most likely uses, among the usual ones. */
export function sniffDelimiter(headerLine: string): string | undefined {
  const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.d : undefined;
}

/** Reads records again by their start offsets (the refs streamCsv handed out). */
export function csvRecordFetcher(file: string, delimiter: string): (refs: number[]) => Promise<Map<number, string[]>> {
  const byte = Buffer.from(delimiter)[0] ?? 0;
  return (refs) => {
    const fd = openSync(file, 'r');
    try {
      return Promise.resolve(new Map(refs.map((ref) => [ref, readRecordAt(fd, ref, byte)])));
    } finally {
      closeSync(fd);
    }
  };
}
