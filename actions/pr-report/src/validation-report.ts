// validate-data's JSON report (actions/validate-data/src/main.ts): {contract, file, passed,
// rows, sha256, findings[], drift}. drift is null without a reference profile, and absent from
// reports of older validate-data versions; its rows are {column, psi, test, statistic, p_value,
// new_categories, verdict} (actions/validate-data/src/drift.ts), read tolerantly.
import { InputFileError, readJsonFile } from '@slipway/shared';

export interface Finding {
  id: string;
  severity: string;
  column?: string;
  message: string;
  count: number;
}

export interface DriftRow {
  column: string;
  psi: number | null;
  test: string;
  statistic: number | null;
  pValue: number | null;
  verdict: string;
  /** Categories with rows here but none in the reference, with their counts. */
  newCategories: Record<string, number>;
}

export interface ValidationSummary {
  file: string;
  passed: boolean;
  rows: number;
  sha256: string;
  findings: Finding[];
  /** Undefined when the report has no drift table (no reference profile, or an older validate-data). */
  drift?: DriftRow[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function finding(value: unknown, where: string): Finding {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.message !== 'string') {
    throw new InputFileError(`${where}: expected a finding {id, severity, message, count}`);
  }
  return {
    id: value.id,
    severity: text(value.severity) || 'error',
    ...(typeof value.column === 'string' ? { column: value.column } : {}),
    message: value.message,
    count: typeof value.count === 'number' ? value.count : 1,
  };
}

function newCategories(value: unknown): Record<string, number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

function driftRow(value: unknown, where: string): DriftRow {
  if (!isObject(value) || typeof value.column !== 'string') throw new InputFileError(`${where}: expected a drift row with a column`);
  return {
    column: value.column,
    psi: numberOrNull(value.psi),
    test: text(value.test),
    statistic: numberOrNull(value.statistic),
    pValue: numberOrNull(value.p_value ?? value.pValue),
    verdict: text(value.verdict ?? value.severity),
    newCategories: newCategories(value.new_categories),
  };
}

/** The drift table is an array of rows, or an object holding one under `columns`. */
function driftRows(value: unknown, file: string): DriftRow[] | undefined {
  const rows = isObject(value) ? value.columns : value;
  if (rows === undefined || rows === null) return undefined;
  if (!Array.isArray(rows)) throw new InputFileError(`${file}: drift: expected an array of rows`);
  return rows.map((row, i) => driftRow(row, `${file}: drift[${i}]`));
}

export function parseValidationReport(value: unknown, file: string): ValidationSummary {
  if (!isObject(value)) throw new InputFileError(`${file}: expected validate-data's JSON report object`);
  if (typeof value.passed !== 'boolean' || typeof value.rows !== 'number' || typeof value.sha256 !== 'string') {
    throw new InputFileError(`${file}: passed, rows and sha256 are required; is this validate-data's report-file?`);
  }
  const findings = Array.isArray(value.findings) ? value.findings : [];
  const drift = driftRows(value.drift, file);
  return {
    file: text(value.file),
    passed: value.passed,
    rows: value.rows,
    sha256: value.sha256,
    findings: findings.map((f, i) => finding(f, `${file}: findings[${i}]`)),
    ...(drift === undefined ? {} : { drift }),
  };
}

export function readValidationReport(file: string): ValidationSummary {
  return parseValidationReport(readJsonFile(file, 'validation report'), file);
}
