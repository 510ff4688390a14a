// validate-data's report-file, checked against schemas/validation-report.schema.json. Its drift
// is null without a reference profile.
import { readJsonFile, validateDocument, type DriftRow, type ValidationReport } from '@slipway/shared';

export type { DriftRow, ValidationReport };

export function parseValidationReport(value: unknown, file: string): ValidationReport {
  return validateDocument<ValidationReport>('validation-report', value, file);
}

export function readValidationReport(file: string): ValidationReport {
  return parseValidationReport(readJsonFile(file, 'validation report'), file);
}
