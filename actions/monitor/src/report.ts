// The JSON report (schemas/monitor-report.schema.json): what was read, the figures, the verdict.
import type { Analysis } from './analysis.js';
import type { BundleFacts } from './bundle.js';
import type { WindowRead } from './read-window.js';
import type { Thresholds } from './thresholds.js';

export const REPORT_FORMAT = 'slipway-monitor-report';
export const REPORT_VERSION = 1;

export interface MonitorReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  project: string;
  model_version: string;
  bundle: string;
  records: string;
  profile: string | null;
  window: { start: string; end: string };
  verdict: Analysis['verdict'];
  retrain_needed: boolean;
  reasons: string[];
  notes: string[];
  counts: {
    prediction_files: number;
    feedback_files: number;
    predictions: number;
    other_versions: Record<string, number>;
    outside_window: number;
    feedback_records: number;
    labelled: number;
    labelled_without_interval: number;
  };
  hourly: { hour: string; predictions: number }[];
  input_drift: Analysis['input_drift'];
  prediction_drift: Analysis['prediction_drift'];
  live_error: Analysis['live_error'];
  coverage: Analysis['coverage'];
  thresholds: Thresholds;
}

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
