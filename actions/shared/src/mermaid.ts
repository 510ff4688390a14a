// Mermaid `xychart-beta` blocks, which GitHub renders in job summaries and comments.
import type { FeatureImportance, PredictionSample } from './generated/documents.js';

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Each series is drawn as one line over the same x positions 1..n. */
  series: number[][];
}

export interface BarChartOptions {
  title: string;
  yLabel: string;
  labels: string[];
  values: number[];
}

/** Mermaid strings are double-quoted; a quote inside would end them. */
function quote(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/** Four significant digits keep charts of large values (prices) short without visible loss. */
function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot chart the value ${value}`);
  return String(Number(value.toPrecision(4)));
}

function fence(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

export function lineChart(options: LineChartOptions): string {
  const length = options.series[0]?.length ?? 0;
  if (length === 0) throw new Error('a line chart needs at least one point');
  if (options.series.some((s) => s.length !== length)) throw new Error('every series of a line chart must have the same length');
  return fence([
    'xychart-beta',
    `    title ${quote(options.title)}`,
    `    x-axis ${quote(options.xLabel)} 1 --> ${length}`,
    `    y-axis ${quote(options.yLabel)}`,
    ...options.series.map((s) => `    line [${s.map(chartNumber).join(', ')}]`),
  ]);
}

export function barChart(options: BarChartOptions): string {
  if (options.labels.length === 0) throw new Error('a bar chart needs at least one bar');
  if (options.labels.length !== options.values.length) throw new Error('a bar chart needs one value per label');
  return fence([
    'xychart-beta',
    `    title ${quote(options.title)}`,
    `    x-axis [${options.labels.map(quote).join(', ')}]`,
    `    y-axis ${quote(options.yLabel)}`,
    `    bar [${options.values.map(chartNumber).join(', ')}]`,
  ]);
}

// predictions_sample.json and feature_importance.json rows: their schemas in schemas/.
export type { FeatureImportance, PredictionSample };

/** Actual and predicted values as two lines over the test rows sorted by actual value. */
export function predictedVsActualChart(options: { sample: PredictionSample; target: string }): string {
  const { actual, predicted } = options.sample;
  if (actual.length !== predicted.length) {
    throw new Error(`predictions sample has ${actual.length} actual and ${predicted.length} predicted values`);
  }
  const order = actual.map((_, i) => i).sort((a, b) => (actual[a] ?? 0) - (actual[b] ?? 0));
  return lineChart({
    title: `Predicted vs actual ${options.target} (${actual.length} test rows, sorted by actual)`,
    xLabel: 'test row (by actual value)',
    yLabel: options.target,
    series: [order.map((i) => actual[i] ?? NaN), order.map((i) => predicted[i] ?? NaN)],
  });
}

export function featureImportanceChart(options: { importance: FeatureImportance[]; metric: string; limit?: number }): string {
  const top = options.importance.slice(0, options.limit ?? 15);
  return barChart({
    title: `Permutation importance (increase in ${options.metric})`,
    yLabel: options.metric,
    labels: top.map((f) => f.feature),
    values: top.map((f) => f.importance),
  });
}
