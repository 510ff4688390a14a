// Splits records files into lines a bounded chunk at a time: memory holds one chunk and one
// partial line, whatever the file's size. Each line comes with the byte offset where it starts
// (the row's place for the sample, and where an error is) and its number within the part read.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { RecordLineError } from './record-lines.js';

/** Bytes read at a time. */
export const READ_CHUNK = 1 << 20;

export type LineSink = (line: string, offset: number, lineNumber: number) => void;

const NEWLINE = 10;

export class LineSplitter {
  private carry: Buffer | undefined;
  /** Byte offset of the next byte pushed. */
  private next: number;
  private lineNumber = 0;
  /** A blank line seen: an error if any record follows it. */
  private blankLine = 0;

  constructor(
    private readonly sink: LineSink,
    /** "file:line" of a line number of this part (errors only). */
    private readonly lineName: (lineNumber: number) => string,
    start = 0,
  ) {
    this.next = start;
  }

  push(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const last = bytes.lastIndexOf(NEWLINE);
    if (last < 0) {
      this.carry = this.carry === undefined ? Buffer.from(bytes) : Buffer.concat([this.carry, bytes]);
      return;
    }
    const whole = this.carry === undefined ? bytes.subarray(0, last + 1) : Buffer.concat([this.carry, bytes.subarray(0, last + 1)]);
    this.carry = last + 1 < bytes.length ? Buffer.from(bytes.subarray(last + 1)) : undefined;
    this.lines(whole);
  }

  /** The end of the part: a last line without a newline is still a line. */
  end(): void {
    if (this.carry !== undefined) this.lines(this.carry);
    this.carry = undefined;
  }

  private lines(bytes: Buffer): void {
    // ASCII text (the writer's usual output): decoded as latin1 (a plain copy, about 3× cheaper
    // than UTF-8 decoding), and a character's index is its byte's.
    const ascii = isAscii(bytes);
    const text = bytes.toString(ascii ? 'latin1' : 'utf8');
    let offset = this.next;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      this.lineNumber += 1;
      this.line(line, offset);
      offset += ascii ? end + 1 - start : Buffer.byteLength(line) + 1;
      start = end + 1;
    }
    this.next += bytes.length;
  }

  private line(line: string, offset: number): void {
    if (line.length === 0 || line.trim() === '') {
      if (this.blankLine === 0) this.blankLine = this.lineNumber;
      return;
    }
    if (this.blankLine !== 0) {
      throw new RecordLineError(`${this.lineName(this.blankLine)}: empty line inside the file; every line is one JSON record`);
    }
    this.sink(line, offset, this.lineNumber);
  }
}

/** Reads bytes [start, end) of a local file through a splitter, one chunk at a time. */
export function readLocalPart(path: string, start: number, end: number, splitter: LineSplitter): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    let position = start;
    while (position < end) {
      const read = readSync(fd, buffer, 0, Math.min(READ_CHUNK, end - position), position);
      if (read === 0) break;
      splitter.push(buffer.subarray(0, read));
      position += read;
    }
    splitter.end();
  } finally {
    closeSync(fd);
  }
}

/** Lines in bytes [0, offset) of a local file: only to name a line in an error, so never on the fast path. */
export function linesBefore(path: string, offset: number): number {
  if (offset === 0) return 0;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    let lines = 0;
    for (let position = 0; position < offset;) {
      const read = readSync(fd, buffer, 0, Math.min(READ_CHUNK, offset - position), position);
      if (read === 0) break;
      for (let i = buffer.indexOf(NEWLINE); i >= 0 && i < read; i = buffer.indexOf(NEWLINE, i + 1)) lines += 1;
      position += read;
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}

/** The first line start at or after `at` in a local file (the file's size when none). */
export function lineStartFrom(path: string, at: number, size: number): number {
  if (at <= 0) return 0;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (let position = at - 1; position < size;) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      const i = buffer.subarray(0, read).indexOf(NEWLINE);
      if (i >= 0) return position + i + 1;
      position += read;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}
