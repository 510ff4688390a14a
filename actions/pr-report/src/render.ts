// The whole report body: the hidden marker, the verdict first, then metrics, chart, gates,
// data checks, and the links. The same text goes to the PR comment and the job summary.
import { inlineCode } from '@slipway/shared';
import type { MetricsFile } from '@slipway/shared';
import type { Fingerprint } from './model-facts.js';
import { dataChecksSection, gateTable } from './render-checks.js';
import { metricsNote, metricsTable, primaryMetricChart } from './render-metrics.js';
import type { StepOutcome } from './step-outcomes.js';
import type { ValidationReport } from './validation-report.js';
import { decideVerdict, type Verdict } from './verdict.js';
import type { GateVerdict } from './verdicts.js';

/** GitHub rejects comment bodies over 65,536 characters; leave room for the marker line. */
export const MAX_BODY_CHARS = 65_000;

export function markerFor(project: string): string {
  return `<!-- slipway-report:${project} -->`;
}

export interface ReportData {
  project: string;
  outcomes: StepOutcome[];
  validation?: ValidationReport;
  candidate?: MetricsFile;
  production?: MetricsFile;
  target?: MetricsFile;
  verdicts: GateVerdict[];
  modelVersion?: string;
  fingerprint?: Fingerprint;
  runUrl?: string;
  artifactUrl?: string;
}

export function verdictHeading(project: string, verdict: Verdict): string {
  if (verdict.passed) return `## ✅ Slipway · ${project}: passed`;
  return `## ❌ Slipway · ${project}: failed at ${verdict.failedStep ?? 'an earlier step'} (${verdict.reason ?? 'see the run'})`;
}

function identityLine(data: ReportData): string {
  const parts: string[] = [];
  if (data.modelVersion)
    parts.push(`Model ${inlineCode(data.modelVersion)}${data.candidate ? ` (${inlineCode(data.candidate.chosen)})` : ''}`);
  if (data.fingerprint) parts.push(`data ${inlineCode(data.fingerprint.sha256.slice(0, 12))} (${data.fingerprint.rows} rows)`);
  if (data.runUrl) parts.push(`[workflow run](${data.runUrl})`);
  if (data.artifactUrl) parts.push(`[model bundle](${data.artifactUrl})`);
  return parts.join(' · ');
}

function metricsSection(data: ReportData, candidate: MetricsFile): string {
  const comparison = {
    candidate,
    ...(data.production ? { production: data.production } : {}),
    ...(data.target ? { target: data.target } : {}),
  };
  const production = data.production ? '' : '\n\nNo production model yet: the candidate is compared with fixed thresholds only.';
  const chart = primaryMetricChart(comparison);
  const note = `\n\n${metricsNote(comparison)}`;
  return `### Metrics (test set, ${candidate.n_test} rows)\n\n${metricsTable(comparison)}${note}${production}${chart === undefined ? '' : `\n\n${chart}`}`;
}

function fitToLimit(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const note = '\n\n… the report was cut to fit a GitHub comment; the job summary has all of it.\n';
  return body.slice(0, MAX_BODY_CHARS - note.length) + note;
}

/**
 * Values from the data (a category, a file name) end up in the body; an HTML comment among them
 * could pass for another project's marker, so only the first line may open one.
 */
function withoutHtmlComments(text: string): string {
  return text.replaceAll('<!--', '&lt;!--');
}

export function renderReport(data: ReportData): string {
  const verdict = decideVerdict(data);
  const sections = [verdictHeading(data.project, verdict)];
  const identity = identityLine(data);
  if (identity) sections.push(identity);
  if (data.candidate) sections.push(metricsSection(data, data.candidate));
  else sections.push('No metrics: training did not run or did not finish.');
  if (data.verdicts.length > 0) sections.push(`### Quality gate\n\n${gateTable(data.verdicts)}`);
  if (data.validation) sections.push(`### Data checks\n\n${dataChecksSection(data.validation)}`);
  return fitToLimit(`${markerFor(data.project)}\n\n${withoutHtmlComments(sections.join('\n\n'))}\n`);
}
