// Row data shared by the Markdown and HTML reports, so both show the same numbers.
import { formatNumber } from './escape.js';
import type { Metrics, Provenance, Verdict } from './report-data.js';

export interface Table {
  head: string[];
  rows: string[][];
}

/** The metric columns in a stable order: the primary metric first, then the rest as found. */
export function metricNames(metrics: Metrics): string[] {
  const names = new Set<string>([metrics.primary_metric, ...Object.keys(metrics.test)]);
  return [...names];
}

export function candidateTable(metrics: Metrics): Table {
  const names = metricNames(metrics);
  const head = ['candidate', ...names.map((m) => `CV ${m} (mean ± sd across folds)`), `test ${metrics.primary_metric}`, 'fit s'];
  const rows = metrics.candidates.map((c) => [
    c.name === metrics.chosen ? `${c.name} (chosen)` : c.name,
    ...names.map((m) => {
      const cv = c.cv[m];
      return cv ? `${formatNumber(cv.mean)} ± ${formatNumber(cv.std)}` : '—';
    }),
    formatNumber(c.test[metrics.primary_metric]),
    formatNumber(c.fit_seconds),
  ]);
  rows.push(['baseline (training mean)', ...names.map(() => '—'), formatNumber(metrics.baseline_mean[metrics.primary_metric]), '—']);
  return { head, rows };
}

export function testTable(metrics: Metrics): Table {
  const names = Object.keys(metrics.test);
  const intervals = metrics.test_intervals;
  const b = metrics.bootstrap;
  const label = b ? `${+(b.confidence * 100).toFixed(2)} % bootstrap interval (${b.rows} rows)` : 'bootstrap interval';
  const intervalRow = intervals
    ? [
        [
          label,
          ...names.map((m) => {
            const i = intervals[m];
            return i ? `[${formatNumber(i.low)}, ${formatNumber(i.high)}]` : '—';
          }),
        ],
      ]
    : [];
  return {
    head: ['', ...names],
    rows: [
      [`${metrics.chosen} (test)`, ...names.map((m) => formatNumber(metrics.test[m]))],
      ...intervalRow,
      ['baseline (training mean)', ...names.map((m) => formatNumber(metrics.baseline_mean[m]))],
    ],
  };
}

export function verdictTable(verdicts: readonly Verdict[]): Table {
  return {
    head: ['gate', 'value', 'threshold', 'baseline', 'delta', 'verdict', 'why'],
    rows: verdicts.map((v) => [
      v.gate,
      formatNumber(v.value),
      `${v.op} ${formatNumber(v.threshold)}`.trim(),
      formatNumber(v.baseline),
      // delta is relative to the baseline: (value - baseline) / |baseline|.
      v.delta === null ? '—' : `${v.delta >= 0 ? '+' : ''}${(v.delta * 100).toFixed(1)} %`,
      v.passed ? 'pass' : 'FAIL',
      v.note === '' ? '—' : v.note,
    ]),
  };
}

export function provenanceTable(rows: readonly Provenance[]): Table {
  return { head: ['', 'value'], rows: rows.map((r) => [r.label, r.value]) };
}
