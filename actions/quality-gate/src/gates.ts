// The gate logic, pure: metrics in, one verdict row per check out.
import {
  betterOp,
  compare,
  notWorseOp,
  relativeDelta,
  relativeWorsening,
  toleratedValue,
  type Comparator,
  type Gate,
  type MetricName,
  type MetricValues,
} from '@slipway/shared';

/** One row of the report and of the `verdicts` output (docs/ARCHITECTURE.md). */
export interface Verdict {
  gate: string;
  metric: MetricName;
  value: number;
  op: Comparator;
  threshold: number;
  /** The production model's value of the metric, when a baseline was given. */
  baseline: number | null;
  /** Relative change against `baseline`: (value - baseline) / |baseline|. */
  delta: number | null;
  passed: boolean;
}

export interface GateEvaluation {
  gates: Gate[];
  /** The candidate's test metrics. */
  metrics: MetricValues;
  /** The production model's test metrics, if there is one. */
  baseline?: MetricValues;
  /** Largest tolerated relative worsening against the baseline (0.05 = 5 %). */
  tolerance: number;
  /** Test metrics of the predict-the-training-mean model on the same rows. */
  baselineMean: MetricValues;
  /** The project's primary metric: the model must beat the trivial baseline on it. */
  primaryMetric: MetricName;
}

// Relative worsening exactly at the tolerance passes; this absorbs the rounding of
// reference * (1 + tolerance) so that "exactly at" is not decided by the last bit.
const TOLERANCE_EPSILON = 1e-9;

function deltaAgainst(value: number, baseline: number | undefined): number | null {
  return baseline === undefined ? null : relativeDelta(value, baseline);
}

function thresholdVerdicts(input: GateEvaluation): Verdict[] {
  return input.gates.map((gate) => {
    const value = input.metrics[gate.metric];
    const baseline = input.baseline?.[gate.metric];
    return {
      gate: `${gate.metric} ${gate.op} ${gate.threshold}`,
      metric: gate.metric,
      value,
      op: gate.op,
      threshold: gate.threshold,
      baseline: baseline ?? null,
      delta: deltaAgainst(value, baseline),
      passed: compare(value, gate.op, gate.threshold),
    };
  });
}

function regressionVerdicts(input: GateEvaluation): Verdict[] {
  const baseline = input.baseline;
  if (!baseline) return [];
  const metrics = [...new Set(input.gates.map((g) => g.metric))];
  return metrics.map((metric) => {
    const value = input.metrics[metric];
    const reference = baseline[metric];
    const worsening = relativeWorsening(metric, value, reference);
    return {
      gate: `${metric} within ${+(input.tolerance * 100).toFixed(4)} % of production`,
      metric,
      value,
      op: notWorseOp(metric),
      threshold: toleratedValue(metric, reference, input.tolerance),
      baseline: reference,
      delta: relativeDelta(value, reference),
      passed: !Number.isNaN(worsening) && worsening <= input.tolerance + TOLERANCE_EPSILON,
    };
  });
}

function trivialBaselineVerdict(input: GateEvaluation): Verdict {
  const metric = input.primaryMetric;
  const value = input.metrics[metric];
  const mean = input.baselineMean[metric];
  const op = betterOp(metric);
  return {
    gate: `${metric} beats the training-mean baseline`,
    metric,
    value,
    op,
    threshold: mean,
    baseline: input.baseline?.[metric] ?? null,
    delta: deltaAgainst(value, input.baseline?.[metric]),
    passed: compare(value, op, mean),
  };
}

/** Spec gates, then regression against production (if given), then the trivial baseline. */
export function evaluateGates(input: GateEvaluation): Verdict[] {
  return [...thresholdVerdicts(input), ...regressionVerdicts(input), trivialBaselineVerdict(input)];
}

export function breached(verdicts: Verdict[]): Verdict[] {
  return verdicts.filter((v) => !v.passed);
}
