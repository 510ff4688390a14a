// Reads feedback lines into a label table: one actual per prediction id, refusing an id given two
// different actuals (the server accepts one per prediction, so the records were changed by hand).
import { LabelTable, type LabelPlace } from './label-table.js';
import { LineSplitter, linesBefore, readLocalPart } from './line-reader.js';
import type { FilePart } from './prediction-part.js';
import type { RecordFile } from './record-files.js';
import { checkFeedback, parseLine, RecordLineError, whereText, type Where } from './record-lines.js';

/** The listed feedback files: names for messages, paths where local (to count lines on an error). */
export interface FeedbackFileNames {
  names: string[];
  paths: (string | undefined)[];
}

/** "file:line" of a label's place (S3: the byte, as counting lines would read the object again). */
export function placeText(files: FeedbackFileNames, place: LabelPlace): string {
  const name = files.names[place.file] ?? '';
  const path = files.paths[place.file];
  return path === undefined ? `${name} (byte ${place.offset})` : `${name}:${linesBefore(path, place.offset) + 1}`;
}

const conflict = (where: string, id: string, actual: number, earlier: string, before: number): RecordLineError =>
  new RecordLineError(
    `${where}: prediction_id ${id}: actual ${actual}, but ${earlier} recorded ${before}; the server accepts one actual per prediction, so the records were changed by hand`,
  );

const hexOf = (key: Uint32Array): string => Array.from(key, (w) => w.toString(16).padStart(8, '0')).join('');

export class LabelReader {
  records = 0;
  readonly table = new LabelTable();
  private readonly key = new Uint32Array(4);
  private where: Where = { file: '', line: 0 };
  private file = 0;

  constructor(
    private readonly project: string,
    private readonly files: FeedbackFileNames,
  ) {}

  async read(file: RecordFile, index: number): Promise<void> {
    this.start(file.name, index, undefined);
    const splitter = new LineSplitter(this.sink, (n) => `${file.name}:${n}`, 0);
    for await (const chunk of file.chunks()) splitter.push(chunk);
    splitter.end();
  }

  readPart(part: FilePart): void {
    const before = part.start === 0 ? undefined : () => linesBefore(part.path, part.start);
    this.start(part.path, part.file, before);
    readLocalPart(part.path, part.start, part.end, new LineSplitter(this.sink, (n) => `${part.path}:${n + (before?.() ?? 0)}`, part.start));
  }

  private start(name: string, index: number, before: (() => number) | undefined): void {
    this.where = before === undefined ? { file: name, line: 0 } : { file: name, line: 0, linesBefore: before };
    this.file = index;
  }

  private readonly sink = (text: string, offset: number, lineNumber: number): void => {
    this.where.line = lineNumber;
    const value = parseLine(text, this.where);
    checkFeedback(value, this.project, this.where, this.key);
    this.records += 1;
    const slot = this.table.add(this.key, value.actual, { file: this.file, offset });
    if (slot >= 0 && this.table.actual(slot) !== value.actual) {
      throw conflict(
        whereText(this.where),
        value.prediction_id,
        value.actual,
        placeText(this.files, this.table.place(slot)),
        this.table.actual(slot),
      );
    }
  };
}

/**
 * Adds the labels of the later part (`later`) to the earlier's table, so the prediction pass
 * looks ids up in one table; an id in both must have one actual.
 */
export function mergeLabels(earlier: LabelTable, later: LabelTable, files: FeedbackFileNames): void {
  later.forEach((key, slot) => {
    const found = earlier.add(key, later.actual(slot), later.place(slot));
    if (found < 0 || earlier.actual(found) === later.actual(slot)) return;
    throw conflict(
      placeText(files, later.place(slot)),
      hexOf(key),
      later.actual(slot),
      placeText(files, earlier.place(found)),
      earlier.actual(found),
    );
  });
}
