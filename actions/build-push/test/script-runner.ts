// Runs one of the action's scripts with bash the way a composite step does: inputs only as
// environment variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as fresh files. Outputs are read
// back with the local runner's own file-command parser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFileCommand } from '../../../runner/src/workflow-commands.js';

export const actionDir = fileURLToPath(new URL('..', import.meta.url));
export const scriptsDir = join(actionDir, 'scripts');

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function runScript(script: string, env: Record<string, string>, cwd: string = actionDir): ScriptResult {
  const runnerFiles = mkdtempSync(join(tmpdir(), 'slipway-build-push-runner-'));
  const outputFile = join(runnerFiles, 'output');
  const summaryFile = join(runnerFiles, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  try {
    const result = spawnSync('bash', [join(scriptsDir, script)], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
    });
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: parseFileCommand(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  } finally {
    rmSync(runnerFiles, { recursive: true, force: true });
  }
}
