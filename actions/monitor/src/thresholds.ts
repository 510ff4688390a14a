// The monitor's thresholds: the project spec's `monitoring:` section over these defaults
// (documented in README.md; schemas/model-project.schema.json $defs.monitoring).
import type { MonitoringSpec, MonitorThresholds } from '@slipway/shared';

/** The thresholds the monitor applies (schemas/monitor-report.schema.json, `thresholds`). */
export type Thresholds = MonitorThresholds;

export const DEFAULT_THRESHOLDS: Thresholds = {
  minPredictions: 100,
  minLabels: 30,
  confidence: 0.95,
  drift: { psiWarning: 0.1, psiRetrain: 0.25, pValue: 0.001 },
  predictionDrift: { psiWarning: 0.1, psiRetrain: 0.25 },
  liveError: { metric: 'rmse', ratioWarning: 1.25, ratioRetrain: 1.5 },
  coverage: { shortfallWarning: 0.05, shortfallRetrain: 0.15 },
};

/** Merges the spec's section over the defaults; a warning level above its retrain level is an error naming both. */
export function thresholdsFrom(spec: MonitoringSpec | undefined, where: string): Thresholds {
  const d = DEFAULT_THRESHOLDS;
  const t: Thresholds = {
    minPredictions: spec?.min_predictions ?? d.minPredictions,
    minLabels: spec?.min_labels ?? d.minLabels,
    confidence: spec?.confidence ?? d.confidence,
    drift: {
      psiWarning: spec?.drift?.psi_warning ?? d.drift.psiWarning,
      psiRetrain: spec?.drift?.psi_retrain ?? d.drift.psiRetrain,
      pValue: spec?.drift?.p_value ?? d.drift.pValue,
    },
    predictionDrift: {
      psiWarning: spec?.prediction_drift?.psi_warning ?? d.predictionDrift.psiWarning,
      psiRetrain: spec?.prediction_drift?.psi_retrain ?? d.predictionDrift.psiRetrain,
    },
    liveError: {
      metric: spec?.live_error?.metric ?? d.liveError.metric,
      ratioWarning: spec?.live_error?.ratio_warning ?? d.liveError.ratioWarning,
      ratioRetrain: spec?.live_error?.ratio_retrain ?? d.liveError.ratioRetrain,
    },
    coverage: {
      shortfallWarning: spec?.coverage?.shortfall_warning ?? d.coverage.shortfallWarning,
      shortfallRetrain: spec?.coverage?.shortfall_retrain ?? d.coverage.shortfallRetrain,
    },
  };
  const pairs: [string, number, number][] = [
    ['drift.psi', t.drift.psiWarning, t.drift.psiRetrain],
    ['prediction_drift.psi', t.predictionDrift.psiWarning, t.predictionDrift.psiRetrain],
    ['live_error.ratio', t.liveError.ratioWarning, t.liveError.ratioRetrain],
    ['coverage.shortfall', t.coverage.shortfallWarning, t.coverage.shortfallRetrain],
  ];
  for (const [name, warning, retrain] of pairs) {
    if (warning > retrain) {
      throw new Error(
        `${where}: monitoring.${name}_warning ${warning} is above monitoring.${name}_retrain ${retrain}; a warning level must not exceed the retrain level`,
      );
    }
  }
  return t;
}
