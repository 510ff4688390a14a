// One CSV record parsed byte by byte: the general path for records holding quotes or stray CRs
// (a record without them is split by the reader's fast path). RFC 4180 quoting: a quote opens a
// quoted field only at the field's start, "" inside is one quote, delimiters and newlines inside
// are data. A CR outside quotes is dropped.
const LF = 10;
const CR = 13;
const QUOTE = 34;

export interface ParsedRecord {
  fields: string[];
  /** Offset just past the record (past its LF when it has one). */
  next: number;
  /** LFs inside quoted fields (they count as lines). */
  newlines: number;
  endsLine: boolean;
  /** A line with nothing on it (CRs aside): no record. */
  blank: boolean;
  /** The data ended inside a quoted field. */
  unclosed: boolean;
}

/** Parses the record at pos; null when the data ends before the record does and more may come. */
export function parseQuotedRecord(data: Buffer, pos: number, delimiter: number, eof: boolean): ParsedRecord | null {
  const fields: string[] = [];
  let parts: string[] = [];
  let quoted = false;
  let newlines = 0;
  let i = pos;
  let runStart = pos;
  const take = (from: number, to: number): void => {
    if (to > from) parts.push(data.toString('utf8', from, to));
  };
  const done = (next: number, endsLine: boolean, unclosed: boolean): ParsedRecord => {
    const last = parts.join('');
    const blank = fields.length === 0 && last === '' && !quoted;
    fields.push(last);
    return { fields, next, newlines, endsLine, blank, unclosed };
  };
  for (;;) {
    if (i >= data.length) {
      if (!eof) return null;
      take(runStart, i);
      return done(i, false, false);
    }
    const byte = data[i];
    if (byte === QUOTE && !quoted && parts.length === 0 && runStart === i) {
      quoted = true;
      const closed = quotedRun(data, i + 1, eof);
      if (closed === null) return null;
      parts.push(closed.text);
      newlines += closed.newlines;
      if (closed.end < 0) return done(data.length, false, true);
      i = closed.end;
      runStart = i;
    } else if (byte === delimiter || byte === LF) {
      take(runStart, i);
      i += 1;
      if (byte === LF) return done(i, true, false);
      fields.push(parts.join(''));
      parts = [];
      quoted = false;
      runStart = i;
    } else if (byte === CR) {
      take(runStart, i);
      i += 1;
      runStart = i;
    } else {
      i += 1;
    }
  }
}

/** The text of a quoted field from just after its opening quote; end -1 when never closed. */
function quotedRun(data: Buffer, from: number, eof: boolean): { text: string; newlines: number; end: number } | null {
  const pieces: string[] = [];
  let start = from;
  for (;;) {
    const quote = data.indexOf(QUOTE, start);
    if (quote < 0 || (quote + 1 >= data.length && !eof)) {
      if (!eof) return null;
      pieces.push(data.toString('utf8', start));
      return { text: pieces.join(''), newlines: countLf(data, from, data.length), end: -1 };
    }
    pieces.push(data.toString('utf8', start, quote));
    if (data[quote + 1] === QUOTE) {
      pieces.push('"');
      start = quote + 2;
      continue;
    }
    return { text: pieces.join(''), newlines: countLf(data, from, quote), end: quote + 1 };
  }
}

function countLf(data: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = data.indexOf(LF, from); at >= 0 && at < to; at = data.indexOf(LF, at + 1)) count += 1;
  return count;
}
