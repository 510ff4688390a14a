// The job summary: verdict first, then one row per failed check with examples, then the
// column profile table.
import { formatNumber, inlineCode, markdownTable } from '@slipway/shared';
import type { Finding } from './findings.js';
import type { ValidationResult } from './validate.js';

export function verdictLine(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const head = result.passed ? '✅ data valid' : '❌ data invalid';
  return `${head}: ${result.rows} rows, ${errors} errors, ${warnings} warnings (${inlineCode(result.file)})`;
}

const examplesText = (f: Finding): string => f.examples.map((e) => `line ${e.line}: ${e.value}`).join('; ');

export function renderSummary(result: ValidationResult): string {
  const parts = [`## validate-data\n\n${verdictLine(result)}`];
  if (result.findings.length > 0) {
    parts.push(
      markdownTable({
        headers: ['Check', 'Severity', 'Column', 'Count', 'Message', 'Examples'],
        rows: result.findings.map((f) => [f.id, f.severity, f.column ?? '', String(f.count), f.message, examplesText(f)]),
      }),
    );
  }
  parts.push(
    markdownTable({
      headers: ['Column', 'Type', 'Count', 'Nulls', 'Min', 'Max', 'Mean', 'Std'],
      rows: result.profile.map((p) => [
        p.name,
        p.type,
        String(p.count),
        String(p.nulls),
        formatNumber(p.min),
        formatNumber(p.max),
        formatNumber(p.mean),
        formatNumber(p.std),
      ]),
    }),
  );
  return `${parts.join('\n\n')}\n`;
}

export function failureMessage(result: ValidationResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  return `data validation failed with ${errors.length} error(s): ${errors.map((f) => f.message).join(' | ')}`;
}
