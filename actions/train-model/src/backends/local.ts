// `backend: local`: runs `<python> -m slipway_ml train ...` on this runner, streaming its
// progress into grouped log lines and reading the result file it writes.
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from '@slipway/shared';
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

function requireString(value: Record<string, unknown>, key: string, file: string): string {
  const field = value[key];
  if (typeof field !== 'string' || field === '')
    throw new Error(`${file}: ${key}: expected a non-empty string from the trainer, got ${JSON.stringify(field)}`);
  return field;
}

export function parseResult(value: unknown, file: string): TrainingResult {
  if (value === null || typeof value !== 'object') throw new Error(`${file}: expected a JSON object from the trainer`);
  const record = value as Record<string, unknown>;
  const paired = record.paired_comparison_file;
  return {
    version: requireString(record, 'version', file),
    bundleDir: requireString(record, 'bundle_dir', file),
    bundleTarball: requireString(record, 'bundle_tarball', file),
    metricsFile: requireString(record, 'metrics_file', file),
    mlflowRunId: requireString(record, 'mlflow_run_id', file),
    trackingUri: requireString(record, 'tracking_uri', file),
    ...(paired === undefined ? {} : { pairedComparisonFile: requireString(record, 'paired_comparison_file', file) }),
  };
}
