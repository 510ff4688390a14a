// Reads every file the report draws on; a path that was given must exist and parse (an empty
// input means the step that makes it did not run, which the report says).
import { readMetricsFile } from '@slipway/shared';
import type { ReportInputs } from './inputs.js';
import { fingerprintOf, modelVersionOf } from './model-facts.js';
import type { ReportData } from './render.js';
import { readValidationReport } from './validation-report.js';

export function collectReportData(inputs: ReportInputs): ReportData {
  const validation = inputs.validationReportFile === undefined ? undefined : readValidationReport(inputs.validationReportFile);
  const candidate = inputs.metricsFile === undefined ? undefined : readMetricsFile(inputs.metricsFile);
  const metricsOf = (path: string | undefined) => (path === undefined ? undefined : readMetricsFile(path).metrics);
  return {
    project: inputs.project,
    outcomes: inputs.outcomes,
    validation,
    candidate: candidate?.metrics,
    production: metricsOf(inputs.baselineMetricsFile),
    target: metricsOf(inputs.targetMetricsFile),
    verdicts: inputs.verdicts,
    modelVersion: modelVersionOf({ given: inputs.modelVersion, metricsFile: candidate?.file }),
    fingerprint: fingerprintOf({ validation, metricsFile: candidate?.file }),
    runUrl: inputs.runUrl,
    artifactUrl: inputs.artifactUrl,
  };
}
