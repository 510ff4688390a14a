// Executes the pipeline's steps in order, each as its own Node 24 process through
// runActionProcess, feeding earlier outputs into later inputs; stops at the first failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunRequest, type ActionRunResult } from './action-process.js';
import type { RunContext, StepDefinition } from './pipeline-definition.js';
import type { ProgressReporter } from './progress.js';
import { checkPipeline, resolveInputs, type StepOutputs } from './wiring.js';

export interface StepResult {
  id: string;
  action: string;
  ok: boolean;
  durationMs: number;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  summary: string;
  /** Why the step failed: its ::error:: message, else the end of its stderr, else its exit code. */
  failure?: string;
}

export interface PipelineResult {
  ok: boolean;
  steps: StepResult[];
  /** Set when the signal stopped the pipeline between steps. */
  interrupted?: boolean;
}

export interface PipelineOptions {
  root: string;
  steps: readonly StepDefinition[];
  run: RunContext;
  reporter: ProgressReporter;
  /** Environment for every step on top of this process's (GITHUB_SHA, ...). */
  env?: Record<string, string>;
  /** Aborting lets the running step finish, then runs no further step. */
  signal?: AbortSignal;
  /** Swappable for tests of the orchestration; the pipeline uses the real process runner. */
  runAction?: (request: ActionRunRequest) => Promise<ActionRunResult>;
}

export function failureOf(result: ActionRunResult): string {
  if (result.errorMessage) return result.errorMessage;
  const stderr = result.stderr.trim().split('\n').slice(-5).join('\n');
  return stderr || `exited with code ${result.exitCode} without an error message`;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  checkPipeline(options.steps);
  const runAction = options.runAction ?? runActionProcess;
  const outputs: StepOutputs = {};
  const results: StepResult[] = [];
  const runnerTemp = join(options.run.dir, '.runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  for (const step of options.steps) {
    if (options.signal?.aborted) return { ok: false, steps: results, interrupted: true };
    const inputs = resolveInputs(step, options.run, outputs);
    options.reporter.stepStarted(step.id, step.action);
    const result = await runAction({
      actionDir: join(options.root, 'actions', step.action),
      inputs,
      workspace: options.root,
      runnerTemp,
      env: options.env ?? {},
      onLine: (line, stream) => {
        options.reporter.stepLine(line, stream);
      },
    });
    const ok = result.exitCode === 0;
    options.reporter.stepFinished(step.id, step.action, ok, result.durationMs);
    const stepResult: StepResult = {
      id: step.id,
      action: step.action,
      ok,
      durationMs: result.durationMs,
      inputs,
      outputs: result.outputs,
      summary: result.summary,
    };
    if (!ok) stepResult.failure = failureOf(result);
    results.push(stepResult);
    if (!ok) return { ok: false, steps: results };
    outputs[step.id] = result.outputs;
  }
  return { ok: true, steps: results };
}
