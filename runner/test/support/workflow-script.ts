// Runs a script of scripts/workflow/ with bash as a workflow step would: GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY in a fresh folder, only the environment the test gives (and PATH).
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../fixture-actions.js';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export const venvPython = join(repoRoot, 'ml', '.venv', 'bin', 'python');
const scripts = join(repoRoot, 'scripts', 'workflow');

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the script wrote to GITHUB_OUTPUT. */
  output: string;
  /** What the script wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
}

export function runWorkflowScript(script: string, env: Record<string, string>): ScriptRun {
  const dir = tempDir('slipway-workflow-script-');
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const done = spawnSync('bash', [join(scripts, script)], {
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), ...env },
    encoding: 'utf8',
  });
  return {
    status: done.status,
    stdout: done.stdout,
    stderr: done.stderr,
    output: readFileSync(join(dir, 'output'), 'utf8'),
    summary: readFileSync(join(dir, 'summary'), 'utf8'),
  };
}

/**
 * A folder holding `aws`: fixtures/aws-cli-standin.py run by the venv's Python (boto3; the
 * machines may lack the CLI binary). Put it first on PATH with a moto server's environment.
 */
export function awsCliStandin(): string {
  const bin = tempDir('slipway-aws-');
  const standin = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'aws-cli-standin.py'), 'utf8');
  writeFileSync(join(bin, 'aws'), `#!${venvPython}\n${standin}`);
  chmodSync(join(bin, 'aws'), 0o755);
  return bin;
}
