// The verdict report: a Markdown heading, one table row per check, and what was compared.
import {
  bootstrapCaption,
  formatInterval,
  formatNumber,
  formatPercent,
  inlineCode,
  markdownTable,
  METRIC_NAMES,
  type MetricsFile,
  type PairedComparison,
} from '@slipway/shared';
import type { Verdict } from './gates.js';

export interface ReportInput {
  verdicts: Verdict[];
  metrics: MetricsFile;
  metricsFile: string;
  baselineFile?: string;
  paired?: { file: string; comparison: PairedComparison };
  tolerance: number;
}

function verdictCell(v: Verdict): string {
  return v.passed ? '✅ pass' : '❌ fail';
}

export function verdictTable(verdicts: Verdict[]): string {
  return markdownTable({
    headers: ['Gate', 'Value', 'Threshold', 'Baseline', 'Δ vs baseline', 'Verdict', 'Why'],
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'left'],
    rows: verdicts.map((v) => [
      v.gate,
      formatNumber(v.value),
      `${v.op} ${formatNumber(v.threshold)}`,
      formatNumber(v.baseline),
      formatPercent(v.delta, { signed: true }),
      verdictCell(v),
      v.note === '' ? '—' : v.note,
    ]),
  });
}

/** The candidate's test metrics with their bootstrap intervals (the noise of the test rows). */
export function testMetricsTable(metrics: MetricsFile): string {
  const names = METRIC_NAMES.filter((m) => typeof metrics.test[m] === 'number');
  return markdownTable({
    headers: ['Test metric', 'Value', 'Interval', 'Bootstrap sd'],
    align: ['left', 'right', 'right', 'right'],
    rows: names.map((m) => [
      m,
      formatNumber(metrics.test[m]),
      formatInterval(metrics.test_intervals?.[m]),
      formatNumber(metrics.test_intervals?.[m]?.sd),
    ]),
  });
}

function againstProduction(input: ReportInput): string {
  if (input.paired) {
    const c = input.paired.comparison;
    return (
      `against production ${inlineCode(c.production_version)} scored on the same ${c.rows} test rows (${inlineCode(input.paired.file)}); ` +
      `a regression fails only when it is beyond the tolerated ${formatPercent(input.tolerance)} AND beyond the noise ` +
      `(one-sided ${+(c.confidence * 100).toFixed(2)} % paired-bootstrap bound above 0)` +
      (c.same_split ? '' : '; production may have trained on some of these rows (other data or split), which favours it')
    );
  }
  if (input.baselineFile) {
    return (
      `against production metrics ${inlineCode(input.baselineFile)} (tolerated regression ${formatPercent(input.tolerance)}; ` +
      'unpaired: production was measured on other rows, so differences within the noise count)'
    );
  }
  return 'no production baseline given: absolute gates and the training-mean baseline only';
}

export function renderReport(input: ReportInput): string {
  const failed = input.verdicts.filter((v) => !v.passed);
  const heading =
    failed.length === 0 ? '## Quality gate: passed ✅' : `## Quality gate: failed ❌ (${failed.length} of ${input.verdicts.length} checks)`;
  const against = againstProduction(input);
  return [
    heading,
    '',
    `Project ${inlineCode(input.metrics.project)}, chosen model ${inlineCode(input.metrics.chosen)}, ` +
      `${input.metrics.n_test} test rows; metrics from ${inlineCode(input.metricsFile)}; ${against}.`,
    '',
    verdictTable(input.verdicts),
    '',
    `Test metrics, ${bootstrapCaption(input.metrics.bootstrap)}:`,
    '',
    testMetricsTable(input.metrics),
    '',
  ].join('\n');
}

/** The setFailed message: every breached check with its value. */
export function breachMessage(failed: Verdict[]): string {
  const list = failed.map((v) => `${v.gate} (value ${formatNumber(v.value)}, needs ${v.op} ${formatNumber(v.threshold)})`);
  return `quality gate failed: ${list.join('; ')}`;
}
