import { describe, expect, it } from '@jest/globals';
import type { MetricsFile } from '@slipway/shared';
import { breachMessage, renderReport } from '../src/report.js';
import type { Verdict } from '../src/gates.js';

const pass: Verdict = {
  gate: 'r2 >= 0.6',
  metric: 'r2',
  value: 0.8123,
  op: '>=',
  threshold: 0.6,
  baseline: 0.8,
  delta: 0.015375,
  passed: true,
  note: '',
};
const fail: Verdict = {
  gate: 'mae <= 25000',
  metric: 'mae',
  value: 34607.6,
  op: '<=',
  threshold: 25000,
  baseline: null,
  delta: null,
  passed: false,
  note: '',
};
const test = { mse: 9e8, rmse: 30000, mae: 24000, r2: 0.81, mape: 0.1 };
const metrics: MetricsFile = {
  project: 'house-prices',
  primary_metric: 'rmse',
  chosen: 'linear_regression',
  n_train: 67,
  n_test: 17,
  cv_folds: 5,
  test,
  test_intervals: { rmse: { low: 26000, high: 34500, sd: 2100 } },
  bootstrap: { method: 'percentile bootstrap over the test rows', resamples: 1000, confidence: 0.95, seed: 42, rows: 17 },
  baseline_mean: { mse: 4e9, rmse: 63000, mae: 50000, r2: -0.01, mape: 0.3 },
  candidates: [{ name: 'linear_regression', model: 'linear_regression', cv: {}, test }],
};

describe('renderReport', () => {
  it('has one table row per verdict with value, threshold, baseline, delta and verdict', () => {
    const report = renderReport({ verdicts: [pass, fail], metrics, metricsFile: '/b/metrics.json', tolerance: 0.05 });
    expect(report).toContain('## Quality gate: failed ❌ (1 of 2 checks)');
    expect(report).toContain('| r2 >= 0.6 | 0.8123 | >= 0.6 | 0.8 | +1.54 % | ✅ pass | — |');
    expect(report).toContain('| mae <= 25000 | 34,607.6 | <= 25,000 | — | — | ❌ fail | — |');
    expect(report).toContain('no production baseline given');
  });
  it('names the production metrics file and tolerance when given', () => {
    const report = renderReport({ verdicts: [pass], metrics, metricsFile: 'm.json', baselineFile: 'prod.json', tolerance: 0.05 });
    expect(report).toContain('## Quality gate: passed ✅');
    expect(report).toContain('against production metrics `prod.json` (tolerated regression 5.00 %; unpaired');
  });
  it('shows every test metric with its bootstrap interval and says what the interval is', () => {
    const report = renderReport({ verdicts: [pass], metrics, metricsFile: 'm.json', tolerance: 0.05 });
    expect(report).toContain('Test metrics, 95 % bootstrap interval over the 17 test rows (1000 seeded resamples):');
    expect(report).toContain('| rmse | 30,000 | [26,000, 34,500] | 2,100 |');
    expect(report).toContain('| mae | 24,000 | — | — |');
  });
  it('says a metrics file without intervals has none instead of inventing them', () => {
    const old: MetricsFile = { ...metrics };
    delete old.test_intervals;
    delete old.bootstrap;
    const report = renderReport({ verdicts: [pass], metrics: old, metricsFile: 'm.json', tolerance: 0.05 });
    expect(report).toContain('this metrics file has no bootstrap intervals');
  });
  it('names the paired comparison, its rows and the rule when the gate decided on paired rows', () => {
    const comparison = {
      format: 1 as const,
      project: 'house-prices',
      candidate_version: 'house-prices-aaa',
      production_version: 'house-prices-bbb',
      method: 'paired percentile bootstrap',
      rows: 400,
      resamples: 1000,
      confidence: 0.95,
      seed: 42,
      same_split: false,
      metrics: {},
    };
    const report = renderReport({
      verdicts: [pass],
      metrics,
      metricsFile: 'm.json',
      paired: { file: 'p.json', comparison },
      tolerance: 0.05,
    });
    expect(report).toContain('against production `house-prices-bbb` scored on the same 400 test rows (`p.json`)');
    expect(report).toContain('beyond the tolerated 5.00 % AND beyond the noise (one-sided 95 % paired-bootstrap bound above 0)');
    expect(report).toContain('production may have trained on some of these rows (other data or split), which favours it');
  });
  it('lists each breached gate with its value in the failure message', () => {
    expect(breachMessage([fail])).toBe('quality gate failed: mae <= 25000 (value 34,607.6, needs <= 25,000)');
  });
});
