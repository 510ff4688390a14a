// The JSON report (schemas/monitor-report.schema.json): what was read, the figures, the verdict.
import type { MonitorReport } from '@slipway/shared';
import type { Analysis } from './analysis.js';
import type { BundleFacts } from './bundle.js';
import type { WindowRead } from './read-window.js';
import type { Thresholds } from './thresholds.js';

export const REPORT_FORMAT = 'slipway-monitor-report';
export const REPORT_VERSION = 1;

/** The report: schemas/monitor-report.schema.json's generated type. */
export type { MonitorReport };

export function buildReport(options: {
  project: string;
  bundle: BundleFacts;
  records: string;
  profile: string | null;
  window: { start: number; end: number };
  read: WindowRead;
  analysis: Analysis;
  thresholds: Thresholds;
}): MonitorReport {
  const { read, analysis } = options;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    project: options.project,
    model_version: options.bundle.version,
    bundle: options.bundle.where,
    records: options.records,
    profile: options.profile,
    window: { start: new Date(options.window.start).toISOString(), end: new Date(options.window.end).toISOString() },
    verdict: analysis.verdict,
    retrain_needed: analysis.verdict === 'retrain-needed',
    reasons: analysis.reasons,
    notes: analysis.notes,
    counts: {
      prediction_files: read.predictionFiles,
      feedback_files: read.feedbackFiles,
      predictions: read.predictions,
      other_versions: read.otherVersions,
      outside_window: read.outsideWindow,
      feedback_records: read.feedbackRecords,
      labelled: read.errors.absolute.n,
      labelled_without_interval: read.labelledWithoutInterval,
    },
    hourly: [...read.hourly].map(([hour, predictions]) => ({ hour, predictions })),
    input_drift: analysis.input_drift,
    prediction_drift: analysis.prediction_drift,
    live_error: analysis.live_error,
    coverage: analysis.coverage,
    thresholds: options.thresholds,
  };
}
