// A batch upload: CSV → feature rows checked like the form, bad rows reported by line, good rows
// sent in chunks of the API's batch limit, and the predictions exported back to CSV.
import type { ApiClient, ApiResult } from './api';
import type { Feature, FeatureRow, Interval } from './api-types';
import { checkRow } from './form-model';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

export interface LineRow {
  line: number;
  values: FeatureRow;
}

export interface BadLine {
  line: number;
  messages: string[];
}

export type BatchFile = { ok: true; rows: LineRow[]; bad: BadLine[]; ignoredColumns: string[] } | { ok: false; message: string };

export function readBatchCsv(fileName: string, text: string, features: Feature[]): BatchFile {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: `${fileName}: ${error.message}` };
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined)
    return { ok: false, message: `${fileName}: the file is empty; upload a CSV with a header row and at least one row` };
  const names = header.cells.map((cell) => cell.trim());
  const missing = features.map((feature) => feature.name).filter((name) => !names.includes(name));
  if (missing.length > 0) {
    return { ok: false, message: `${fileName}: line ${header.line}: the header lacks ${missing.join(', ')}; add these columns` };
  }
  if (body.length === 0) return { ok: false, message: `${fileName}: no rows after the header; add at least one row` };
  const rows: LineRow[] = [];
  const bad: BadLine[] = [];
  for (const record of body) {
    if (record.cells.length !== names.length) {
      bad.push({ line: record.line, messages: [`has ${record.cells.length} fields; the header has ${names.length}`] });
      continue;
    }
    const raw = Object.fromEntries(names.map((name, i) => [name, record.cells[i] ?? '']));
    const check = checkRow(features, raw);
    if (check.row) rows.push({ line: record.line, values: check.row });
    else bad.push({ line: record.line, messages: Object.values(check.errors) });
  }
  const featureNames = new Set(features.map((feature) => feature.name));
  return { ok: true, rows, bad, ignoredColumns: names.filter((name) => !featureNames.has(name)) };
}

export interface PredictedLine extends LineRow {
  prediction: number;
  interval: Interval;
}

export type BatchOutcome =
  | { kind: 'ok'; predicted: PredictedLine[]; bad: BadLine[]; modelVersion: string }
  | Exclude<ApiResult<never>, { kind: 'ok' } | { kind: 'invalid' }>;

/** Sends the rows in chunks of `limit`; a 422 for a row becomes a bad line, and that chunk is resent without it. */
export async function predictLines(client: ApiClient, rows: LineRow[], limit: number): Promise<BatchOutcome> {
  const predicted: PredictedLine[] = [];
  const bad: BadLine[] = [];
  let modelVersion = '';
  for (let start = 0; start < rows.length; start += limit) {
    let chunk = rows.slice(start, start + limit);
    while (chunk.length > 0) {
      const result = await client.predictBatch(chunk.map((row) => row.values));
      if (result.kind === 'invalid') {
        const rejected = rejectedLines(chunk, result.errors, result.detail);
        bad.push(...rejected);
        const rejectedSet = new Set(rejected.map((entry) => entry.line));
        chunk = chunk.filter((row) => !rejectedSet.has(row.line));
        continue;
      }
      if (result.kind !== 'ok') return result;
      modelVersion = result.data.model_version;
      chunk.forEach((row, i) => {
        const answer = result.data.predictions[i];
        if (answer) predicted.push({ ...row, prediction: answer.prediction, interval: answer.interval });
      });
      break;
    }
  }
  bad.sort((a, b) => a.line - b.line);
  return { kind: 'ok', predicted, bad, modelVersion };
}

function rejectedLines(chunk: LineRow[], errors: { row: number | null; message: string }[], detail: string): BadLine[] {
  const byLine = new Map<number, string[]>();
  for (const error of errors) {
    const row = error.row === null ? undefined : chunk[error.row];
    if (row) byLine.set(row.line, [...(byLine.get(row.line) ?? []), error.message]);
  }
  // A 422 that names no row cannot be pinned to a line: every row of the chunk is reported with it.
  if (byLine.size === 0) return chunk.map((row) => ({ line: row.line, messages: [detail] }));
  return [...byLine].map(([line, messages]) => ({ line, messages }));
}

export function predictionsCsv(features: Feature[], predicted: PredictedLine[], targetName: string): string {
  const header = ['line', ...features.map((feature) => feature.name), targetName, 'lower', 'upper', 'coverage'];
  const rows = predicted.map((row) => [
    row.line,
    ...features.map((feature) => row.values[feature.name] ?? ''),
    row.prediction,
    row.interval.lower,
    row.interval.upper,
    row.interval.coverage,
  ]);
  return toCsv(header, rows);
}
