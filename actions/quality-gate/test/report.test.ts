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
};
const metrics = { project: 'house-prices', chosen: 'linear_regression', n_test: 17 } as MetricsFile;

describe('renderReport', () => {
  it('has one table row per verdict with value, threshold, baseline, delta and verdict', () => {
    const report = renderReport({ verdicts: [pass, fail], metrics, metricsFile: '/b/metrics.json', tolerance: 0.05 });
    expect(report).toContain('## Quality gate: failed ❌ (1 of 2 checks)');
    expect(report).toContain('| r2 >= 0.6 | 0.8123 | >= 0.6 | 0.8 | +1.54 % | ✅ pass |');
    expect(report).toContain('| mae <= 25000 | 34,607.6 | <= 25,000 | — | — | ❌ fail |');
    expect(report).toContain('no production baseline given');
  });
  it('names the production metrics file and tolerance when given', () => {
    const report = renderReport({ verdicts: [pass], metrics, metricsFile: 'm.json', baselineFile: 'prod.json', tolerance: 0.05 });
    expect(report).toContain('## Quality gate: passed ✅');
    expect(report).toContain('against production metrics `prod.json` (tolerated regression 5.00 %)');
  });
  it('lists each breached gate with its value in the failure message', () => {
    expect(breachMessage([fail])).toBe('quality gate failed: mae <= 25000 (value 34,607.6, needs <= 25,000)');
  });
});
