// Reads a bundle's metrics.json (or the bundle folder holding it) and checks its shape, so a
// missing or misspelt metric is reported with the file and field instead of as `undefined`.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { InputFileError, readJsonFile } from './read-document.js';
import { validateDocument } from './schemas.js';
import type { MetricBlock, MetricName, MetricsFile, PairedComparison } from './types.js';

/** A metrics.json path, given either the file or the bundle folder that holds it. */
export function metricsFilePath(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, 'metrics.json') : path;
  } catch {
    return path;
  }
}

export function readMetricsFile(path: string): { file: string; metrics: MetricsFile } {
  const file = metricsFilePath(path);
  const metrics = validateDocument<MetricsFile>('metrics-file', readJsonFile(file, 'metrics file'), file);
  return { file, metrics };
}

/** train-model's paired-comparison.json (the production model scored on the candidate's test rows). */
export function readPairedComparison(file: string): PairedComparison {
  return validateDocument<PairedComparison>('paired-comparison', readJsonFile(file, 'paired comparison file'), file);
}

/** The value of `metric` in a metrics block, or an error naming the file and the field. */
export function requireMetric(options: {
  values: MetricBlock;
  metric: MetricName;
  file: string;
  block: string;
  neededBy: string;
  /** metrics.json's undefined_metrics: why a metric is null (mape with a zero target). */
  undefinedReasons?: Partial<Record<MetricName, string>>;
}): number {
  const value = options.values[options.metric];
  const reason = options.undefinedReasons?.[options.metric];
  if (value === null || (value === undefined && reason !== undefined)) {
    throw new InputFileError(
      `${options.file}: ${options.block}.${options.metric}: metric "${options.metric}" is undefined (${reason ?? 'null in the file'}) but ${options.neededBy} needs it — gate on mse, rmse or mae instead`,
    );
  }
  if (typeof value !== 'number') {
    throw new InputFileError(
      `${options.file}: ${options.block}.${options.metric}: metric "${options.metric}" is missing but ${options.neededBy} needs it — re-train with a trainer that reports it, or remove the gate`,
    );
  }
  return value;
}
