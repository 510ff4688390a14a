// Metric maths shared by the gate and the reports: which way is better, comparator
// evaluation, and relative change against a reference value.
import type { Comparator, MetricName } from './types.js';

export type Direction = 'higher' | 'lower';

/** r2 improves upwards; the error metrics (mse, rmse, mae, mape) improve downwards. */
function metricDirection(metric: MetricName): Direction {
  return metric === 'r2' ? 'higher' : 'lower';
}

/** `value op threshold`; NaN never satisfies a comparator, so a NaN metric fails its gate. */
export function compare(value: number, op: Comparator, threshold: number): boolean {
  if (Number.isNaN(value) || Number.isNaN(threshold)) return false;
  switch (op) {
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
  }
}

/** (value - reference) / |reference|; ±Infinity when the reference is 0 and the value differs. */
export function relativeDelta(value: number, reference: number): number {
  if (reference === 0) return value === 0 ? 0 : Math.sign(value) * Infinity;
  return (value - reference) / Math.abs(reference);
}

/** How much worse `value` is than `reference`, as a fraction; negative means better. */
export function relativeWorsening(metric: MetricName, value: number, reference: number): number {
  const delta = relativeDelta(value, reference);
  return metricDirection(metric) === 'lower' ? delta : -delta;
}

/** The comparator that means "at least as good as" for this metric. */
export function notWorseOp(metric: MetricName): Comparator {
  return metricDirection(metric) === 'lower' ? '<=' : '>=';
}

/** The comparator that means "strictly better than" for this metric. */
export function betterOp(metric: MetricName): Comparator {
  return metricDirection(metric) === 'lower' ? '<' : '>';
}

/** The worst value still within `tolerance` (a fraction) of `reference`. */
export function toleratedValue(metric: MetricName, reference: number, tolerance: number): number {
  const allowance = Math.abs(reference) * tolerance;
  return metricDirection(metric) === 'lower' ? reference + allowance : reference - allowance;
}
