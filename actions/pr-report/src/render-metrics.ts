// The metrics table (candidate vs production vs target branch, with relative deltas) and a
// bar chart of the primary metric that GitHub renders (Mermaid xychart).
import {
  barChart,
  bootstrapCaption,
  formatInterval,
  formatNumber,
  formatPercent,
  markdownTable,
  METRIC_NAMES,
  relativeDelta,
  relativeWorsening,
  type MetricName,
  type MetricsFile,
} from '@slipway/shared';

export interface MetricsComparison {
  candidate: MetricsFile;
  production?: MetricsFile;
  target?: MetricsFile;
}

/** "+5.12 % 🔴" (worse), "−3.00 % 🟢" (better): the sign is the change, the dot says which way is good. */
export function deltaCell(metric: MetricName, value: number, reference: number | null | undefined): string {
  if (reference === undefined || reference === null) return '—';
  const delta = relativeDelta(value, reference);
  const worsening = relativeWorsening(metric, value, reference);
  const mark = worsening > 0 ? ' 🔴' : worsening < 0 ? ' 🟢' : '';
  return `${formatPercent(delta, { signed: true })}${mark}`;
}

export function metricsTable(input: MetricsComparison): string {
  const others = [
    { label: 'Production', file: input.production },
    { label: 'Target branch', file: input.target },
  ].filter((o): o is { label: string; file: MetricsFile } => o.file !== undefined);
  // The interval column appears when the metrics file has intervals (trainers since issue 19).
  const intervals = input.candidate.test_intervals;
  const headers = [
    'Metric',
    'Candidate',
    ...(intervals ? ['Candidate interval'] : []),
    ...others.flatMap((o) => [o.label, `Δ vs ${o.label.toLowerCase()}`]),
  ];
  const rows = METRIC_NAMES.flatMap((metric) => {
    const value = input.candidate.test[metric];
    if (typeof value !== 'number') return [];
    const name = metric === input.candidate.primary_metric ? `**${metric}** (primary)` : metric;
    return [
      [
        name,
        formatNumber(value),
        ...(intervals ? [formatInterval(intervals[metric])] : []),
        ...others.flatMap((o) => [formatNumber(o.file.test[metric]), deltaCell(metric, value, o.file.test[metric])]),
      ],
    ];
  });
  return markdownTable({ headers, rows, align: ['left', ...headers.slice(1).map(() => 'right' as const)] });
}

/** What the interval column means, or why a delta in the table may be noise. */
export function metricsNote(input: MetricsComparison): string {
  const noise = bootstrapCaption(input.candidate.bootstrap);
  const deltas = input.production
    ? ' The Δ columns compare metrics measured on different test rows; the quality gate’s paired check (when run) is what decides a regression.'
    : '';
  return `Candidate interval: ${noise}.${deltas}`;
}

/** The chart, or undefined when no model has a finite value of the primary metric (e.g. NaN). */
export function primaryMetricChart(input: MetricsComparison): string | undefined {
  const metric = input.candidate.primary_metric;
  const bars = [
    { label: 'candidate', file: input.candidate },
    { label: 'production', file: input.production },
    { label: 'target branch', file: input.target },
  ].flatMap(({ label, file }) => {
    const value = file?.test[metric];
    return typeof value === 'number' && Number.isFinite(value) ? [{ label, value }] : [];
  });
  if (bars.length === 0) return undefined;
  return barChart({
    title: `Test ${metric} (${input.candidate.primary_metric === 'r2' ? 'higher' : 'lower'} is better)`,
    yLabel: metric,
    labels: bars.map((b) => b.label),
    values: bars.map((b) => b.value),
  });
}
