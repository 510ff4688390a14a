// The real Python trainer (ml/.venv), for tests that need a real bundle or metrics.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataMirror, repoRoot, venvExists, venvPython } from './paths.js';

/** The original 84-row house-prices file from the data mirror (never copied into the repo). */
export const originalHouseCsv = join(dataMirror, 'house-prices', 'house_data.csv');

export function trainerReady(): boolean {
  if (!venvExists()) return false;
  try {
    execFileSync(venvPython, ['-c', 'import slipway_ml.cli'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TrainerResult {
  version: string;
  bundle_dir: string;
  metrics_file: string;
  paired_comparison_file?: string;
}

/** Runs `python -m slipway_ml train` directly (not through the action) and returns its result. */
export function trainDirectly(options: {
  outputDir: string;
  project?: string;
  data?: string;
  seed?: number;
  productionBundle?: string;
}): TrainerResult {
  const resultFile = join(options.outputDir, 'result.json');
  const args = ['-m', 'slipway_ml', 'train', '--project', join(repoRoot, 'ml', 'projects', `${options.project ?? 'house-prices'}.yaml`)];
  args.push('--output-dir', options.outputDir, '--result-file', resultFile);
  if (options.data !== undefined) args.push('--data', options.data);
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  if (options.productionBundle !== undefined) args.push('--production-bundle', options.productionBundle);
  execFileSync(venvPython, args, { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, SLIPWAY_DATA_MIRROR: dataMirror } });
  return JSON.parse(readFileSync(resultFile, 'utf8')) as TrainerResult;
}
