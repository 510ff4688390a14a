// Gathers the metric values the gates need, failing with the file and field of any that is missing.
import {
  InputFileError,
  readMetricsFile,
  readPairedComparison,
  requireMetric,
  type MetricBlock,
  type MetricName,
  type MetricsFile,
  type MetricValues,
  type PairedComparison,
} from '@slipway/shared';
import type { GateInputs } from './inputs.js';

function pick(options: {
  values: MetricBlock;
  metrics: MetricName[];
  file: string;
  block: string;
  neededBy: (m: MetricName) => string;
  undefinedReasons?: MetricsFile['undefined_metrics'];
}): MetricValues {
  const picked: Partial<MetricValues> = {};
  for (const metric of options.metrics) {
    picked[metric] = requireMetric({
      values: options.values,
      metric,
      file: options.file,
      block: options.block,
      neededBy: options.neededBy(metric),
      ...(options.undefinedReasons ? { undefinedReasons: options.undefinedReasons } : {}),
    });
  }
  return picked as MetricValues;
}

export interface CollectedMetrics {
  file: string;
  metrics: MetricsFile;
  candidate: MetricValues;
  baselineMean: MetricValues;
  baseline?: { file: string; values: MetricValues };
  paired?: { file: string; comparison: PairedComparison };
}

function readPaired(file: string, metrics: MetricName[], project: string): { file: string; comparison: PairedComparison } {
  const comparison = readPairedComparison(file);
  if (comparison.project !== project) {
    throw new InputFileError(
      `${file}: project: "${comparison.project}" is not the gated project "${project}" — pass the paired-comparison-file of the same training run`,
    );
  }
  for (const metric of metrics) {
    if (comparison.metrics[metric] === undefined) {
      throw new InputFileError(
        `${file}: metrics.${metric}: missing but the regression check needs it — re-train with --production-bundle using this trainer`,
      );
    }
  }
  return { file, comparison };
}

export function collectMetrics(inputs: GateInputs): CollectedMetrics {
  const { file, metrics } = readMetricsFile(inputs.metricsPath);
  const gated = [...new Set(inputs.spec.gates.map((g) => g.metric))];
  const primary = inputs.spec.selection.metric;
  const gateOf = (metric: MetricName): string => {
    const index = inputs.spec.gates.findIndex((g) => g.metric === metric);
    return index >= 0 ? `gates[${index}] of ${inputs.specFile}` : `selection.metric of ${inputs.specFile}`;
  };
  const candidate = pick({
    values: metrics.test,
    metrics: [...new Set([...gated, primary])],
    file,
    block: 'test',
    neededBy: gateOf,
    ...(metrics.undefined_metrics ? { undefinedReasons: metrics.undefined_metrics } : {}),
  });
  const baselineMean = pick({
    values: metrics.baseline_mean,
    metrics: [primary],
    file,
    block: 'baseline_mean',
    neededBy: () => 'the training-mean baseline check',
  });
  const paired = inputs.pairedPath === undefined ? undefined : readPaired(inputs.pairedPath, gated, metrics.project);
  if (inputs.baselinePath === undefined) return { file, metrics, candidate, baselineMean, ...(paired ? { paired } : {}) };
  const production = readMetricsFile(inputs.baselinePath);
  const values = pick({
    values: production.metrics.test,
    metrics: [...new Set([...gated, primary])],
    file: production.file,
    block: 'test',
    neededBy: gateOf,
  });
  return { file, metrics, candidate, baselineMean, baseline: { file: production.file, values }, ...(paired ? { paired } : {}) };
}
