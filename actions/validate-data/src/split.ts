// A big local CSV file is read in two parts on two threads: this thread reads from the start to
// a record boundary near the middle, a worker thread (the same bundle, started with a PartJob)
// reads the rest with its own validator bound to the same header, and its state is merged back
// (FileValidator.absorb). The result equals one pass: counts, first examples, first-seen orders,
// the row sample (bottom-k, sample.ts) and the duplicates are exact; mean and standard deviation
// agree to rounding. If the split point falls inside a quoted field, this thread reads on alone.
import { availableParallelism } from 'node:os';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData, type Transferable } from 'node:worker_threads';
import type { DatasetContract } from '@slipway/shared';
import { streamCsv, type CsvRecord, type StreamSummary } from './csv-reader.js';
import type { DuplicateOptions, FinderState } from './duplicates.js';
import { FileValidator, type PartState } from './file-validator.js';

/** Below this size one thread is quicker than starting a second. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/** How far past the split target a line end is looked for. */
const SCAN_BYTES = 1024 * 1024;
/**
 * Where the parts meet, so both threads finish together (measured here, bench/validate-bench.mjs):
 * the worker starts about 0.23 s late (its own module load), in which this thread reads about
 * 7 MiB, half of which it keeps; and this thread hashes the whole file (sha256, about 1.1 GB/s
 * against 31 MB/s validated), which is worth 1.4% of the file.
 */
const HEAD_START_BYTES = 3.5 * 1024 * 1024;
const HASH_SHARE = 0.014;

export interface PartJob {
  file: string;
  contract: DatasetContract;
  /** The file offset where the part starts: the start of a line. */
  start: number;
  header: CsvRecord;
  duplicates: DuplicateOptions;
}

/** A part being read somewhere: its state when done, or cancel() to drop it. */
export interface PartHandle {
  result: Promise<PartState>;
  cancel: () => void;
}

export type PartRunner = (job: PartJob) => PartHandle;

export interface SplitOptions {
  /** Files from this size are split (default SPLIT_MIN_BYTES); Infinity never splits. */
  minBytes?: number;
  /** Where the second part is read (default: a worker thread; tests read it on this thread). */
  runPart?: PartRunner;
  /** Told how the file was read (the action logs it). */
  log?: (message: string) => void;
}

/** The offset just past the first line end after the balance point, when it is worth splitting. */
export function splitPoint(file: string, minBytes: number): number | undefined {
  const size = statSync(file).size;
  if (size < minBytes || size < 2) return undefined;
  const balanced = size / 2 + HEAD_START_BYTES - size * HASH_SHARE;
  const middle = Math.floor(Math.min((size * 3) / 4, Math.max(size / 4, balanced)));
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(SCAN_BYTES, size - middle));
    const read = readSync(fd, buffer, 0, buffer.length, middle);
    const newline = buffer.subarray(0, read).indexOf(10);
    return newline < 0 || middle + newline + 1 >= size ? undefined : middle + newline + 1;
  } finally {
    closeSync(fd);
  }
}

/** Reads a part of a file from job.start to the end on this thread. */
export async function readPart(job: PartJob): Promise<PartState> {
  const validator = new FileValidator(job.file, job.contract, job.duplicates);
  // The header binds the same columns as in the first part; what it reports, that part reports.
  validator.onRecord(job.header, -1);
  const delimiter = job.contract.format?.delimiter ?? ',';
  const summary = await streamCsv(
    job.file,
    delimiter,
    (record, ref, hash) => {
      validator.onRecord(record, ref, hash);
    },
    (record, ref, hash) => {
      validator.onPlainRecord(record, ref, hash);
    },
    { start: job.start },
  );
  return validator.partState(summary);
}

/**
 * Reads the part on a worker thread running this same bundle: its entry, index.js, sits beside
 * the chunk this code is in, and sends a worker thread to runPartWorker.
 */
export const workerPartRunner: PartRunner = (job) => {
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'index.js');
  const worker = new Worker(entry, { workerData: job });
  const result = new Promise<PartState>((resolve, reject) => {
    worker.once('message', (state: PartState) => {
      resolve(state);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the worker thread reading ${job.file} from byte ${job.start} exited with code ${code} before it reported`));
    });
  });
  return {
    result,
    cancel: () => {
      void worker.terminate();
    },
  };
};

/** The worker thread's side: read the part in workerData, post its state back. */
export async function runPartWorker(): Promise<void> {
  const state = await readPart(workerData as PartJob);
  parentPort?.postMessage(state, transferables(state));
}

function transferables(state: PartState): Transferable[] {
  const logBuffers = (finder: FinderState | null): ArrayBufferLike[] =>
    finder !== null && 'log' in finder ? [finder.log.hi.buffer, finder.log.lo.buffer, finder.log.line.buffer, finder.log.ref.buffer] : [];
  const buffers = [
    ...logBuffers(state.duplicates.rows),
    ...logBuffers(state.duplicates.keys),
    state.sample.refs.buffer,
    ...state.sample.numeric.flatMap((column) => (column === undefined ? [] : [column.buffer])),
  ];
  return buffers.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * Reads a local CSV file into the validator, in two parts when it is big enough and a second
 * core is there; the summary is the whole file's either way.
 */
export async function streamCsvInParts(
  file: string,
  validator: FileValidator,
  contract: DatasetContract,
  duplicates: DuplicateOptions,
  options: SplitOptions = {},
): Promise<StreamSummary> {
  const delimiter = contract.format?.delimiter ?? ',';
  const onRecord = validator.onRecord.bind(validator);
  const onPlainRecord = validator.onPlainRecord.bind(validator);
  const minBytes = options.minBytes ?? (availableParallelism() > 1 ? SPLIT_MIN_BYTES : Infinity);
  const splitAt = contract.format?.header === false ? undefined : splitPoint(file, minBytes);
  if (splitAt === undefined) return streamCsv(file, delimiter, onRecord, onPlainRecord);
  const runPart = options.runPart ?? workerPartRunner;
  let part: PartHandle | undefined;
  let decided = false;
  validator.onHeader = (header) => {
    // A header that ends past the split point leaves the whole file to this thread.
    if (!decided) part = runPart({ file, contract, start: splitAt, header, duplicates });
  };
  const handOff = (): boolean => {
    decided = true;
    return part !== undefined;
  };
  const summary = await streamCsv(file, delimiter, onRecord, onPlainRecord, { splitAt, handOff });
  if (part === undefined) return summary;
  if (summary.handedOff !== true) {
    part.cancel();
    options.log?.(`${file}: byte ${splitAt} is inside a quoted field, so one thread read the whole file`);
    return summary;
  }
  const state = await part.result;
  options.log?.(`${file}: read in two parts on two threads, split at byte ${splitAt} of ${summary.bytes}`);
  const lineOffset = summary.nextLine - 1;
  validator.absorb(state, lineOffset);
  return {
    sha256: summary.sha256,
    bytes: summary.bytes,
    nextLine: state.nextLine + lineOffset,
    ...(state.notText === undefined ? {} : { notText: state.notText }),
    ...(state.unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine: state.unclosedQuoteLine + lineOffset }),
  };
}
