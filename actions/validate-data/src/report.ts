// The job summary: verdict first, then the failed checks (errors, then warnings, each with
// examples), then the drift table, then the column profile table.
import { formatNumber, inlineCode, markdownTable } from '@slipway/shared';
import type { CheckedResult } from './checks/drift-check.js';
import { formatP, formatStat, type DriftRow } from './checks/drift.js';
import type { Finding, Severity } from './checks/findings.js';
import type { ValidationResult } from './validate.js';

export function verdictLine(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const head = result.passed ? '✅ data valid' : '❌ data invalid';
  return `${head}: ${result.rows} rows, ${errors} errors, ${warnings} warnings (${inlineCode(result.file)})`;
}

const examplesText = (f: Finding): string => f.examples.map((e) => `line ${e.line}: ${e.value}`).join('; ');

function findingsTable(findings: Finding[], severity: Severity): string | null {
  const chosen = findings.filter((f) => f.severity === severity);
  if (chosen.length === 0) return null;
  const title = severity === 'error' ? '### ❌ Errors' : '### ⚠️ Warnings';
  const table = markdownTable({
    headers: ['Check', 'Severity', 'Column', 'Count', 'Message', 'Examples'],
    rows: chosen.map((f) => [f.id, f.severity, f.column ?? '', String(f.count), f.message, examplesText(f)]),
  });
  return `${title}\n\n${table}`;
}

const VERDICT: Record<DriftRow['verdict'], string> = { ok: '✅ ok', warning: '⚠️ warning', error: '❌ error' };

function driftTable(rows: DriftRow[]): string {
  const table = markdownTable({
    headers: ['Column', 'PSI', 'Test', 'Statistic', 'p-value', 'New categories', 'Verdict'],
    rows: rows.map((r) => [
      r.column,
      r.psi.toFixed(3),
      r.test,
      formatStat(r.statistic),
      formatP(r.p_value),
      Object.keys(r.new_categories).join(', '),
      VERDICT[r.verdict],
    ]),
    align: ['left', 'right', 'left', 'right', 'right', 'left', 'left'],
  });
  return `### Drift against the reference profile\n\n${table}`;
}

function profileTable(result: ValidationResult): string {
  const table = markdownTable({
    headers: ['Column', 'Type', 'Count', 'Nulls', 'Min', 'Max', 'Mean', 'Std', 'Distinct'],
    rows: result.profile.map((p) => [
      p.name,
      p.type,
      String(p.count),
      String(p.nulls),
      formatNumber(p.min),
      formatNumber(p.max),
      formatNumber(p.mean),
      formatNumber(p.std),
      p.categories === null && p.distinct > 1000 ? '> 1000' : String(p.distinct),
    ]),
  });
  return `### Column profile\n\n${table}`;
}

export function renderSummary(result: CheckedResult): string {
  const parts = [
    `## validate-data\n\n${verdictLine(result)}`,
    findingsTable(result.findings, 'error'),
    findingsTable(result.findings, 'warning'),
    result.drift === null ? null : driftTable(result.drift),
    profileTable(result),
  ];
  return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
}

export function failureMessage(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  return `data validation failed with ${errors.length} error(s): ${errors.map((f) => f.message).join(' | ')}`;
}
