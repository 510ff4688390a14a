// A big local CSV file is read in two parts on two threads: this thread reads from the start, and
// a worker thread (the same bundle, started with a PartJob) takes the rest from a record boundary
// halfway through what this thread has not yet claimed when the worker is ready (SplitClaim), so
// both finish together whatever the worker's start-up cost. The worker reads its part with its
// own validator bound to the same header and its state is merged back (FileValidator.absorb).
// The result equals one pass: counts, first examples, first-seen orders, the row sample
// (bottom-k, sample.ts) and the duplicates are exact; mean and standard deviation agree to
// rounding. If the part starts inside a quoted field, this thread reads on alone.
import { availableParallelism } from 'node:os';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData, type Transferable } from 'node:worker_threads';
import { fileSha256, type DatasetContract } from '@slipway/shared';
import { readCsv, streamCsv, type CsvRecord, type StreamSummary } from '../reading/csv-reader.js';
import { candidateBuffers, findCandidates, type CandidateSet, type LogSegment } from '../checks/candidates.js';
import type { CandidateSearch, DuplicateOptions, FinderState } from '../checks/duplicates.js';
import { entryBuffers } from '../checks/dup-log.js';
import { FileValidator, type PartState } from '../file-validator.js';

/** Below this size one thread is quicker than starting a second. */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/** How far past the balance point a line end is looked for. */
const SCAN_BYTES = 1024 * 1024;
/**
 * What this thread, its code warm, reads while a new worker's code warms up and while the worker
 * packs its state at the end: given an equal share the worker finished about 70 ms later
 * (bench/validate-bench.mjs, 1,000,000 rows), about 2.5 MiB read here.
 */
const WARM_UP_BYTES = 2.5 * 1024 * 1024;

export interface PartJob {
  file: string;
  contract: DatasetContract;
  header: CsvRecord;
  duplicates: DuplicateOptions;
  /** SplitClaim's shared word. */
  claim: SharedArrayBuffer;
  /** Less than this left unclaimed and the worker leaves it to this thread. */
  minPartBytes: number;
}

/**
 * Where the two readers meet, agreed through one shared word: at or above 0, this thread has
 * claimed the file up to that offset (a chunk at a time, before it parses the chunk); below 0,
 * the worker has claimed the file from −word on. Each side changes the word only from the value
 * it read (compare-and-swap), so the worker's start is never behind what this thread has claimed.
 */
export class SplitClaim {
  private readonly word: BigInt64Array;

  constructor(readonly buffer = new SharedArrayBuffer(8)) {
    this.word = new BigInt64Array(buffer);
  }

  /** This thread claims the file up to end; where it must stop instead, once the worker has claimed. */
  claimTo(end: number): number | undefined {
    for (;;) {
      const word = Atomics.load(this.word, 0);
      if (word < 0n) return Number(-word);
      if (Atomics.compareExchange(this.word, 0, word, BigInt(end)) === word) return undefined;
    }
  }

  /** The worker claims from the offset choose picks after what this thread has claimed, if it picks one. */
  claimPart(choose: (claimed: number) => number | undefined): number | undefined {
    for (;;) {
      const word = Atomics.load(this.word, 0);
      if (word < 0n) throw new Error('the second part of the file was claimed twice');
      const start = choose(Number(word));
      if (start === undefined) return undefined;
      if (Atomics.compareExchange(this.word, 0, word, BigInt(-start)) === word) return start;
    }
  }
}

/**
 * A part being read somewhere. Once read, that thread hashes the whole file and searches
 * duplicate candidates when asked, while this one works on.
 */
export interface PartHandle {
  /** The part's state; null when there was too little left to claim. */
  result: Promise<PartState | null>;
  /** The whole file's sha256, hashed once the part has been read. */
  sha256: Promise<string>;
  search: CandidateSearch;
  /** Nothing more will be asked: the part's thread ends once it has answered. */
  release: () => void;
  /** Drops the part and all asked of it. */
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

/**
 * Where the worker's part starts when this thread has claimed the file up to `claimed`: just past
 * the first line end after half of what is left, moved on by half the worker's warm-up (at most
 * an eighth of what is left), as both threads then read at one speed; undefined when too little
 * is left.
 */
function partStart(file: string, claimed: number, minPartBytes = 0): number | undefined {
  const size = statSync(file).size;
  if (size - claimed < Math.max(1, minPartBytes)) return undefined;
  const left = size - claimed;
  const middle = Math.floor(claimed + (left + Math.min(WARM_UP_BYTES, left / 8)) / 2);
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

/** Claims the rest of a file from where partStart says and reads it on this thread (not hashed). */
async function readPart(job: PartJob): Promise<PartState | null> {
  const start = new SplitClaim(job.claim).claimPart((claimed) => partStart(job.file, claimed, job.minPartBytes));
  if (start === undefined) return null;
  const validator = new FileValidator(job.file, job.contract, job.duplicates);
  // The header binds the same columns as in the first part; what it reports, that part reports.
  validator.onRecord(job.header, -1);
  const delimiter = job.contract.format?.delimiter ?? ',';
  const summary = await readCsv(
    job.file,
    delimiter,
    (record, ref, hash) => {
      validator.onRecord(record, ref, hash);
    },
    (record, ref, hash) => {
      validator.onPlainRecord(record, ref, hash);
    },
    { start },
  );
  return validator.partState(start, summary);
}

/** The part read on this thread, and the rest done here too (tests). */
export const inThreadPartRunner: PartRunner = (job) => {
  const result = readPart(job);
  return {
    result,
    sha256: result.then(() => fileSha256(job.file)),
    search: (segments) => Promise.resolve(findCandidates(segments)),
    release: () => undefined,
    cancel: () => undefined,
  };
};

/** What the worker thread posts, in this order: its part, the file's hash, then searches asked for. */
type WorkerReply =
  { kind: 'part'; state: PartState | null } | { kind: 'sha256'; sha256: string } | { kind: 'candidates'; id: number; set: CandidateSet };
/** What this thread asks of the worker once its part is in: a search, or nothing more. */
type WorkerRequest = { kind: 'search'; id: number; segments: LogSegment[] } | { kind: 'done' };

/**
 * Reads the part on a worker thread running this same bundle: its entry, index.js, sits beside
 * the chunk this code is in, and sends a worker thread to runPartWorker.
 */
const workerPartRunner: PartRunner = (job) => {
  const entry = join(dirname(fileURLToPath(import.meta.url)), 'index.js');
  const worker = new Worker(entry, { workerData: job });
  const part = deferred<PartState | null>();
  const sha256 = deferred<string>();
  const searches = new Map<number, Deferred<CandidateSet>>();
  const failAll = (error: Error): void => {
    for (const pending of [part, sha256, ...searches.values()]) pending.reject(error);
  };
  worker.on('message', (reply: WorkerReply) => {
    if (reply.kind === 'part') part.resolve(reply.state);
    else if (reply.kind === 'sha256') sha256.resolve(reply.sha256);
    else searches.get(reply.id)?.resolve(reply.set);
  });
  worker.once('error', failAll);
  worker.once('exit', (code) => {
    failAll(new Error(`the worker thread reading part of ${job.file} exited with code ${code} before it reported`));
  });
  let asked = 0;
  return {
    result: part.promise,
    sha256: sha256.promise,
    search: (segments) => {
      const id = asked++;
      const search = deferred<CandidateSet>();
      searches.set(id, search);
      const buffers = segments.flatMap((s) => entryBuffers(s.log));
      worker.postMessage({ kind: 'search', id, segments } satisfies WorkerRequest, movable(buffers));
      return search.promise;
    },
    release: () => {
      worker.postMessage({ kind: 'done' } satisfies WorkerRequest);
    },
    cancel: () => {
      void worker.terminate();
    },
  };
};

/** The worker thread's side: read the part in workerData and post it, hash the file, then search when asked. */
export async function runPartWorker(): Promise<void> {
  const job = workerData as PartJob;
  const port = parentPort;
  if (port === null) throw new Error('runPartWorker runs on a worker thread');
  const post = (reply: WorkerReply, transfer: ArrayBufferLike[] = []): void => {
    port.postMessage(reply, movable(transfer));
  };
  const state = await readPart(job);
  post({ kind: 'part', state }, state === null ? [] : partBuffers(state));
  if (state === null) {
    port.close();
    return;
  }
  // The other thread merges the part and reads it up meanwhile; requests wait in the port's queue.
  post({ kind: 'sha256', sha256: fileSha256(job.file) });
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'done') {
      port.close();
      return;
    }
    const set = findCandidates(request.segments);
    post({ kind: 'candidates', id: request.id, set }, candidateBuffers(set));
  });
}

function partBuffers(state: PartState): ArrayBufferLike[] {
  const logBuffers = (finder: FinderState | null): ArrayBufferLike[] =>
    finder !== null && 'log' in finder ? entryBuffers(finder.log) : [];
  return [
    ...logBuffers(state.duplicates.rows),
    ...logBuffers(state.duplicates.keys),
    state.sample.refs.buffer,
    state.sample.priorities.buffer,
    ...state.sample.numeric.flatMap((column) => (column === undefined ? [] : [column.buffer])),
    ...state.sample.text.flatMap((column) => (column === undefined ? [] : [column.ids.buffer])),
  ];
}

/** Buffers that can move between threads (not shared ones), each once. */
function movable(buffers: ArrayBufferLike[]): Transferable[] {
  return [...new Set(buffers)].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

function deferred<T>(): Deferred<T> {
  const settle: Pick<Deferred<T>, 'resolve' | 'reject'> = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<T>((resolve, reject) => Object.assign(settle, { resolve, reject }));
  // A promise nobody awaits any more (a cancelled part) must not fail the process when rejected.
  promise.catch(() => undefined);
  return { promise, ...settle };
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
  const split = contract.format?.header !== false && statSync(file).size >= minBytes;
  if (!split) return streamCsv(file, delimiter, onRecord, onPlainRecord, { header: contract.format?.header !== false });
  const runPart = options.runPart ?? workerPartRunner;
  const claim = new SplitClaim();
  let part: PartHandle | undefined;
  validator.onHeader = (header) => {
    // A quarter of a file worth splitting is worth a second thread.
    part = runPart({ file, contract, header, duplicates, claim: claim.buffer, minPartBytes: minBytes / 4 });
  };
  let splitAt: number | undefined;
  const stopAt = (chunkEnd: number): number | undefined => {
    splitAt = claim.claimTo(chunkEnd);
    return splitAt;
  };
  // Not hashed here: the part's thread hashes the whole file once its part is read.
  const summary = await readCsv(file, delimiter, onRecord, onPlainRecord, { stopAt });
  if (part === undefined || summary.handedOff !== true) {
    part?.cancel();
    if (splitAt !== undefined && summary.notText === undefined) {
      options.log?.(`${file}: byte ${splitAt} is inside a quoted field, so one thread read the whole file`);
    }
    return { sha256: fileSha256(file), ...summary };
  }
  try {
    validator.sample.trim();
    const state = await part.result;
    if (state === null) throw new Error(`the second part of ${file} was handed over but not read`);
    options.log?.(`${file}: read in two parts on two threads, the second from byte ${splitAt} of ${state.bytes}`);
    const lineOffset = summary.nextLine - 1;
    validator.absorb(state, lineOffset, part.search);
    part.release();
    // The sample's checks run here while the other thread hashes the file and searches duplicates.
    validator.analyseSample();
    return {
      sha256: await part.sha256,
      bytes: state.bytes,
      nextLine: state.nextLine + lineOffset,
      ...(state.notText === undefined ? {} : { notText: state.notText }),
      ...(state.unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine: state.unclosedQuoteLine + lineOffset }),
      ...(state.limit === undefined ? {} : { limit: { ...state.limit, line: state.limit.line + lineOffset } }),
    };
  } catch (error) {
    part.cancel();
    throw error;
  }
}
