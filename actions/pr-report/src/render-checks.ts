// The gate rows (quality-gate's verdicts) and the data checks (validate-data's findings and
// drift table), each cut to a readable length: the job summary has the rest.
import { formatNumber, formatPercent, inlineCode, markdownTable } from '@slipway/shared';
import type { DriftRow, ValidationReport } from './validation-report.js';
import type { GateVerdict } from './verdicts.js';

export const MAX_TABLE_ROWS = 20;

function cut<T>(rows: T[]): { shown: T[]; note: string } {
  if (rows.length <= MAX_TABLE_ROWS) return { shown: rows, note: '' };
  return { shown: rows.slice(0, MAX_TABLE_ROWS), note: `\n\n… ${rows.length - MAX_TABLE_ROWS} more rows in the job summary.` };
}

export function gateTable(verdicts: GateVerdict[]): string {
  return markdownTable({
    headers: ['Gate', 'Value', 'Threshold', 'Production', 'Δ vs production', 'Verdict', 'Why'],
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
    rows: verdicts.map((v) => [
      v.gate,
      formatNumber(v.value),
      `${v.op} ${formatNumber(v.threshold)}`,
      formatNumber(v.baseline),
      formatPercent(v.delta, { signed: true }),
      v.passed ? '✅ pass' : '❌ fail',
      v.note === '' ? '—' : v.note,
    ]),
  });
}

export function dataChecksLine(validation: ValidationReport): string {
  const errors = validation.findings.filter((f) => f.severity === 'error').length;
  const warnings = validation.findings.length - errors;
  const head = validation.passed ? '✅ data valid' : '❌ data invalid';
  return `${head}: ${validation.rows} rows, ${errors} errors, ${warnings} warnings`;
}

function findingsTable(validation: ValidationReport): string {
  const { shown, note } = cut(validation.findings);
  const table = markdownTable({
    headers: ['Check', 'Severity', 'Column', 'Count', 'Message'],
    rows: shown.map((f) => [f.id, f.severity, f.column ?? '', String(f.count), f.message]),
  });
  return `${table}${note}`;
}

const VERDICT_MARK: Record<string, string> = { ok: '✅ ok', warning: '⚠️ warning', error: '❌ error' };

function driftVerdict(row: DriftRow): string {
  const verdict = VERDICT_MARK[row.verdict] ?? row.verdict;
  const fresh = Object.entries(row.new_categories).map(([category, count]) => `${category} (${count})`);
  return fresh.length === 0 ? verdict : `${verdict}; new: ${fresh.join(', ')}`;
}

function driftTable(rows: DriftRow[]): string {
  if (rows.length === 0) return 'Drift: no column compared.';
  const { shown, note } = cut(rows);
  const table = markdownTable({
    headers: ['Column', 'PSI', 'Test', 'Statistic', 'p-value', 'Verdict'],
    align: ['left', 'right', 'left', 'right', 'right', 'left'],
    rows: shown.map((r) => [r.column, formatNumber(r.psi), r.test, formatNumber(r.statistic), formatNumber(r.p_value), driftVerdict(r)]),
  });
  return `${table}${note}`;
}

export function dataChecksSection(validation: ValidationReport): string {
  const parts = [`${dataChecksLine(validation)} (${inlineCode(validation.file || 'data')})`];
  if (validation.findings.length > 0) parts.push(findingsTable(validation));
  parts.push(validation.drift === null ? 'Drift: not checked (no reference profile).' : `**Drift**\n\n${driftTable(validation.drift)}`);
  return parts.join('\n\n');
}
