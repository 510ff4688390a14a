// A streaming CSV reader: bytes → UTF-8 text → records, chunk by chunk, so memory stays
// bounded whatever the file size. Handles a UTF-8 BOM, CRLF, quoted fields holding
// delimiters, newlines and doubled quotes, and blank lines. Computes the file's sha256 as it
// streams.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

export interface CsvRecord {
  fields: string[];
  /** 1-based line number where the record starts. */
  line: number;
}

export interface StreamSummary {
  sha256: string;
  bytes: number;
  /** Set when the bytes are not UTF-8 text: the reason, naming the byte offset. */
  notText?: string;
  /** Set when the file ends inside a quoted field: the line the field started on. */
  unclosedQuoteLine?: number;
}

/** Parses text pushed in any chunking into records; blank lines produce no record. */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private inQuotes = false;
  private quotePending = false;
  private line = 1;
  private recordLine = 1;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  push(text: string): void {
    for (const char of text) this.consume(char);
  }

  /** Flushes the last record; returns the start line of an unclosed quoted field, if any. */
  end(): number | undefined {
    const unclosed = this.inQuotes && !this.quotePending ? this.recordLine : undefined;
    this.inQuotes = false;
    this.quotePending = false;
    this.endRecord();
    return unclosed;
  }

  private consume(char: string): void {
    if (this.inQuotes) {
      if (this.quotePending) {
        this.quotePending = false;
        if (char === '"') {
          this.field += '"';
          return;
        }
        this.inQuotes = false;
      } else {
        if (char === '"') this.quotePending = true;
        else this.field += char;
        if (char === '\n') this.line += 1;
        return;
      }
    }
    if (char === this.delimiter) {
      this.fields.push(this.field);
      this.field = '';
      this.quoted = false;
    } else if (char === '\n') {
      this.endRecord();
      this.line += 1;
      this.recordLine = this.line;
    } else if (char === '\r') {
      // CR of a CRLF (or a lone CR) ends nothing by itself; the LF does.
    } else if (char === '"' && this.field === '' && !this.quoted) {
      this.inQuotes = true;
      this.quoted = true;
    } else {
      this.field += char;
    }
  }

  private endRecord(): void {
    const blank = this.fields.length === 0 && this.field === '' && !this.quoted;
    this.fields.push(this.field);
    if (!blank) this.onRecord({ fields: this.fields, line: this.recordLine });
    this.fields = [];
    this.field = '';
    this.quoted = false;
  }
}

/** Streams a file through a CsvParser; never holds more than one chunk of the file. */
export async function streamCsv(file: string, delimiter: string, onRecord: (record: CsvRecord) => void): Promise<StreamSummary> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new CsvParser(delimiter, onRecord);
  let bytes = 0;
  let notText: string | undefined;
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    notText ??= decodeInto(decoder, parser, buffer, bytes);
    bytes += buffer.length;
  }
  const unclosedQuoteLine = notText === undefined ? parser.end() : undefined;
  return {
    sha256: hash.digest('hex'),
    bytes,
    ...(notText === undefined ? {} : { notText }),
    ...(unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine }),
  };
}

function decodeInto(decoder: TextDecoder, parser: CsvParser, buffer: Buffer, offset: number): string | undefined {
  const nul = buffer.indexOf(0);
  if (nul >= 0) return `a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text`;
  try {
    parser.push(decoder.decode(buffer, { stream: true }));
    return undefined;
  } catch {
    return `byte ${offset + firstInvalidByte(buffer)} is not valid UTF-8; save the file as UTF-8`;
  }
}

/** Offset of the first byte that does not decode (approximate when a sequence spans chunks). */
function firstInvalidByte(buffer: Buffer): number {
  const text = buffer.toString('utf8');
  const index = text.indexOf('\uFFFD');
  return index < 0 ? 0 : Buffer.byteLength(text.slice(0, index));
}

/** The delimiter a header line most likely uses, among the usual ones. */
export function sniffDelimiter(headerLine: string): string | undefined {
  const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.d : undefined;
}
