// How numbers, metrics and dates read on screen. Formatting only: every value comes from the API.
import type { Gate, ModelInfo } from './api-types';

export function formatValue(value: number, unit: string | null | undefined): string {
  if (unit === 'USD') return value.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}

/** mape is a fraction (0.05 = 5 %); r2 has no unit; the error metrics are in the target's unit. */
export function formatMetric(metric: string, value: number, unit: string | null | undefined): string {
  if (metric === 'mape') return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;
  if (metric === 'r2') return value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  // Squared units: no unit shown. A small MSE (abalone's gate is 6) keeps four significant digits.
  if (metric === 'mse')
    return value.toLocaleString('en-US', Math.abs(value) >= 1000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 });
  return formatValue(value, unit);
}

export function formatCoverage(coverage: number): string {
  return `${(coverage * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
}

/** "2026-11-22T05:47:59Z" → "2026-11-22 05:47 UTC"; anything else is shown as given. */
export function formatTrainedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export interface GateVerdict extends Gate {
  value: number | undefined;
  passed: boolean | undefined;
}

const compare: Record<string, (value: number, threshold: number) => boolean> = {
  '>=': (value, threshold) => value >= threshold,
  '>': (value, threshold) => value > threshold,
  '<=': (value, threshold) => value <= threshold,
  '<': (value, threshold) => value < threshold,
};

/** Each gate against the served model's test metric; undefined when the metric or operator is unknown. */
export function gateVerdicts(model: ModelInfo): GateVerdict[] {
  return model.gates.map((gate) => {
    const value = model.metrics.test[gate.metric];
    const test = compare[gate.op];
    return { ...gate, value, passed: value === undefined || test === undefined ? undefined : test(value, gate.threshold) };
  });
}
