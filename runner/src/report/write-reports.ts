// Gathers the report data from a successful run and writes report.md, report.html and
// each step's summary into the run folder (atomically).
import { join } from 'node:path';
import type { StepResult } from '../run-pipeline.js';
import { writeFileAtomic } from '../run-folder.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { parseVerdicts, readBundle, readProvenance, type Provenance, type ReportData } from './report-data.js';

function stepNamed(steps: readonly StepResult[], id: string): StepResult {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`report: the pipeline has no step "${id}", which the report reads`);
  return step;
}

function output(step: StepResult, name: string): string {
  const value = step.outputs[name];
  if (value === undefined) throw new Error(`report: step ${step.id} (${step.action}) did not set output "${name}"`);
  return value;
}

export function writeStepSummaries(runDir: string, steps: readonly StepResult[]): void {
  for (const step of steps) writeFileAtomic(join(runDir, 'summaries', `${step.id}-${step.action}.md`), step.summary);
}

export function collectReportData(project: string, steps: readonly StepResult[], createdAt: Date): ReportData {
  const train = stepNamed(steps, 'train');
  const gate = stepNamed(steps, 'gate');
  const bundleDir = output(train, 'bundle-path');
  const bundle = readBundle(bundleDir);
  return {
    project,
    version: output(train, 'model-version'),
    target: bundle.target,
    createdAt: createdAt.toISOString(),
    steps: steps.map((s) => ({ id: s.id, action: s.action, ok: s.ok, durationMs: s.durationMs, summary: s.summary })),
    metrics: bundle.metrics,
    predictions: bundle.predictions,
    importance: bundle.importance,
    verdicts: parseVerdicts(output(gate, 'verdicts'), 'quality-gate output'),
    passed: output(gate, 'passed') === 'true',
    provenance: [
      ...dataChecks(steps),
      ...readProvenance(bundleDir),
      { label: 'MLflow run', value: train.outputs['mlflow-run-id'] ?? '—' },
      { label: 'bundle', value: bundleDir },
    ],
  };
}

/** validate-data's verdict, when the run validated its data first. */
function dataChecks(steps: readonly StepResult[]): Provenance[] {
  const validate = steps.find((s) => s.id === 'validate');
  if (!validate) return [];
  const errors = validate.outputs.errors ?? '?';
  const warnings = validate.outputs.warnings ?? '?';
  const verdict = validate.outputs.passed === 'true' ? 'passed' : 'failed';
  return [{ label: 'data checks', value: `${verdict} (${errors} errors, ${warnings} warnings)` }];
}

export function writeReports(runDir: string, data: ReportData): { markdown: string; html: string } {
  const markdown = join(runDir, 'report.md');
  const html = join(runDir, 'report.html');
  writeFileAtomic(markdown, renderMarkdown(data));
  writeFileAtomic(html, renderHtml(data));
  return { markdown, html };
}
