// One file's validation state: the header binding, the row checks (byte fast path and text
// path), the column profiles, the row sample and the duplicate finders; and the hand-over of
// a part's state when a big file is read in two parts (split.ts).
import type { ContractColumn, DatasetContract } from '@slipway/shared';
import { checkCell, expectedType, rangeText } from './checks/cells.js';
import { CheckSettings } from './checks/checks-config.js';
import { sniffDelimiter, type CsvRecord, type LimitBreach, type PartSummary } from './reading/csv-reader.js';
import { DuplicateChecks } from './checks/duplicate-checks.js';
import type { CandidateSearch, DuplicateOptions } from './checks/duplicates.js';
import { Findings, plural, type TallyState } from './checks/findings.js';
import { findLeakage, type LeakageFinding } from './checks/leakage.js';
import { CATEGORY, NUMBER, fastColumn, parsePlainDecimal, type FastColumn, type ParsedDecimal } from './checks/fast-cells.js';
import { plainField, plainFields, type PlainRecord } from './reading/plain-record.js';
import { ColumnAccumulator, finiteSorted, type AccumulatorState, type ColumnProfile } from './statistics/profile.js';
import { allFinite, sortedRankCodes, type SortedCodes } from './statistics/stats.js';
import type { RowHash } from './reading/row-hash.js';
import { RowReservoir, type SampleState, type SampleValue } from '@slipway/shared/sample';

/** One part of a file as its validator hands it over (plain data: it crosses threads). */
export interface PartState {
  rows: number;
  tallies: TallyState[];
  columns: AccumulatorState[];
  sample: SampleState;
  duplicates: ReturnType<DuplicateChecks['handOff']>;
  /** Where the part starts in the file. */
  start: number;
  nextLine: number;
  /** Where the part ended: the file's size. */
  bytes: number;
  notText?: string;
  unclosedQuoteLine?: number;
  limit?: LimitBreach;
}

/** What the checks at the end make of the row sample. */
interface SampleAnalysis {
  leakage: LeakageFinding[];
  profile: ColumnProfile[];
}

interface Bound {
  column: ContractColumn;
  index: number;
  acc: ColumnAccumulator;
  fast: FastColumn;
}

const bind = (column: ContractColumn, index: number): Bound => ({
  column,
  index,
  acc: new ColumnAccumulator(column),
  fast: fastColumn(column),
});

const norm = (name: string): string => name.trim().toLowerCase();
/** The row finder needs only the hash; fields are read for a primary key alone. */
const NO_FIELDS: string[] = [];

export class FileValidator {
  readonly findings: Findings;
  readonly settings: CheckSettings;
  /** A seeded sample of parsed rows (values in bound-column order) for leakage and profiles. */
  readonly sample = new RowReservoir();
  rows = 0;
  private bound: Bound[] | null = null;
  private width = 0;
  private stopped = false;
  readonly duplicateChecks: DuplicateChecks;
  /** Where the current record starts in the file, to read it again for duplicate checks. */
  private ref = 0;
  private rowHash: RowHash | undefined;
  private keyBound = false;
  /** The contract has a primary key, so the duplicate-keys check needs the row's fields as text. */
  private readonly keyed: boolean;
  private analysis: SampleAnalysis | undefined;

  constructor(
    private readonly file: string,
    private readonly contract: DatasetContract,
    duplicates: DuplicateOptions = {},
  ) {
    this.duplicateChecks = new DuplicateChecks(contract.primary_key, duplicates);
    this.keyed = (contract.primary_key ?? []).length > 0;
    this.settings = CheckSettings.of(contract);
    this.findings = new Findings((id, proposed) => this.settings.severity(id, proposed));
  }

  /** Called once the header has bound the contract's columns (split.ts starts the second reader then). */
  onHeader: ((header: CsvRecord) => void) | undefined;

  /** What this validator found in its part of a file, for the validator of the part before it. */
  partState(start: number, summary: PartSummary): PartState {
    return {
      rows: this.rows,
      tallies: this.findings.tallyStates(),
      columns: (this.bound ?? []).map((b) => b.acc.state()),
      sample: this.sample.state(),
      duplicates: this.duplicateChecks.handOff(),
      start,
      nextLine: summary.nextLine,
      bytes: summary.bytes,
      ...(summary.notText === undefined ? {} : { notText: summary.notText }),
      ...(summary.unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine: summary.unclosedQuoteLine }),
      ...(summary.limit === undefined ? {} : { limit: summary.limit }),
    };
  }

  /**
   * Adds the part of the file that follows this validator's, read by another validator bound to
   * the same header; its line numbers move by lineOffset (the lines this part ended before).
   * search: where duplicate candidates are searched (DuplicateFinder.absorb).
   */
  absorb(part: PartState, lineOffset: number, search?: CandidateSearch): void {
    this.rows += part.rows;
    this.findings.absorbTallies(part.tallies, lineOffset, (id, column) => this.describe(id, column));
    (this.bound ?? []).forEach((b, i) => {
      const column = part.columns[i];
      if (column !== undefined) b.acc.absorb(column);
    });
    this.sample.absorb(part.sample);
    this.bindKeyOnce();
    this.duplicateChecks.absorb(part.duplicates, lineOffset, search);
  }

  onRecord(record: CsvRecord, ref = 0, hash?: RowHash): void {
    if (this.stopped) return;
    this.ref = ref;
    this.rowHash = hash;
    if (this.bound === null) this.header(record);
    else this.row(record);
  }

  /**
   * A plain record as byte ranges: numbers and categories are read from the bytes; a cell the
   * fast reader cannot vouch for goes through cell() as text, and a record the fast path does not
   * cover at all (the header, a wrong field count, a stopped run) through onRecord — so results
   * are exactly those of the text path.
   */
  onPlainRecord(record: PlainRecord, ref: number, hash: RowHash): void {
    const bound = this.bound;
    if (bound === null || this.stopped) {
      this.onRecord({ fields: plainFields(record), line: record.line }, ref, hash);
      return;
    }
    if (record.fields !== this.width) {
      // Counted without building its fields' text (a file of very wide rows costs no strings).
      this.rows += 1;
      this.wrongFieldCount(record.fields, record.line);
      return;
    }
    this.ref = ref;
    this.rowHash = hash;
    this.rows += 1;
    const slot = this.sample.offer(this.ref);
    for (let i = 0; i < bound.length; i++) {
      const b = bound[i];
      if (b === undefined) continue;
      this.fastCell(b, record, slot, i);
    }
    this.duplicates(this.keyed ? plainFields(record) : NO_FIELDS, record.line);
  }

  private readonly parsed: ParsedDecimal = { value: 0, canonical: false };

  /** Checks and profiles one cell; stores its value in the row sample at slot (when >= 0) as column i. */
  private fastCell(b: Bound, record: PlainRecord, slot: number, i: number): void {
    const { data, bounds } = record;
    const start = bounds[2 * b.index] ?? 0;
    const end = bounds[2 * b.index + 1] ?? 0;
    const fast = b.fast;
    if (fast.kind === NUMBER && parsePlainDecimal(data, start, end, this.parsed)) {
      const x = this.parsed.value;
      if (x >= fast.min && x <= fast.max && (!fast.integer || Number.isInteger(x))) {
        b.acc.addParsed(x, this.parsed.canonical, data, start, end);
        if (slot >= 0) this.sample.setNumber(slot, i, x);
        return;
      }
    } else if (fast.kind === CATEGORY && fast.matcher !== null) {
      const k = fast.matcher.match(data, start, end);
      if (k >= 0) {
        b.acc.addCategory(k);
        if (slot >= 0) this.sample.set(slot, i, fast.matcher.names[k] ?? null);
        return;
      }
    }
    const value = this.cell(b, plainField(record, b.index), record.line);
    if (slot >= 0) this.sample.set(slot, i, value);
  }

  private header(record: CsvRecord): void {
    const delimiter = this.contract.format?.delimiter ?? ',';
    if (this.contract.format?.header === false) {
      this.width = this.contract.columns.length;
      this.bound = this.contract.columns.map((column, index) => bind(column, index));
      this.row(record);
      return;
    }
    const names = record.fields;
    const sniffed = names.length === 1 ? sniffDelimiter(names[0] ?? '') : undefined;
    if (sniffed !== undefined && sniffed !== delimiter) {
      this.stop(
        'delimiter',
        `${this.file} line ${record.line}: the file uses '${sniffed}' but the contract says '${delimiter}'; save the file with '${delimiter}' or set format.delimiter in the contract`,
      );
      return;
    }
    this.width = names.length;
    this.checkNames(names, record.line);
    this.bound = this.bindColumns(names, record.line);
    this.onHeader?.(record);
  }

  /** Names are compared trimmed: a name that repeats another once spaces are dropped is a duplicate. */
  private checkNames(names: string[], line: number): void {
    const seen = new Map<string, number>();
    names.forEach((raw, i) => {
      const name = raw.trim();
      const first = seen.get(name);
      if (name === '')
        this.error(
          'empty-column-name',
          undefined,
          `${this.file} line ${line}: column ${i + 1} of the header has no name; name it or remove the column`,
        );
      else if (first !== undefined)
        this.error(
          'duplicate-column-name',
          name,
          `${this.file} line ${line}: columns ${first + 1} and ${i + 1} are both named "${name}" (spaces around names are ignored); rename or remove one`,
        );
      else seen.set(name, i);
    });
  }

  private bindColumns(names: string[], line: number): Bound[] {
    const trimmed = names.map((n) => n.trim());
    const bound: Bound[] = [];
    const missing: string[] = [];
    for (const column of this.contract.columns) {
      const exact = trimmed.indexOf(column.name);
      const loose = exact >= 0 ? exact : trimmed.findIndex((n) => norm(n) === norm(column.name));
      if (loose < 0) {
        missing.push(column.name);
        continue;
      }
      if (exact < 0) {
        const found = trimmed[loose] ?? '';
        this.error(
          'header-name-mismatch',
          column.name,
          `${this.file} line ${line}: header "${found}" differs from contract column "${column.name}" only in case; rename it to "${column.name}"`,
        );
      }
      bound.push(bind(column, loose));
    }
    if (missing.length > 0) {
      this.error(
        'missing-columns',
        undefined,
        `${this.file} line ${line}: required ${plural(missing.length, 'column')} missing from the header: ${missing.join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} or fix the contract`,
      );
    }
    const used = new Set(bound.map((b) => b.index));
    const extra = trimmed.filter((n, i) => !used.has(i) && n !== '');
    if (extra.length > 0) {
      this.findings.add({
        id: 'unexpected-columns',
        severity: 'warning',
        message: `${this.file}: ${plural(extra.length, 'column')} not in the contract: ${extra.join(', ')}; they are ignored — add them to the contract to use them`,
      });
    }
    return bound;
  }

  private row(record: CsvRecord): void {
    this.rows += 1;
    const { fields, line } = record;
    if (fields.length !== this.width) {
      this.wrongFieldCount(fields.length, line);
      return;
    }
    const slot = this.sample.offer(this.ref);
    (this.bound ?? []).forEach((b, i) => {
      const value = this.cell(b, fields[b.index] ?? '', line);
      if (slot >= 0) this.sample.set(slot, i, value);
    });
    this.duplicates(fields, line);
  }

  private wrongFieldCount(count: number, line: number): void {
    this.findings.tally('field-count', 'error', undefined, { line, value: `${count} fields` }, this.describe('field-count', undefined));
  }

  /** Checks and profiles one cell; returns its value for the row sample. */
  private cell(b: Bound, raw: string, line: number): SampleValue {
    const { column, acc } = b;
    const verdict = checkCell(column, raw);
    switch (verdict.kind) {
      case 'null':
        acc.addNull();
        if (!column.nullable) this.tallyCell('nulls', column, line, raw);
        return null;
      case 'non-finite':
        acc.add(raw);
        this.tallyCell('non-finite', column, line, raw);
        return null;
      case 'type':
        acc.add(raw);
        this.tallyCell('type', column, line, raw);
        return null;
      case 'range':
        acc.add(raw, verdict.number);
        this.tallyCell('range', column, line, raw);
        return verdict.number;
      case 'category':
        acc.add(raw);
        this.tallyCell('category', column, line, raw);
        return raw.trim();
      case 'ok':
        acc.add(raw, verdict.number);
        return verdict.number ?? (column.type === 'category' ? raw.trim() : null);
    }
  }

  private tallyCell(id: string, column: ContractColumn, line: number, value: string): void {
    this.findings.tally(id, 'error', column.name, { line, value }, this.describe(id, column.name));
  }

  /** The message of a row-level tally from its final count (the row checks' one source of wording). */
  private describe(id: string, name: string | undefined): (n: number) => string {
    const b = this.bound?.find((x) => x.column.name === name);
    if (id === 'field-count' || b === undefined) {
      return (n) =>
        `${this.file}: ${plural(n, 'row')} with a field count other than the header's ${this.width}; check for unquoted delimiters or missing values`;
    }
    const { column, acc } = b;
    switch (id) {
      case 'nulls':
        return (n) =>
          `column "${column.name}": ${plural(n, 'empty value')} but the column is not nullable; fill them or set nullable: true`;
      case 'non-finite':
        return (n) => `column "${column.name}": ${plural(n, 'NaN/Inf value')}; write an empty value for a missing one`;
      case 'type':
        return (n) => `column "${column.name}": ${plural(n, 'value')} not ${expectedType(column)}`;
      case 'range':
        return (n) => `column "${column.name}": ${plural(n, 'value')} outside ${rangeText(column)}`;
      default:
        return () => this.unknownCategories(column, acc);
    }
  }

  private unknownCategories(column: ContractColumn, acc: ColumnAccumulator): string {
    const counts = Object.entries(acc.profile().categories ?? {}).filter(([v]) => !column.categories?.includes(v.trim()));
    const listed = counts.map(([v, n]) => `"${v}" (${n})`).join(', ');
    return `column "${column.name}": unknown ${counts.length === 1 ? 'category' : 'categories'} ${listed}; allowed: ${(column.categories ?? []).join(', ')}`;
  }

  private duplicates(fields: string[], line: number): void {
    this.bindKeyOnce();
    this.duplicateChecks.add(fields, line, this.ref, this.rowHash);
  }

  private bindKeyOnce(): void {
    if (this.keyBound) return;
    const bound = this.bound ?? [];
    this.duplicateChecks.bindKey((this.contract.primary_key ?? []).map((k) => bound.find((b) => b.column.name === k)?.index ?? -1));
    this.keyBound = true;
  }

  finish(summary: { notText?: string; unclosedQuoteLine?: number; bytes: number; limit?: LimitBreach }): void {
    const fatal = this.fileProblem(summary);
    if (fatal !== undefined) {
      this.error(fatal.id, undefined, fatal.message);
      return;
    }
    if (summary.unclosedQuoteLine !== undefined) {
      const message = `${this.file} line ${summary.unclosedQuoteLine}: a quoted field is never closed; add the closing '"'`;
      this.error('unclosed-quote', undefined, message);
    }
    if (this.stopped) return;
    const minRows = this.contract.min_rows ?? 1;
    if (this.rows < minRows)
      this.error('min-rows', undefined, `${this.file}: ${plural(this.rows, 'data row')}, the contract requires at least ${minRows}`);
    this.nullRates();
    this.leakage();
    for (const b of this.bound ?? []) {
      const p = b.acc.profile();
      if (this.rows > 1 && p.distinct === 1 && p.nulls === 0) {
        this.findings.add({
          id: 'constant-column',
          severity: 'warning',
          column: b.column.name,
          message: `column "${b.column.name}" holds one value in every row; it carries no information`,
        });
      }
    }
  }

  private fileProblem(summary: { notText?: string; bytes: number; limit?: LimitBreach }): { id: string; message: string } | undefined {
    if (summary.notText !== undefined) return { id: 'encoding', message: `${this.file}: ${summary.notText}` };
    if (summary.limit !== undefined) return { id: summary.limit.check, message: limitMessage(this.file, summary.limit) };
    if (summary.bytes === 0) return { id: 'empty-file', message: `${this.file} is empty; it needs a header line and data rows` };
    if (this.bound === null && !this.stopped) {
      return { id: 'header', message: `${this.file} has only blank lines; it needs a header line and data rows` };
    }
    return undefined;
  }

  private nullRates(): void {
    for (const { column, acc } of this.bound ?? []) {
      const limit = this.settings.maxNullRate(column);
      if (limit === undefined || acc.nullRate() <= limit) continue;
      const nulls = acc.profile().nulls;
      this.findings.add({
        id: 'null-rate',
        severity: 'error',
        column: column.name,
        count: nulls,
        message: `column "${column.name}": ${percent(acc.nullRate())} of values are empty (${nulls} of ${acc.profile().count}), above the allowed ${percent(limit)}; fill them or raise max_null_rate`,
      });
    }
  }

  private leakage(): void {
    for (const found of this.analyseSample().leakage) this.findings.add({ id: 'leakage', severity: 'error', ...found });
  }

  profile(): ColumnProfile[] {
    return this.analyseSample().profile;
  }

  /**
   * The leakage evidence and the column profiles, worked out once after the last row (split.ts
   * asks early, so this runs while the other thread hashes the file and searches duplicates).
   */
  analyseSample(): SampleAnalysis {
    if (this.analysis !== undefined) return this.analysis;
    const bound = this.bound ?? [];
    // Each column's sampled numbers sorted once (with rank codes when none is missing), for both
    // the leakage check and the profile.
    const columns = bound.map((b, i): { coded?: SortedCodes; sorted: Float64Array } => {
      const values = this.sample.numbers(i);
      if (b.column.type === 'category' || values.length === 0 || !allFinite(values)) return { sorted: finiteSorted(values) };
      const coded = sortedRankCodes(values);
      return { coded, sorted: coded.sorted };
    });
    const leakage =
      this.settings.enabled('leakage') && this.bound !== null
        ? findLeakage(
            this.sample,
            this.bound.map((b) => b.column),
            this.contract.target,
            this.settings.leakage,
            (i) => columns[i]?.coded,
          )
        : [];
    this.analysis = { leakage, profile: bound.map((b, i) => b.acc.profile(columns[i]?.sorted)) };
    return this.analysis;
  }

  private error(id: string, column: string | undefined, message: string): void {
    this.findings.add({ id, severity: 'error', message, ...(column === undefined ? {} : { column }) });
  }

  private stop(id: string, message: string): void {
    this.error(id, undefined, message);
    this.stopped = true;
  }
}

/** A broken reading limit: which, where, and what to do. */
function limitMessage(file: string, breach: LimitBreach): string {
  const at = `${file} line ${breach.line}`;
  switch (breach.check) {
    case 'record-too-long':
      return `${at}: the record starting here is longer than the limit of ${breach.limit} bytes (a line, or lines joined by a quoted field); look for a quote that is never closed, or shorten the values (is this a CSV file with line breaks?)`;
    case 'header-too-long':
      return `${at}: the header line is longer than the limit of ${breach.limit} bytes; shorten the column names or drop columns (is this a CSV file?)`;
    case 'too-many-columns':
      return `${at}: the header has ${breach.count ?? 0} columns, more than the limit of ${breach.limit}; keep the columns the contract needs (is this a CSV file with a header line?)`;
    case 'too-many-fields':
      return `${at}: ${breach.count ?? 0} fields, more than the limit of ${breach.limit}; check the delimiter (format.delimiter) and the quoting of this line`;
  }
}

const percent = (share: number): string => `${Number((share * 100).toPrecision(3))}%`;
