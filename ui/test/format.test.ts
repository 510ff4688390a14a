import { describe, expect, it } from 'vitest';
import { formatCoverage, formatMetric, formatTrainedAt, formatValue, gateVerdicts } from '../src/lib/format';
import { modelInfo } from './fixtures';

describe('format', () => {
  it('shows USD as whole dollars and other units after the number', () => {
    expect(formatValue(312345.6, 'USD')).toBe('$312,346');
    expect(formatValue(1800.256, 'square feet')).toBe('1,800.26 square feet');
    expect(formatValue(7, undefined)).toBe('7');
    expect(formatValue(7.125, null)).toBe('7.13');
  });

  it('shows mape as a percentage and r2 without a unit', () => {
    expect(formatMetric('mape', 0.0324772, 'USD')).toBe('3.25 %');
    expect(formatMetric('r2', 0.98683691, 'USD')).toBe('0.9868');
    expect(formatMetric('rmse', 18141.81, 'USD')).toBe('$18,142');
  });

  it('shows a small mse with its digits (abalone: 4.918 against a gate of 6) and a large one whole', () => {
    expect(formatMetric('mse', 4.91842, 'years')).toBe('4.918');
    expect(formatMetric('mse', 0.012345, null)).toBe('0.01235');
    expect(formatMetric('mse', 329111222.7, 'USD')).toBe('329,111,223');
  });

  it('shows coverage and trained-at as people read them', () => {
    expect(formatCoverage(0.9)).toBe('90 %');
    expect(formatTrainedAt('2026-11-22T05:47:59Z')).toBe('2026-11-22 05:47 UTC');
    expect(formatTrainedAt('yesterday')).toBe('yesterday');
  });

  it('judges each gate against the test metric', () => {
    const model = modelInfo();
    model.gates = [
      { metric: 'r2', op: '>=', threshold: 0.6 },
      { metric: 'rmse', op: '<', threshold: 10000 },
      { metric: 'mape', op: '<', threshold: 1 },
    ];
    delete model.metrics.test.mape; // a metric the bundle did not measure: no verdict
    expect(gateVerdicts(model).map((verdict) => verdict.passed)).toEqual([true, false, undefined]);
  });
});
