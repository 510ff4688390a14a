// Locations the action integration tests share: the repository, its fixtures, the real data
// mirror (never copied into the repository) and the Python trainer's virtual environment.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = join(repoRoot, 'actions', 'test-fixtures');
export const dataMirror = process.env.SLIPWAY_DATA_MIRROR ?? resolve(repoRoot, '..', 'shared', 'data');
export const venvPython = join(repoRoot, 'ml', '.venv', 'bin', 'python');

export function actionDir(name: 'train-model' | 'quality-gate' | 'validate-data' | 'deploy-ecs' | 'deploy-sagemaker'): string {
  return join(repoRoot, 'actions', name);
}

export function venvExists(): boolean {
  return existsSync(venvPython);
}
