// What the GitHub runner provides around an action's inputs, read once at the edge.
import { isAbsolute, join, resolve } from 'node:path';

export interface RunnerContext {
  /** GITHUB_WORKSPACE, else the working directory. */
  workspace: string;
  /** RUNNER_TEMP, else <workspace>/.slipway-tmp. */
  runnerTemp: string;
  /** GITHUB_SHA, when set. */
  gitSha?: string;
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    workspace,
    runnerTemp: env.RUNNER_TEMP || join(workspace, '.slipway-tmp'),
    ...(env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {}),
  };
}

/** Paths in inputs are relative to the workspace, as in a workflow's `run:` steps. */
export function resolveInWorkspace(path: string, workspace: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
