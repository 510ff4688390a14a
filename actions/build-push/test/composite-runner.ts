// Runs action.yml's steps in order the way GitHub runs a composite action: `${{ }}` in env:,
// with: and if: evaluated against inputs (with their defaults), github.sha, runner.temp and
// earlier steps' outputs; run: steps executed with bash in the workspace with GITHUB_ACTION_PATH set. The
// third-party `uses:` steps need AWS and a Docker engine, which these machines do not have:
// the caller supplies a stand-in per action that receives the evaluated with: and returns
// the outputs that action documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommand } from '../../../runner/src/workflow-commands.js';
import { action, type Step } from './action-file.js';
import { actionDir } from './script-runner.js';

export type StandIn = (withValues: Record<string, string>) => Record<string, string>;

export interface CompositeRun {
  /** Step ids (or uses owner/name) in the order they ran. */
  ran: string[];
  failedStep?: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface Context {
  inputs: Record<string, string>;
  github: Record<string, string>;
  runner: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
}

function lookup(context: Context, path: string): string {
  let value: unknown = context;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
}

/** Evaluates the expressions the action uses: context paths and `<path> == '<literal>'`. */
function evaluate(context: Context, expression: string): string {
  const comparison = /^([\w.-]+) == '([^']*)'$/.exec(expression.trim());
  if (comparison) return String(lookup(context, comparison[1]!) === comparison[2]);
  if (!/^[\w.-]+$/.test(expression.trim())) throw new Error(`expression not supported by the test runner: ${expression}`);
  return lookup(context, expression.trim());
}

function substitute(context: Context, text: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expression: string) => evaluate(context, expression));
}

function substituteAll(context: Context, values: Record<string, string | boolean> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, substitute(context, String(value))]));
}

function runShellStep(step: Step, env: Record<string, string>, workspace: string, summaryFile: string) {
  const stepDir = mkdtempSync(join(tmpdir(), 'slipway-step-'));
  const outputFile = join(stepDir, 'output');
  const scriptFile = join(stepDir, 'step.sh');
  writeFileSync(outputFile, '');
  writeFileSync(scriptFile, step.run!);
  // The command GitHub runs for `shell: bash`.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env,
    },
  });
  const outputs = parseFileCommand(readFileSync(outputFile, 'utf8'));
  rmSync(stepDir, { recursive: true, force: true });
  return { ok: result.status === 0, stderr: result.stderr, outputs };
}

export function runComposite(
  withInputs: Record<string, string>,
  github: { sha: string; workspace: string; runnerTemp: string },
  standIns: Record<string, StandIn>,
): CompositeRun {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, withInputs[name] ?? input.default ?? '']));
  const context: Context = { inputs: {}, github: { sha: github.sha }, runner: { temp: github.runnerTemp }, steps: {} };
  // Input defaults may themselves be expressions (git-sha defaults to github.sha).
  context.inputs = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [name, substitute(context, value)]));
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'slipway-summary-')), 'summary.md');
  writeFileSync(summaryFile, '');
  const run: CompositeRun = { ran: [], stderr: '', outputs: {}, summary: '' };
  for (const step of action.runs.steps) {
    if (step.if !== undefined && evaluate(context, step.if) !== 'true') continue;
    const key = step.id ?? step.uses!.split('@')[0]!;
    run.ran.push(key);
    let outputs: Record<string, string>;
    if (step.run !== undefined) {
      const result = runShellStep(step, substituteAll(context, step.env), github.workspace, summaryFile);
      run.stderr += result.stderr;
      if (!result.ok) {
        run.failedStep = key;
        break;
      }
      outputs = result.outputs;
    } else {
      const owner = step.uses!.split('@')[0]!;
      const standIn = standIns[owner];
      if (!standIn) throw new Error(`no stand-in for ${owner}`);
      outputs = standIn(substituteAll(context, step.with));
    }
    if (step.id) context.steps[step.id] = { outputs };
  }
  if (run.failedStep === undefined) {
    run.outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(context, output.value)]));
  }
  run.summary = readFileSync(summaryFile, 'utf8');
  rmSync(join(summaryFile, '..'), { recursive: true, force: true });
  return run;
}
