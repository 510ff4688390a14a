// The duplicate-rows and duplicate-keys checks: two DuplicateFinders fed by the validator's
// row loop, turned into findings ("same as line N") once the whole file has been read.
import {
  DEFAULT_BUDGET_BYTES,
  DuplicateFinder,
  type CandidateSearch,
  type DuplicateOptions,
  type FinderState,
  type RecordFetcher,
} from './duplicates.js';
import { plural, type Findings } from './findings.js';
import type { RowHash } from '../reading/row-hash.js';

export class DuplicateChecks {
  private readonly rows: DuplicateFinder;
  private keys: DuplicateFinder | null = null;

  private readonly options: DuplicateOptions;

  constructor(
    private readonly key: string[] | undefined,
    options: DuplicateOptions = {},
  ) {
    // With a key, two finders log every row: each gets half the memory budget.
    const finders = key !== undefined && key.length > 0 ? 2 : 1;
    this.options = { ...options, budgetBytes: (options.budgetBytes ?? DEFAULT_BUDGET_BYTES) / finders };
    this.rows = new DuplicateFinder((fields) => fields, this.options);
  }

  /** The key's field positions, once the header is known (none when the contract has no key). */
  bindKey(indexes: number[]): void {
    if (this.key === undefined || this.key.length === 0) return;
    this.keys = new DuplicateFinder((fields) => indexes.map((i) => fields[i] ?? ''), this.options);
  }

  /** A row; its hash when the reader computed one (then all rows come with one). */
  add(fields: string[], line: number, ref: number, hash?: RowHash): void {
    if (hash === undefined) this.rows.add(fields, line, ref);
    else this.rows.addHash(hash, line, ref);
    this.keys?.add(fields, line, ref);
  }

  /** Both finders' entries, for the thread that reads the part of the file before this one. */
  handOff(): { rows: FinderState; keys: FinderState | null } {
    return { rows: this.rows.handOff(), keys: this.keys?.handOff() ?? null };
  }

  /**
   * The entries of the rows that follow (another part of the file, lines moved by lineOffset);
   * with search, candidates of entries held in memory are searched there (DuplicateFinder.absorb).
   */
  absorb(state: { rows: FinderState; keys: FinderState | null }, lineOffset: number, search?: CandidateSearch): void {
    this.rows.absorb(state.rows, lineOffset, search);
    if (state.keys !== null) this.keys?.absorb(state.keys, lineOffset, search);
  }

  async report(fetch: RecordFetcher, findings: Findings): Promise<void> {
    const rows = await this.rows.finish(fetch);
    if (rows.count > 0) {
      findings.add({
        id: 'duplicate-rows',
        severity: 'error',
        count: rows.count,
        message: `${plural(rows.count, 'row')} ${repeats(rows.count)} an earlier row; remove the duplicates`,
        examples: rows.examples.map((e) => ({ line: e.line, value: `same as line ${e.firstLine}` })),
      });
    }
    const keys = this.keys === null ? undefined : await this.keys.finish(fetch);
    if (keys === undefined || keys.count === 0 || this.key === undefined) return;
    const named = this.key.join(', ');
    findings.add({
      id: 'duplicate-keys',
      severity: 'error',
      column: this.key.join(','),
      count: keys.count,
      message: `primary key (${named}): ${plural(keys.count, 'row')} ${repeats(keys.count)} a key; keys must be unique`,
      examples: keys.examples.map((e) => ({ line: e.line, value: e.fields.join(',') })),
    });
  }
}

const repeats = (n: number): string => (n === 1 ? 'repeats' : 'repeat');
