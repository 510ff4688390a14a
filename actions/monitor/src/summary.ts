// The job summary: verdict and reasons, predictions per hour, drift per feature, live error
// against test error, coverage; charts as Mermaid blocks GitHub renders.
import { barChart, formatNumber, formatPercent, inlineCode, lineChart, markdownTable } from '@slipway/shared';
import type { MonitorReport } from './report.js';

const VERDICT_LINE: Record<MonitorReport['verdict'], string> = {
  healthy: '✅ healthy',
  warn: '⚠️ warn',
  'retrain-needed': '🔁 retrain needed',
  'insufficient-data': '… insufficient data',
};

function hourlyChart(report: MonitorReport): string {
  const counts = report.hourly.map((h) => h.predictions);
  if (counts.length < 2) return '';
  return lineChart({
    title: `Predictions per hour (${report.window.start} → ${report.window.end})`,
    xLabel: 'hour of the window',
    yLabel: 'predictions',
    series: [counts],
  });
}

function driftSection(report: MonitorReport): string {
  const rows = report.input_drift;
  if (rows === null) return '### Input drift\n\nNot checked: no training data profile.';
  if (rows.length === 0) return '### Input drift\n\nNo feature of the profile had live values.';
  const table = markdownTable({
    headers: ['feature', 'PSI', 'test', 'statistic', 'p', 'live values', 'level'],
    rows: rows.map((r) => [
      r.feature,
      formatNumber(r.psi),
      r.test,
      formatNumber(r.statistic),
      r.p_value === 0 ? '0' : r.p_value.toExponential(1),
      String(r.live_values),
      r.level,
    ]),
    align: ['left', 'right', 'left', 'right', 'right', 'right', 'left'],
  });
  const chart = barChart({
    title: 'Input drift: PSI per feature',
    yLabel: 'PSI',
    labels: rows.map((r) => r.feature),
    values: rows.map((r) => r.psi),
  });
  return `### Input drift (against the training profile)\n\n${table}\n\n${chart}`;
}

function errorSection(report: MonitorReport): string {
  const e = report.live_error;
  if (e === null) return '### Live error\n\nNot checked: no labelled predictions in the window.';
  const ci = e.interval === null ? '—' : `${formatNumber(e.interval.low)} – ${formatNumber(e.interval.high)}`;
  const table = markdownTable({
    headers: ['metric', 'live', `${Math.round(report.thresholds.confidence * 100)} % interval`, 'test', 'live / test', 'labels', 'level'],
    rows: [
      [
        e.metric,
        formatNumber(e.live),
        ci,
        formatNumber(e.test),
        e.ratio.toFixed(2),
        `${e.labels}${e.small_sample ? ' (small sample)' : ''}`,
        e.level,
      ],
    ],
  });
  const chart = barChart({ title: `Live vs test ${e.metric}`, yLabel: e.metric, labels: ['test', 'live'], values: [e.test, e.live] });
  return `### Live error (labelled predictions)\n\n${table}\n\n${chart}`;
}

function coverageSection(report: MonitorReport): string {
  const c = report.coverage;
  if (c === null) return '### Interval coverage\n\nNot checked: no labelled prediction with an interval.';
  const ci = c.interval === null ? '—' : `${formatPercent(c.interval.low)} – ${formatPercent(c.interval.high)}`;
  return `### Interval coverage\n\n${markdownTable({
    headers: ['nominal', 'live', 'interval', 'labels', 'level'],
    rows: [[formatPercent(c.nominal), formatPercent(c.live), ci, `${c.labels}${c.small_sample ? ' (small sample)' : ''}`, c.level]],
  })}`;
}

function predictionSection(report: MonitorReport): string {
  const p = report.prediction_drift;
  if (p === null) return '';
  return `### Predictions against the test predictions\n\n${markdownTable({
    headers: ['PSI', 'KS D', 'p', 'live mean', 'test mean', 'test predictions', 'level'],
    rows: [
      [
        formatNumber(p.psi),
        formatNumber(p.statistic),
        p.p_value === 0 ? '0' : p.p_value.toExponential(1),
        formatNumber(p.live_mean),
        formatNumber(p.test_mean),
        String(p.test_predictions),
        p.level,
      ],
    ],
  })}`;
}

export function monitorSummary(report: MonitorReport): string {
  const c = report.counts;
  const reasons = report.reasons.length === 0 ? 'No threshold crossed.' : report.reasons.map((r) => `- ${r}`).join('\n');
  const notes = report.notes.length === 0 ? '' : `\n\n${report.notes.map((n) => `> ${n}`).join('\n>\n')}`;
  const parts = [
    `## Monitor: ${report.project} — ${VERDICT_LINE[report.verdict]}`,
    `Model ${inlineCode(report.model_version)}, window ${report.window.start} → ${report.window.end}: ${c.predictions} predictions, ${c.labelled} labelled (${c.prediction_files} prediction files, ${c.feedback_files} feedback files).`,
    `${reasons}${notes}`,
    hourlyChart(report),
    driftSection(report),
    predictionSection(report),
    errorSection(report),
    coverageSection(report),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
