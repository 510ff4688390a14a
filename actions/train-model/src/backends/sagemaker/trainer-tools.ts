// The two trainer commands the SageMaker backend runs on the runner: resolving the project's
// data to a local file (when no data input is given) and logging the bundle to MLflow.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from '@slipway/shared';
import { trainerFailure } from '../trainer-command.js';

function runPython(python: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(python, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) {
        resolve(stdout);
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(`python "${python}" could not be started: ${error.message}; set the python input to an interpreter that exists`));
        return;
      }
      reject(new Error(trainerFailure({ python, exitCode: typeof error.code === 'number' ? error.code : 1, stderr })));
    });
  });
}

export async function resolveProjectData(options: { python: string; specFile: string; dataRoot: string; cwd: string }): Promise<string> {
  const out = await runPython(
    options.python,
    ['-m', 'slipway_ml', 'resolve-data', '--project', options.specFile, '--data-root', options.dataRoot],
    options.cwd,
  );
  const file = out.trim().split('\n').at(-1) ?? '';
  if (file === '') throw new Error(`python -m slipway_ml resolve-data printed no path for ${options.specFile}`);
  return file;
}

export async function logBundle(options: {
  python: string;
  bundleDir: string;
  outputDir: string;
  trackingUri?: string;
  cwd: string;
}): Promise<{ mlflowRunId: string; trackingUri: string }> {
  const scratch = mkdtempSync(join(tmpdir(), 'slipway-log-bundle-'));
  try {
    const resultFile = join(scratch, 'result.json');
    const args = [
      '-m',
      'slipway_ml',
      'log-bundle',
      '--bundle',
      options.bundleDir,
      '--output-dir',
      options.outputDir,
      '--result-file',
      resultFile,
    ];
    if (options.trackingUri !== undefined) args.push('--tracking-uri', options.trackingUri);
    await runPython(options.python, args, options.cwd);
    const result = readJsonFile(resultFile, 'log-bundle result') as { mlflow_run_id?: unknown; tracking_uri?: unknown };
    if (typeof result.mlflow_run_id !== 'string' || typeof result.tracking_uri !== 'string')
      throw new Error(`${resultFile}: expected mlflow_run_id and tracking_uri from log-bundle`);
    return { mlflowRunId: result.mlflow_run_id, trackingUri: result.tracking_uri };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
