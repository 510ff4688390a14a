// Inline SVG charts for the HTML report, drawn only from the run's data: predicted vs actual
// (with the y = x line a perfect model would sit on) and feature importance bars.
import { escapeHtml, formatNumber } from './escape.js';
import type { Importance, Predictions } from './report-data.js';

interface Range {
  min: number;
  max: number;
}

/** A shared range for both axes, padded 5 % so points on the edge stay visible. */
export function commonRange(values: readonly number[]): Range {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1 };
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.05;
  return { min: min - pad, max: max + pad };
}

function scale(value: number, range: Range, from: number, to: number): number {
  return from + ((value - range.min) / (range.max - range.min)) * (to - from);
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

export function scatterSvg(predictions: Predictions, targetName: string): string {
  const size = 360;
  const margin = 48;
  const range = commonRange([...predictions.actual, ...predictions.predicted]);
  const x = (v: number): number => scale(v, range, margin, size - 12);
  const y = (v: number): number => scale(v, range, size - margin, 12);
  const points = predictions.actual
    .map((actual, i) => {
      const predicted = predictions.predicted[i] ?? actual;
      return `<circle class="pt" cx="${round(x(actual))}" cy="${round(y(predicted))}" r="3"><title>actual ${escapeHtml(formatNumber(actual))}, predicted ${escapeHtml(formatNumber(predicted))}</title></circle>`;
    })
    .join('');
  const label = escapeHtml(targetName);
  return [
    `<svg class="chart" role="img" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>Predicted vs actual ${label} (${predictions.actual.length} test rows)</title>`,
    `<line class="axis" x1="${margin}" y1="${size - margin}" x2="${size - 12}" y2="${size - margin}"/>`,
    `<line class="axis" x1="${margin}" y1="${size - margin}" x2="${margin}" y2="12"/>`,
    `<line class="identity" x1="${round(x(range.min))}" y1="${round(y(range.min))}" x2="${round(x(range.max))}" y2="${round(y(range.max))}"><title>y = x</title></line>`,
    points,
    `<text x="${margin}" y="${size - margin + 16}">${escapeHtml(formatNumber(range.min))}</text>`,
    `<text x="${size - 12}" y="${size - margin + 16}" text-anchor="end">${escapeHtml(formatNumber(range.max))}</text>`,
    `<text x="${size / 2}" y="${size - 8}" text-anchor="middle">actual ${label}</text>`,
    `<text x="14" y="${size / 2}" text-anchor="middle" transform="rotate(-90 14 ${size / 2})">predicted ${label}</text>`,
    '</svg>',
  ].join('\n');
}

export function importanceSvg(importance: readonly Importance[], metricName: string): string {
  const rowHeight = 22;
  const labelWidth = 150;
  const barMax = 300;
  const width = labelWidth + barMax + 90;
  const height = importance.length * rowHeight + 10;
  // Permutation importance can be slightly negative (noise); such bars are drawn with zero length.
  const top = Math.max(...importance.map((i) => i.importance), 0);
  const bars = importance
    .map((item, i) => {
      const length = top > 0 ? (Math.max(item.importance, 0) / top) * barMax : 0;
      const yPos = 5 + i * rowHeight;
      return [
        `<text x="${labelWidth - 6}" y="${yPos + 15}" text-anchor="end">${escapeHtml(item.feature)}</text>`,
        `<rect class="bar" x="${labelWidth}" y="${yPos + 3}" width="${round(length)}" height="${rowHeight - 6}"><title>${escapeHtml(item.feature)}: ${escapeHtml(formatNumber(item.importance))}</title></rect>`,
        `<text x="${round(labelWidth + length + 4)}" y="${yPos + 15}">${escapeHtml(formatNumber(item.importance))}</text>`,
      ].join('');
    })
    .join('\n');
  return [
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>Permutation feature importance (increase in ${escapeHtml(metricName)})</title>`,
    bars,
    '</svg>',
  ].join('\n');
}
