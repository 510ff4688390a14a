// Exact duplicate rows and duplicate keys in bounded memory. Each row adds a 64-bit hash of its
// fields, its line and a ref (where to read it again) to a typed-array log: no per-row strings.
// Past the memory budget the log goes to hash partitions on disk, each processed alone at the
// end. Equal hashes are candidates only: the rows are read again through the ref and compared
// field by field, so a hash collision never reports a false duplicate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCandidates, oneGroup, type CandidateSet, type LogSegment } from './candidates.js';
import { EntryLog, ENTRY_BYTES, MAX_LEVEL, PartitionFiles, readEntryChunks } from './dup-log.js';
import { MAX_EXAMPLES } from './findings.js';
import { FULL, hashFields, hashMask, type RowHash } from '../reading/row-hash.js';

export interface DuplicateExample {
  line: number;
  /** The first line holding the same fields. */
  firstLine: number;
  /** The compared fields of the duplicate (the key's fields for a key check). */
  fields: string[];
}

export interface DuplicateReport {
  count: number;
  /** The duplicates with the lowest line numbers, in line order. */
  examples: DuplicateExample[];
}

/** Reads whole records again by ref; refs come sorted and distinct. */
export type RecordFetcher = (refs: number[]) => Promise<Map<number, string[]>>;

export interface DuplicateOptions {
  /** Memory for the log and its hash table; past it, entries spill to disk. */
  budgetBytes?: number;
  /** Hash width; fewer than 64 bits only to force collisions in tests. */
  hashBits?: number;
  /** Where spill files go (default RUNNER_TEMP, else the OS temp folder). */
  tempDir?: string;
}

/** A finder's entries as another thread hands them over: in memory, or in its partition files. */
export type FinderState = { log: EntryLog } | { dir: string; files: string[]; counts: number[] };

/** Finds the candidates of segments given in file order, maybe on another thread (split.ts). */
export type CandidateSearch = (segments: LogSegment[]) => Promise<CandidateSet>;

/** A partition file and the line offset of the part of the data file it came from. */
interface Source {
  file: string;
  lineOffset: number;
}

/** The memory of one validation's duplicate logs, shared by its finders (DuplicateChecks). */
export const DEFAULT_BUDGET_BYTES = 48 * 1024 * 1024;
/** A log entry plus its two slots of the hash table built at the end. */
const BYTES_PER_ROW = ENTRY_BYTES + 8;
const CONFIRM_BATCH = 4096;

export class DuplicateFinder {
  private readonly log: EntryLog;
  private readonly hash: RowHash = { hi: 0, lo: 0 };
  private readonly mask: RowHash;
  private readonly budgetRows: number;
  private spill: PartitionFiles | null = null;
  private dir: string | null = null;
  /** Partition files absorbed from another part of the file, per partition. */
  private readonly extra: Source[][] = [];
  private readonly extraDirs: string[] = [];
  /** The candidates of both parts' entries, when another thread searches them (see absorb). */
  private found: Promise<CandidateSet> | null = null;

  constructor(
    /** The fields compared: the whole record, or the key's fields. */
    private readonly project: (fields: string[]) => string[],
    private readonly options: DuplicateOptions = {},
  ) {
    this.mask = options.hashBits === undefined ? FULL : hashMask(options.hashBits);
    this.budgetRows = Math.max(16, Math.floor((options.budgetBytes ?? DEFAULT_BUDGET_BYTES) / BYTES_PER_ROW));
    this.log = new EntryLog(1024, this.budgetRows);
  }

  add(fields: string[], line: number, ref: number): void {
    hashFields(this.project(fields), this.hash, this.mask);
    this.addHash(this.hash, line, ref);
  }

  /** A row hashed by the reader (all rows given to one finder must be hashed the same way). */
  addHash(hash: RowHash, line: number, ref: number): void {
    this.push((hash.hi & this.mask.hi) >>> 0, (hash.lo & this.mask.lo) >>> 0, line, ref);
  }

  /** One entry into the log, which goes to disk when it reaches the budget. */
  private push(hi: number, lo: number, line: number, ref: number): void {
    this.log.push(hi, lo, line, ref);
    if (this.log.length >= this.budgetRows) this.spillLog();
  }

  /** True once entries have gone to disk. */
  get spilled(): boolean {
    return this.spill !== null;
  }

  /** Hands the entries over (to the thread that absorbs them); this finder is done after it. */
  handOff(): FinderState {
    if (this.spill === null) return { log: this.log.trimmed() };
    this.spillLog();
    this.spill.close();
    const handed = { dir: this.dir ?? '', files: this.spill.files, counts: this.spill.counts };
    this.spill = null;
    this.dir = null;
    return handed;
  }

  /**
   * Adds the entries of the rows that follow this finder's (another part of the file): their
   * lines move by lineOffset; spilled entries stay in their files and are read with this finder's.
   * With search, when both parts' entries are in memory and within one budget together, their
   * candidates are searched there (on another thread, while this one goes on) and both logs are
   * handed to it; past the budget they go to disk, as one thread's would.
   */
  absorb(state: FinderState, lineOffset: number, search?: CandidateSearch): void {
    if ('log' in state) {
      const log = EntryLog.revive(state.log);
      if (search !== undefined && this.spill === null && this.log.length + log.length <= this.budgetRows) {
        this.found = search([
          { log: this.log, lineOffset: 0 },
          { log, lineOffset },
        ]);
        return;
      }
      for (let i = 0; i < log.length; i++) this.push(log.hi[i] ?? 0, log.lo[i] ?? 0, (log.line[i] ?? 0) + lineOffset, log.ref[i] ?? 0);
      return;
    }
    this.extraDirs.push(state.dir);
    // This finder's own entries go to its files first, so each partition stays in line order.
    this.spillLog();
    state.files.forEach((file, p) => {
      if ((state.counts[p] ?? 0) > 0) (this.extra[p] ??= []).push({ file, lineOffset });
    });
    state.counts.forEach((n, p) => {
      if (this.spill !== null) this.spill.counts[p] = (this.spill.counts[p] ?? 0) + n;
    });
  }

  async finish(fetch: RecordFetcher): Promise<DuplicateReport> {
    const report = new ReportBuilder();
    try {
      if (this.found !== null) {
        await this.confirm(await this.found, fetch, report);
        return report.result();
      }
      if (this.spill === null) {
        await this.confirm(findCandidates([{ log: this.log, lineOffset: 0 }]), fetch, report);
        return report.result();
      }
      this.spillLog();
      this.spill.close();
      for (const [p, file] of this.spill.files.entries()) {
        const sources = [{ file, lineOffset: 0 }, ...(this.extra[p] ?? [])];
        // Absorbed files' hashes are not known here: a partition with them is split once to see.
        const oneHash = sources.length === 1 && this.spill.oneHash(p);
        await this.processFile(sources, this.spill.counts[p] ?? 0, 1, fetch, report, oneHash);
      }
      return report.result();
    } finally {
      for (const dir of [this.dir, ...this.extraDirs]) if (dir !== null) rmSync(dir, { recursive: true, force: true });
    }
  }

  private spillLog(): void {
    if (this.spill === null) {
      this.dir = mkdtempSync(join(this.options.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'slipway-duplicates-'));
      this.spill = new PartitionFiles(this.dir, 'level0', 0);
    }
    this.spill.append(this.log);
    this.log.clear();
  }

  /**
   * One partition, from its files in line order (this finder's, then absorbed parts'); a
   * partition too big for the budget is split again on the next hash bits, unless its entries
   * all share one hash (oneHash), which no split can part.
   */
  private async processFile(
    sources: Source[],
    count: number,
    level: number,
    fetch: RecordFetcher,
    report: ReportBuilder,
    oneHash = false,
  ): Promise<void> {
    if (count === 0) return;
    if ((oneHash || level > MAX_LEVEL) && count > this.budgetRows) {
      // All these entries share one hash (a row repeated many times): streamed against the
      // first, a batch at a time, memory stays bounded however many.
      await this.confirmOneHash(sources, fetch, report);
      return;
    }
    if (count <= this.budgetRows) {
      // Sized to the partition up front: no doubling, no second copy.
      const log = new EntryLog(Math.max(1, count));
      for (const { file, lineOffset } of sources) {
        for (const chunk of readEntryChunks(file)) log.appendAll(chunk, lineOffset);
        rmSync(file);
      }
      await this.confirm(findCandidates([{ log, lineOffset: 0 }]), fetch, report);
      return;
    }
    const first = sources[0]?.file ?? 'part';
    const split = new PartitionFiles(this.dir ?? tmpdir(), `${first.replace(/.*\//, '').replace('.bin', '')}-l${level}`, level);
    for (const { file, lineOffset } of sources) {
      for (const chunk of readEntryChunks(file)) split.append(chunk, lineOffset);
      rmSync(file);
    }
    split.close();
    for (const [p, part] of split.files.entries()) {
      await this.processFile([{ file: part, lineOffset: 0 }], split.counts[p] ?? 0, level + 1, fetch, report, split.oneHash(p));
    }
  }

  /** Entries that all share one hash, in line order: each later one is a candidate of the first. */
  private async confirmOneHash(sources: Source[], fetch: RecordFetcher, report: ReportBuilder): Promise<void> {
    const group: GroupState = { group: -1, seen: [] };
    const batch = { line: new Float64Array(CONFIRM_BATCH), ref: new Float64Array(CONFIRM_BATCH) };
    let head: { line: number; ref: number } | null = null;
    let size = 0;
    const flush = async (): Promise<void> => {
      if (head === null || size === 0) return;
      await this.confirm(oneGroup(head, batch.line.subarray(0, size), batch.ref.subarray(0, size)), fetch, report, group);
      size = 0;
    };
    for (const { file, lineOffset } of sources) {
      for (const chunk of readEntryChunks(file)) {
        for (let i = 0; i < chunk.length; i++) {
          const line = (chunk.line[i] ?? 0) + lineOffset;
          const ref = chunk.ref[i] ?? 0;
          if (head === null) {
            head = { line, ref };
            continue;
          }
          batch.line[size] = line;
          batch.ref[size] = ref;
          size += 1;
          if (size === CONFIRM_BATCH) await flush();
        }
      }
      rmSync(file);
    }
    await flush();
  }

  /**
   * Reads the candidates' rows again, a batch at a time, and reports those whose compared fields
   * are equal. `state` carries the last group's distinct rows into the next call (a group
   * confirmed in batches).
   */
  private async confirm(
    set: CandidateSet,
    fetch: RecordFetcher,
    report: ReportBuilder,
    state: GroupState = { group: -1, seen: [] },
  ): Promise<void> {
    const count = set.line.length;
    // Two cursors over the groups: one ahead, to collect a batch's refs, one to confirm it.
    const batchGroups = new GroupCursor(set.groupEnd);
    const groupOf = new GroupCursor(set.groupEnd);
    let { group, seen } = state;
    for (let start = 0; start < count; start += CONFIRM_BATCH) {
      const end = Math.min(count, start + CONFIRM_BATCH);
      const refs = new Set<number>();
      for (let k = start; k < end; k++) refs.add(set.ref[k] ?? 0);
      for (let g = batchGroups.at(start); g <= batchGroups.at(end - 1); g++) refs.add(set.firstRef[g] ?? 0);
      const rows = await fetch([...refs].sort((a, b) => a - b));
      const read = (ref: number): string[] => this.project(fetched(rows, ref));
      for (let k = start; k < end; k++) {
        const g = groupOf.at(k);
        const firstLine = set.firstLine[g] ?? 0;
        const line = set.line[k] ?? 0;
        if (firstLine !== group) {
          group = firstLine;
          seen = [{ fields: read(set.firstRef[g] ?? 0), line: firstLine }];
        }
        const fields = read(set.ref[k] ?? 0);
        const same = seen.find((s) => sameFields(s.fields, fields));
        if (same) report.add({ line, firstLine: same.line, fields });
        else seen.push({ fields, line });
      }
    }
    state.group = group;
    state.seen = seen;
  }
}

/** The group of candidate k, for k that never decreases. */
class GroupCursor {
  private g = 0;

  constructor(private readonly groupEnd: Uint32Array) {}

  at(k: number): number {
    while (this.g < this.groupEnd.length - 1 && (this.groupEnd[this.g] ?? 0) <= k) this.g += 1;
    return this.g;
  }
}

/** The group being confirmed (its first entry's line) and its distinct rows so far. */
interface GroupState {
  group: number;
  seen: { fields: string[]; line: number }[];
}

function fetched(rows: Map<number, string[]>, ref: number): string[] {
  const fields = rows.get(ref);
  if (fields === undefined) throw new Error(`the record at ${ref} could not be read again; did the file change while it was validated?`);
  return fields;
}

function sameFields(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The count and the lowest-line examples, whatever order partitions report in. */
class ReportBuilder {
  private count = 0;
  private examples: DuplicateExample[] = [];

  add(example: DuplicateExample): void {
    this.count += 1;
    const last = this.examples[MAX_EXAMPLES - 1];
    if (last !== undefined && last.line < example.line) return;
    this.examples.push(example);
    this.examples.sort((a, b) => a.line - b.line);
    this.examples.length = Math.min(this.examples.length, MAX_EXAMPLES);
  }

  result(): DuplicateReport {
    return { count: this.count, examples: this.examples };
  }
}
