// The gate logic, pure: metrics in, one verdict row per check out.
import {
  betterOp,
  compare,
  notWorseOp,
  relativeDelta,
  relativeWorsening,
  toleratedValue,
  type Gate,
  type GateVerdict,
  type MetricName,
  type MetricValues,
  type PairedComparison,
} from '@slipway/shared';

/** One row of the report and of the `verdicts` output: schemas/gate-verdicts.schema.json. */
export type Verdict = GateVerdict;

export interface GateEvaluation {
  gates: Gate[];
  /** The candidate's test metrics. */
  metrics: MetricValues;
  /** The production model's test metrics, if there is one. */
  baseline?: MetricValues;
  /** Both models on the candidate's test rows: the regression check then allows for noise. */
  paired?: PairedComparison;
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
      note: '',
    };
  });
}

const percent = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/** Fails only when the candidate is worse than tolerated AND worse beyond the noise of the
 * rows: the paired bootstrap's one-sided lower bound of the worsening is above 0. */
function pairedVerdicts(input: GateEvaluation, paired: PairedComparison): Verdict[] {
  const metrics = [...new Set(input.gates.map((g) => g.metric))];
  const level = `${+(paired.confidence * 100).toFixed(2)} %`;
  return metrics.flatMap((metric) => {
    const row = paired.metrics[metric];
    if (row === undefined) return [];
    const beyondTolerance = !(row.relative_worsening <= input.tolerance + TOLERANCE_EPSILON);
    const beyondNoise = row.worsening_lower > 0;
    const bound = `${level} lower bound ${percent(row.worsening_lower)}`;
    const note = !beyondTolerance
      ? `within tolerance (${percent(row.relative_worsening)} on the same ${paired.rows} rows)`
      : beyondNoise
        ? `worse beyond tolerance and beyond noise (${percent(row.relative_worsening)}; ${bound} > 0)`
        : `worse than tolerated (${percent(row.relative_worsening)}) but within noise (${bound} ≤ 0): passes`;
    return [
      {
        gate: `${metric} within ${+(input.tolerance * 100).toFixed(4)} % of production (paired, ${level})`,
        metric,
        value: row.candidate,
        op: notWorseOp(metric),
        threshold: toleratedValue(metric, row.production, input.tolerance),
        baseline: row.production,
        delta: relativeDelta(row.candidate, row.production),
        passed: !(beyondTolerance && beyondNoise),
        note,
        worsening_lower: row.worsening_lower,
        confidence: paired.confidence,
      },
    ];
  });
}

function regressionVerdicts(input: GateEvaluation): Verdict[] {
  if (input.paired) return pairedVerdicts(input, input.paired);
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
      note: 'unpaired: production measured on its own test rows; the noise of the rows is not allowed for',
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
    note: '',
  };
}

/** Spec gates, then regression against production (if given), then the trivial baseline. */
export function evaluateGates(input: GateEvaluation): Verdict[] {
  return [...thresholdVerdicts(input), ...regressionVerdicts(input), trivialBaselineVerdict(input)];
}

export function breached(verdicts: Verdict[]): Verdict[] {
  return verdicts.filter((v) => !v.passed);
}
