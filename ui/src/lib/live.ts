// The Live page's figures from GET /api/v1/live: hour labels, the live-vs-test error line, the
// coverage line and the drift table. Formatting only; a missing figure says why it is missing.
import type { LiveDriftRow, LiveSummary } from './api-types';
import { formatCoverage, formatMetric } from './format';

/** "2026-12-06T19:00:00Z" → "12-06 19:00". */
export function hourLabel(iso: string): string {
  const match = /^\d{4}-(\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

export function hourBars(summary: LiveSummary): { label: string; value: number }[] {
  return summary.per_hour.map((hour) => ({ label: hourLabel(hour.hour), value: hour.predictions }));
}

export interface ErrorLine {
  metric: string;
  live: string;
  test: string;
  ratio: string;
  labels: string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function errorLine(summary: LiveSummary, unit: string | null | undefined): ErrorLine {
  const { primary_metric: metric, live, test, ratio, labels, small_sample: small } = summary.error;
  const liveValue = live[metric];
  const testValue = test[metric];
  return {
    metric,
    live: liveValue == null ? 'no labelled predictions yet' : formatMetric(metric, liveValue, unit),
    test: testValue == null ? 'not in the bundle' : formatMetric(metric, testValue, unit),
    ratio: ratio == null ? '—' : `${ratio.toLocaleString('en-US', { maximumFractionDigits: 2 })} × test`,
    labels: `${plural(labels, 'label', 'labels')}${small && labels > 0 ? ' (a small sample: read the live error with care)' : ''}`,
  };
}

export function coverageLine(summary: LiveSummary): string {
  const { live, nominal, labels } = summary.coverage;
  if (live == null) return `No labelled predictions with an interval yet (nominal ${formatCoverage(nominal)}).`;
  return `${formatCoverage(live)} of ${plural(labels, 'labelled prediction', 'labelled predictions')} fell inside the interval (nominal ${formatCoverage(nominal)}).`;
}

export interface DriftLine {
  feature: string;
  test: string;
  psi: string;
  pValue: string;
  verdict: LiveDriftRow['verdict'];
  verdictText: string;
  note: string;
}

const VERDICTS: Record<LiveDriftRow['verdict'], string> = {
  ok: 'ok',
  warning: 'warning',
  error: 'error',
  'too-few-values': 'too few values to judge',
};

export function driftLines(summary: LiveSummary): DriftLine[] {
  return summary.drift.features.map((row) => {
    const fresh = Object.entries(row.new_categories);
    return {
      feature: row.feature,
      test: `${row.test} ${row.statistic.toPrecision(3)}`,
      psi: row.psi.toFixed(3),
      pValue: row.p_value === 0 ? '0' : row.p_value < 1e-3 ? row.p_value.toExponential(1) : row.p_value.toPrecision(2),
      verdict: row.verdict,
      verdictText: VERDICTS[row.verdict],
      note:
        fresh.length > 0 ? `new: ${fresh.map(([value, n]) => `${value} (${n})`).join(', ')}` : plural(row.live_count, 'value', 'values'),
    };
  });
}
