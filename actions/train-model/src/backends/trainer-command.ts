// The command line of the Python trainer (docs/ARCHITECTURE.md, "Python trainer CLI").
import { dataRootFor } from '@slipway/shared';
import type { TrainingRequest } from './types.js';

export function trainerArgs(request: TrainingRequest, resultFile: string): string[] {
  const args = ['-m', 'slipway_ml', 'train', '--project', request.specFile, '--output-dir', request.outputDir, '--result-file', resultFile];
  args.push('--data-root', dataRootFor(request.specFile, request.workspace));
  if (request.dataFile !== undefined) args.push('--data', request.dataFile);
  if (request.seed !== undefined) args.push('--seed', String(request.seed));
  if (request.overrides !== undefined) args.push('--overrides', JSON.stringify(request.overrides));
  if (request.trackingUri !== undefined) args.push('--tracking-uri', request.trackingUri);
  if (request.gitSha !== undefined) args.push('--git-sha', request.gitSha);
  if (request.productionBundle !== undefined) args.push('--production-bundle', request.productionBundle);
  return args;
}

/** The trainer's own `error: ...` line (the last one wins), without the prefix. */
export function trainerErrorLine(stderr: string): string | undefined {
  const lines = stderr.split('\n').filter((l) => l.startsWith('error: '));
  return lines.at(-1)?.slice('error: '.length);
}

/** A failure message for a trainer that exited non-zero. */
export function trainerFailure(options: { python: string; exitCode: number; stderr: string }): string {
  const own = trainerErrorLine(options.stderr);
  if (own !== undefined) return own;
  if (/No module named '?slipway_ml/.test(options.stderr)) {
    return `python "${options.python}": slipway_ml is not importable; install the trainer (pip install -r ml/requirements.txt -e ml) or set the python input to an interpreter that has it`;
  }
  const tail = options.stderr.trim().split('\n').slice(-5).join(' | ');
  return `trainer exited with code ${options.exitCode}${tail ? `: ${tail}` : ''}`;
}
