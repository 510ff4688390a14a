// The verdict report: a Markdown heading, one table row per check, and what was compared.
import { formatNumber, formatPercent, inlineCode, markdownTable, type MetricsFile } from '@slipway/shared';
import type { Verdict } from './gates.js';

export interface ReportInput {
  verdicts: Verdict[];
  metrics: MetricsFile;
  metricsFile: string;
  baselineFile?: string;
  tolerance: number;
}

function verdictCell(v: Verdict): string {
  return v.passed ? '✅ pass' : '❌ fail';
}

export function verdictTable(verdicts: Verdict[]): string {
  return markdownTable({
    headers: ['Gate', 'Value', 'Threshold', 'Baseline', 'Δ vs baseline', 'Verdict'],
    align: ['left', 'right', 'right', 'right', 'right', 'left'],
    rows: verdicts.map((v) => [
      v.gate,
      formatNumber(v.value),
      `${v.op} ${formatNumber(v.threshold)}`,
      formatNumber(v.baseline),
      formatPercent(v.delta, { signed: true }),
      verdictCell(v),
    ]),
  });
}

export function renderReport(input: ReportInput): string {
  const failed = input.verdicts.filter((v) => !v.passed);
  const heading =
    failed.length === 0 ? '## Quality gate: passed ✅' : `## Quality gate: failed ❌ (${failed.length} of ${input.verdicts.length} checks)`;
  const against = input.baselineFile
    ? `against production metrics ${inlineCode(input.baselineFile)} (tolerated regression ${formatPercent(input.tolerance)})`
    : 'no production baseline given: absolute gates and the training-mean baseline only';
  return [
    heading,
    '',
    `Project ${inlineCode(input.metrics.project)}, chosen model ${inlineCode(input.metrics.chosen)}, ` +
      `${input.metrics.n_test} test rows; metrics from ${inlineCode(input.metricsFile)}; ${against}.`,
    '',
    verdictTable(input.verdicts),
    '',
  ].join('\n');
}

/** The setFailed message: every breached check with its value. */
export function breachMessage(failed: Verdict[]): string {
  const list = failed.map((v) => `${v.gate} (value ${formatNumber(v.value)}, needs ${v.op} ${formatNumber(v.threshold)})`);
  return `quality gate failed: ${list.join('; ')}`;
}
