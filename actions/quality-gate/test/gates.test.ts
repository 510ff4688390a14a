import { describe, expect, it } from '@jest/globals';
import type { MetricValues } from '@slipway/shared';
import { breached, evaluateGates, type GateEvaluation } from '../src/gates.js';

const metrics: MetricValues = { mse: 400, rmse: 20, mae: 15, r2: 0.8, mape: 0.1 };
const baselineMean: MetricValues = { mse: 2500, rmse: 50, mae: 40, r2: -0.01, mape: 0.4 };

function evaluation(overrides: Partial<GateEvaluation> = {}): GateEvaluation {
  return {
    gates: [
      { metric: 'r2', op: '>=', threshold: 0.6 },
      { metric: 'rmse', op: '<=', threshold: 30 },
    ],
    metrics,
    tolerance: 0.05,
    baselineMean,
    primaryMetric: 'rmse',
    ...overrides,
  };
}

describe('evaluateGates without a production baseline', () => {
  it('gives one row per spec gate and one for the training-mean baseline', () => {
    const verdicts = evaluateGates(evaluation());
    expect(verdicts.map((v) => [v.gate, v.passed])).toEqual([
      ['r2 >= 0.6', true],
      ['rmse <= 30', true],
      ['rmse beats the training-mean baseline', true],
    ]);
    expect(verdicts[2]).toMatchObject({ op: '<', threshold: 50, value: 20, baseline: null, delta: null });
  });

  it('passes a value equal to an inclusive threshold and fails it for a strict one', () => {
    const gates = [
      { metric: 'rmse' as const, op: '<=' as const, threshold: 20 },
      { metric: 'rmse' as const, op: '<' as const, threshold: 20 },
      { metric: 'r2' as const, op: '>=' as const, threshold: 0.8 },
      { metric: 'r2' as const, op: '>' as const, threshold: 0.8 },
    ];
    expect(evaluateGates(evaluation({ gates })).map((v) => v.passed)).toEqual([true, false, true, false, true]);
  });

  it('fails every check on a NaN metric', () => {
    const verdicts = evaluateGates(evaluation({ metrics: { ...metrics, rmse: NaN, r2: NaN } }));
    expect(verdicts.map((v) => v.passed)).toEqual([false, false, false]);
  });

  it('fails a model that is no better than predicting the mean', () => {
    const verdicts = evaluateGates(evaluation({ metrics: { ...metrics, rmse: 50 }, gates: [{ metric: 'mae', op: '<=', threshold: 100 }] }));
    expect(breached(verdicts).map((v) => v.gate)).toEqual(['rmse beats the training-mean baseline']);
  });

  it('uses > for the trivial baseline when the primary metric is r2', () => {
    const verdicts = evaluateGates(evaluation({ primaryMetric: 'r2', metrics: { ...metrics, r2: -0.02 } }));
    expect(verdicts.at(-1)).toMatchObject({ gate: 'r2 beats the training-mean baseline', op: '>', threshold: -0.01, passed: false });
  });
});

describe('evaluateGates against production', () => {
  it('adds one regression row per gated metric with the relative delta', () => {
    const baseline = { ...metrics, rmse: 19, r2: 0.82 };
    const verdicts = evaluateGates(evaluation({ baseline }));
    expect(verdicts.map((v) => v.gate)).toEqual([
      'r2 >= 0.6',
      'rmse <= 30',
      'r2 within 5 % of production',
      'rmse within 5 % of production',
      'rmse beats the training-mean baseline',
    ]);
    const rmse = verdicts[3]!;
    expect(rmse.op).toBe('<=');
    expect(rmse.threshold).toBeCloseTo(19.95, 12);
    expect(rmse.delta).toBeCloseTo(1 / 19, 12);
    expect(rmse.passed).toBe(false);
    const r2 = verdicts[2]!;
    expect(r2.op).toBe('>=');
    expect(r2.threshold).toBeCloseTo(0.779, 12);
    expect(r2.passed).toBe(true);
    expect(verdicts[0]).toMatchObject({ baseline: 0.82 });
    expect(verdicts[0]!.delta).toBeCloseTo(-0.02 / 0.82, 12);
  });

  it('passes a regression exactly at the tolerance and fails just beyond it', () => {
    const at = evaluateGates(evaluation({ baseline: { ...metrics, rmse: 100 }, metrics: { ...metrics, rmse: 105 }, tolerance: 0.05 }));
    expect(at.find((v) => v.gate.startsWith('rmse within'))!.passed).toBe(true);
    const beyond = evaluateGates(
      evaluation({ baseline: { ...metrics, rmse: 100 }, metrics: { ...metrics, rmse: 105.001 }, tolerance: 0.05 }),
    );
    expect(beyond.find((v) => v.gate.startsWith('rmse within'))!.passed).toBe(false);
  });

  it('treats a lower r2 as the regression, not a higher one', () => {
    const better = evaluateGates(evaluation({ baseline: { ...metrics, r2: 0.5 }, tolerance: 0 }));
    expect(better.find((v) => v.gate.startsWith('r2 within'))!.passed).toBe(true);
    const worse = evaluateGates(evaluation({ baseline: { ...metrics, r2: 0.81 }, tolerance: 0 }));
    expect(worse.find((v) => v.gate.startsWith('r2 within'))!.passed).toBe(false);
  });

  it('fails the regression check on a NaN metric even with full tolerance', () => {
    const verdicts = evaluateGates(evaluation({ baseline: metrics, metrics: { ...metrics, rmse: NaN }, tolerance: 1 }));
    expect(verdicts.find((v) => v.gate.startsWith('rmse within'))!.passed).toBe(false);
  });
});

describe('evaluateGates on paired rows (paired-comparison.json)', () => {
  const pairedOf = (rmse: { candidate: number; production: number; lower: number }) => ({
    format: 1 as const,
    project: 'house-prices',
    candidate_version: 'c',
    production_version: 'p',
    method: 'paired percentile bootstrap over the candidate test rows',
    rows: 400,
    resamples: 1000,
    confidence: 0.95,
    seed: 42,
    same_split: true,
    metrics: {
      rmse: {
        candidate: rmse.candidate,
        production: rmse.production,
        relative_worsening: (rmse.candidate - rmse.production) / rmse.production,
        worsening_lower: rmse.lower,
        worsening_upper: 0.2,
      },
      r2: { candidate: 0.8, production: 0.8, relative_worsening: 0, worsening_lower: -0.01, worsening_upper: 0.01 },
    },
  });
  const rmseRow = (input: GateEvaluation) => evaluateGates(input).find((v) => v.gate.startsWith('rmse within'))!;

  it('passes a worsening beyond the tolerance that is within the noise, and says so', () => {
    // The case: 7 % worse on 400 rows, where the noise of RMSE is ~7 %.
    const row = rmseRow(evaluation({ paired: pairedOf({ candidate: 107, production: 100, lower: -0.02 }) }));
    expect(row).toMatchObject({ passed: true, value: 107, baseline: 100, worsening_lower: -0.02, confidence: 0.95 });
    expect(row.gate).toBe('rmse within 5 % of production (paired, 95 %)');
    expect(row.note).toBe('worse than tolerated (+7.0 %) but within noise (95 % lower bound -2.0 % ≤ 0): passes');
  });

  it('fails a worsening beyond the tolerance and beyond the noise', () => {
    const row = rmseRow(evaluation({ paired: pairedOf({ candidate: 107, production: 100, lower: 0.03 }) }));
    expect(row.passed).toBe(false);
    expect(row.note).toBe('worse beyond tolerance and beyond noise (+7.0 %; 95 % lower bound +3.0 % > 0)');
  });

  it('passes a worsening beyond the noise but within the tolerance', () => {
    const row = rmseRow(evaluation({ paired: pairedOf({ candidate: 103, production: 100, lower: 0.01 }) }));
    expect(row.passed).toBe(true);
    expect(row.note).toBe('within tolerance (+3.0 % on the same 400 rows)');
  });

  it('decides on the paired rows, not on production metrics from other rows', () => {
    // Unpaired, production's own test RMSE (90) would make 107 a 19 % regression.
    const input = evaluation({ baseline: { ...metrics, rmse: 90 }, paired: pairedOf({ candidate: 107, production: 100, lower: -0.02 }) });
    expect(rmseRow(input).passed).toBe(true);
    expect(rmseRow(evaluation({ baseline: { ...metrics, rmse: 90 }, metrics: { ...metrics, rmse: 107 } })).passed).toBe(false);
  });
});
