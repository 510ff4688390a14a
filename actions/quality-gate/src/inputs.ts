// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.
import * as core from '@actions/core';
import { join } from 'node:path';
import {
  loadProjectSpec,
  resolveInWorkspace,
  resolveProjectSpecFile,
  runnerContext,
  parseBoolean,
  type ProjectSpec,
  type RunnerContext,
} from '@slipway/shared';

export interface GateInputs {
  specFile: string;
  spec: ProjectSpec;
  metricsPath: string;
  baselinePath?: string;
  /** train-model's paired-comparison.json: the regression check on the same rows. */
  pairedPath?: string;
  /** The tolerated relative regression: the max-regression input, else the spec's. */
  tolerance: number;
  failOnBreach: boolean;
  reportFile: string;
}

export function parseTolerance(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`input ${name}: "${raw}" is not a fraction between 0 and 1; write 0.05 for 5 %`);
  }
  return value;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function readInputs(context: RunnerContext = runnerContext()): GateInputs {
  const specFile = resolveProjectSpecFile({ project: core.getInput('project', { required: true }), workspace: context.workspace });
  const spec = loadProjectSpec(specFile);
  const override = optional('max-regression');
  const baseline = optional('baseline-metrics-file');
  const paired = optional('paired-comparison-file');
  const report = optional('report-file');
  return {
    specFile,
    spec,
    metricsPath: resolveInWorkspace(core.getInput('metrics-file', { required: true }), context.workspace),
    ...(baseline === undefined ? {} : { baselinePath: resolveInWorkspace(baseline, context.workspace) }),
    ...(paired === undefined ? {} : { pairedPath: resolveInWorkspace(paired, context.workspace) }),
    tolerance: override === undefined ? (spec.regression?.tolerance ?? 0) : parseTolerance('max-regression', override),
    failOnBreach: parseBoolean('fail-on-breach', core.getInput('fail-on-breach') || 'true'),
    reportFile:
      report === undefined ? join(context.runnerTemp, 'slipway-quality-gate', 'report.md') : resolveInWorkspace(report, context.workspace),
  };
}
