// The CSV parser: bytes pushed in any chunking become records. Records are found with
// Buffer.indexOf on the raw bytes and only each record's slice is decoded; a UTF-8 BOM, CRLF,
// quoted fields holding delimiters, newlines and doubled quotes, and blank lines are handled.
// Limits (READ_LIMITS) stop a file no CSV reader should hold: a record too long, too many
// fields, a header too big. csv-reader.ts streams files through it.
import { isAscii } from 'node:buffer';
import { parseQuotedRecord, type ParsedRecord } from './csv-record.js';
import { emptyPlainRecord, scanPlainRecord, type PlainRecord } from './plain-record.js';
import { hashFieldBytes, hashRecordBytes, type RowHash } from './row-hash.js';

export interface CsvRecord {
  fields: string[];
  /** 1-based line number where the record starts. */
  line: number;
}

/**
 * Receives each record, the byte offset where it starts (to read it again later) and, from the
 * CSV reader, a hash of its fields (an object reused for every record: read it during the call).
 */
export type RecordSink = (record: CsvRecord, offset: number, hash?: RowHash) => void;

/** Receives a plain record (no quotes, no CR) as byte ranges; the record and hash objects are reused. */
export type PlainRecordSink = (record: PlainRecord, offset: number, hash: RowHash) => void;

/** The reading limits; the trainer's reader has the same (ml/slipway_ml/csvrecords.py). */
interface ReadLimits {
  /** Bytes of one record, its line end(s) included (a line, or lines joined by a quoted field). */
  recordBytes: number;
  /** Bytes of the header record. */
  headerBytes: number;
  /** Fields of one record. */
  fields: number;
  /** Fields of the header record. */
  columns: number;
}

const READ_LIMITS: ReadLimits = { recordBytes: 1024 * 1024, headerBytes: 256 * 1024, fields: 10_000, columns: 10_000 };

/** The limit a record broke, at the line it starts on; the read stops there. */
export interface LimitBreach {
  check: 'record-too-long' | 'header-too-long' | 'too-many-fields' | 'too-many-columns';
  line: number;
  limit: number;
  /** The fields found, for the field limits. */
  count?: number;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Parses bytes pushed in any chunking into records; blank lines produce no record. */
export class CsvParser {
  private pending: Buffer = Buffer.alloc(0);
  /** File offset of pending[0]. */
  private base = 0;
  private line = 1;
  private started = false;
  private readonly delimiterByte: number;
  private readonly hash: RowHash = { hi: 0, lo: 0 };
  private readonly plain: PlainRecord = emptyPlainRecord();
  /** The next record is the header (the header limits apply to it). */
  private wantHeader: boolean;
  private maxBytes: number;
  private maxFields: number;
  /** The limit broken, if one was: nothing more is parsed. */
  breach: LimitBreach | undefined;

  /**
   * With onPlainRecord, plain records go there as bytes; the rest (and all without it) to onRecord.
   * start: the file offset of the first byte pushed, at the start of a record after a line end
   * (a later part of the file: no BOM there, and line numbers count from that record).
   * header: the file's first record is a header line.
   */
  constructor(
    private readonly delimiter: string,
    private readonly onRecord: RecordSink,
    private readonly onPlainRecord?: PlainRecordSink,
    start = 0,
    header = true,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {
    const bytes = Buffer.from(delimiter);
    if (bytes.length !== 1) throw new Error(`format.delimiter "${delimiter}" must be one single-byte character`);
    this.delimiterByte = bytes[0] ?? 0;
    this.base = start;
    this.started = start > 0;
    this.wantHeader = header && start === 0;
    this.maxBytes = this.wantHeader ? limits.headerBytes : limits.recordBytes;
    this.maxFields = this.wantHeader ? limits.columns : limits.fields;
  }

  /** The line the next record starts on. */
  get nextLine(): number {
    return this.line;
  }

  /** Every byte pushed so far belongs to a complete record (none is cut, no quoted field open). */
  get atRecordStart(): boolean {
    return this.started && this.pending.length === 0 && this.breach === undefined;
  }

  /** Text is accepted too (tests); files push Buffers. */
  push(chunk: Buffer | string): void {
    if (this.broken()) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let data = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
    if (!this.started) {
      if (data.length < BOM.length && BOM.subarray(0, data.length).equals(data)) {
        this.pending = data;
        return;
      }
      this.started = true;
      if (data.subarray(0, 3).equals(BOM)) {
        data = data.subarray(3);
        this.base += 3;
      }
    }
    const used = this.parse(data, false, isAscii(bytes) && isAscii(this.pending));
    this.pending = data.subarray(used);
    this.base += used;
    // A record not yet ended that is already too long (a line without an end, a quote never closed).
    if (!this.broken() && this.pending.length > this.maxBytes) this.tooLong();
    if (this.broken()) this.pending = Buffer.alloc(0);
  }

  /** Flushes the last record; returns the start line of an unclosed quoted field, if any. */
  end(): number | undefined {
    if (this.broken()) return undefined;
    this.started = true;
    const data = this.pending;
    this.pending = Buffer.alloc(0);
    let pos = this.parse(data, true, false);
    while (pos < data.length && !this.broken()) {
      const record = parseQuotedRecord(data, pos, this.delimiterByte, true);
      if (record === null) break;
      const line = this.line;
      if (!this.withinLimits(record, pos)) break;
      this.emit(record, line, this.base + pos);
      pos = record.next;
      if (record.unclosed) return line;
    }
    return undefined;
  }

  /** Emits every complete record in data; returns the bytes used. ASCII decodes faster as latin1. */
  private parse(data: Buffer, eof: boolean, ascii: boolean): number {
    let pos = 0;
    let quoteAt = -2;
    let crAt = -2;
    while (pos < data.length) {
      // An empty line is skipped here: a file of millions of them costs no search each.
      if (data[pos] === LF) {
        this.line += 1;
        pos += 1;
        continue;
      }
      const newline = data.indexOf(LF, pos);
      if (newline < 0) return pos;
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = data.indexOf(QUOTE, pos);
      if (crAt !== -1 && crAt < pos) crAt = data.indexOf(CR, pos);
      let end = newline;
      if (crAt === newline - 1 && newline > pos) end -= 1;
      const plain = (quoteAt < 0 || quoteAt > newline) && (crAt < 0 || crAt >= end);
      if (!plain) {
        const record = parseQuotedRecord(data, pos, this.delimiterByte, eof);
        if (record === null || record.unclosed) return pos;
        if (!this.withinLimits(record, pos)) return pos;
        this.emit(record, this.line, this.base + pos);
        pos = record.next;
        continue;
      }
      if (newline + 1 - pos > this.maxBytes) {
        this.tooLong();
        return pos;
      }
      if (end > pos && this.onPlainRecord !== undefined) {
        scanPlainRecord(data, pos, end, this.delimiterByte, this.plain, this.hash);
        if (this.plain.fields > this.maxFields || this.wantHeader) {
          if (this.tooManyFields(this.plain.fields)) return pos;
        }
        this.plain.line = this.line;
        this.plain.ascii = ascii;
        this.onPlainRecord(this.plain, this.base + pos, this.hash);
      } else if (end > pos) {
        const text = data.toString(ascii ? 'latin1' : 'utf8', pos, end);
        const fields = text.split(this.delimiter);
        if (this.tooManyFields(fields.length)) return pos;
        hashRecordBytes(data, pos, end, this.hash);
        this.onRecord({ fields, line: this.line }, this.base + pos, this.hash);
      }
      this.line += 1;
      pos = newline + 1;
    }
    return pos;
  }

  private broken(): boolean {
    return this.breach !== undefined;
  }

  /** The record keeps to the limits (else the breach is noted). */
  private withinLimits(record: ParsedRecord, pos: number): boolean {
    if (record.next - pos > this.maxBytes) {
      this.tooLong();
      return false;
    }
    return record.blank || !this.tooManyFields(record.fields.length);
  }

  private tooLong(): void {
    const check = this.wantHeader ? 'header-too-long' : 'record-too-long';
    this.breach = { check, line: this.line, limit: this.maxBytes };
  }

  /** Notes a breach when a record has too many fields; past the header, the record limits apply. */
  private tooManyFields(count: number): boolean {
    if (count > this.maxFields) {
      this.breach = { check: this.wantHeader ? 'too-many-columns' : 'too-many-fields', line: this.line, limit: this.maxFields, count };
      return true;
    }
    if (this.wantHeader) {
      this.wantHeader = false;
      this.maxBytes = this.limits.recordBytes;
      this.maxFields = this.limits.fields;
    }
    return false;
  }

  private emit(record: ParsedRecord, line: number, offset: number): void {
    if (!record.blank) {
      hashFieldBytes(record.fields, this.delimiter, this.hash);
      this.onRecord({ fields: record.fields, line }, offset, this.hash);
    }
    this.line += record.newlines + (record.endsLine ? 1 : 0);
  }
}
