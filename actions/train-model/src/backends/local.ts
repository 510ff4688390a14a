// `backend: local`: runs `<python> -m slipway_ml train ...` on this runner, streaming its
// progress into grouped log lines and reading the result file it writes.
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile, validateDocument, type TrainerResult } from '@slipway/shared';
import { GroupedProgress, LineSplitter, type LogSink } from '../progress.js';
import { trainerArgs, trainerFailure } from './trainer-command.js';
import type { TrainingBackend, TrainingRequest, TrainingResult } from './types.js';

const coreSink: LogSink = { startGroup: core.startGroup, endGroup: core.endGroup, info: core.info };

interface ProcessResult {
  exitCode: number;
  stderr: string;
}

export class LocalBackend implements TrainingBackend {
  readonly name = 'local';

  constructor(private readonly options: { python: string; sink?: LogSink }) {}

  async train(request: TrainingRequest): Promise<TrainingResult> {
    const scratch = mkdtempSync(join(tmpdir(), 'slipway-train-'));
    try {
      const resultFile = join(scratch, 'result.json');
      const { exitCode, stderr } = await this.runTrainer(trainerArgs(request, resultFile), request.workspace);
      if (exitCode !== 0) throw new Error(trainerFailure({ python: this.options.python, exitCode, stderr }));
      return parseResult(readJsonFile(resultFile, 'trainer result file'), resultFile);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  private runTrainer(args: string[], cwd: string): Promise<ProcessResult> {
    const python = this.options.python;
    const progress = new GroupedProgress(this.options.sink ?? coreSink);
    return new Promise((resolve, reject) => {
      const child = spawn(python, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PYTHONUNBUFFERED: '1' } });
      const out = new LineSplitter();
      const err = new LineSplitter();
      const stderr: string[] = [];
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        for (const line of out.push(chunk)) progress.line(line);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr.push(chunk);
        // Warnings go to the log as they come; errors are also kept for the failure message.
        for (const line of err.push(chunk)) progress.line(line);
      });
      child.on('error', (error: NodeJS.ErrnoException) => {
        progress.close();
        const hint = error.code === 'ENOENT' ? '; set the python input to an interpreter that exists' : '';
        reject(new Error(`python "${python}" could not be started: ${error.message}${hint}`));
      });
      child.on('close', (code, signal) => {
        for (const line of [...out.flush(), ...err.flush()]) progress.line(line);
        progress.close();
        resolve({ exitCode: code ?? (signal ? 128 : 1), stderr: stderr.join('') });
      });
    });
  }
}

/** The trainer's --result-file (schemas/trainer-result.schema.json) as the backend's result. */
export function parseResult(value: unknown, file: string): TrainingResult {
  const result = validateDocument<TrainerResult>('trainer-result', value, file);
  // The schema allows a result without MLflow (the SageMaker container logs nothing); a local
  // run always logs, so a missing run is the trainer's failure.
  if (result.mlflow_run_id === undefined || result.tracking_uri === undefined)
    throw new Error(`${file}: mlflow_run_id and tracking_uri are missing; the local trainer always logs to MLflow`);
  return {
    version: result.version,
    bundleDir: result.bundle_dir,
    bundleTarball: result.bundle_tarball,
    metricsFile: result.metrics_file,
    mlflowRunId: result.mlflow_run_id,
    trackingUri: result.tracking_uri,
    ...(result.paired_comparison_file === undefined ? {} : { pairedComparisonFile: result.paired_comparison_file }),
  };
}
