// The report as a file, for pull requests from forks: the untrusted PR run writes it (mode
// file) and uploads it as an artifact; a workflow_run workflow with a write token downloads it
// and posts it (mode post-file) without running any PR code. The file is untrusted data there:
// read with a size limit, every field checked, the body only ever sent as text.
import { statSync } from 'node:fs';
import { InputFileError, parseJsonText, readText, writeFileAtomic } from '@slipway/shared';
import { MAX_BODY_CHARS, markerFor } from './render.js';

export const REPORT_FILE_FORMAT = 1;
/** A generous bound on the JSON around a body of MAX_BODY_CHARS (escaping can double it). */
export const MAX_REPORT_FILE_BYTES = 4 * MAX_BODY_CHARS + 4096;

export interface ReportFile {
  format: number;
  project: string;
  pull_request: number;
  body: string;
}

export function writeReportFile(file: string, report: Omit<ReportFile, 'format'>): void {
  writeFileAtomic(file, `${JSON.stringify({ format: REPORT_FILE_FORMAT, ...report })}\n`);
}

function check(condition: boolean, file: string, message: string): asserts condition {
  if (!condition) throw new InputFileError(`${file}: ${message}; the report file is not one pr-report wrote — nothing was posted`);
}

/** The untrusted file, checked against the project this workflow expects. */
export function readReportFile(file: string, expectedProject: string): ReportFile {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputFileError(`${file}: report file not found; download the artifact the pull request run uploaded first`);
  }
  check(size <= MAX_REPORT_FILE_BYTES, file, `${size} bytes, more than the ${MAX_REPORT_FILE_BYTES} a report can take`);
  const value = parseJsonText(readText(file, 'report file'), file) as Partial<Record<keyof ReportFile, unknown>> | null;
  check(typeof value === 'object' && value !== null && !Array.isArray(value), file, 'not a JSON object');
  check(value.format === REPORT_FILE_FORMAT, file, `format: expected ${REPORT_FILE_FORMAT}`);
  check(value.project === expectedProject, file, `project: expected "${expectedProject}", found ${JSON.stringify(value.project)}`);
  const pr = value.pull_request;
  check(
    typeof pr === 'number' && Number.isSafeInteger(pr) && pr > 0,
    file,
    `pull_request: expected a positive integer, found ${JSON.stringify(pr)}`,
  );
  const body = value.body;
  check(typeof body === 'string', file, 'body: expected a string');
  check(body.length <= MAX_BODY_CHARS, file, `body: ${body.length} characters, more than ${MAX_BODY_CHARS}`);
  const marker = markerFor(expectedProject);
  check(body.startsWith(marker), file, `body: does not start with the marker ${marker}`);
  // A second marker could make this comment pass for another project's sticky comment.
  check(body.split('<!-- slipway-report:').length === 2, file, 'body: holds more than one report marker');
  return { format: REPORT_FILE_FORMAT, project: expectedProject, pull_request: pr, body };
}
