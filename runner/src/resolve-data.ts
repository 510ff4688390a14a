// The project's dataset as a local file, before any step runs: the trainer's own resolver
// (`python -m slipway_ml resolve-data`) fetches a url, runs a generator or downloads an s3
// object into the cache and prints the path. validate-data and train-model then read the
// same file, so what was validated is exactly what was trained on.
import { spawnSync } from 'node:child_process';

export function resolveProjectData(python: string, specFile: string, cwd: string): string {
  return resolveData(python, ['--project', specFile], cwd, "the project's data");
}

/** An s3:// object (one version of it) downloaded by the trainer's resolver, which fails unless
 * the bytes hash to `sha256`: a data-arrived payload is checked before any step runs. */
export function resolveS3Data(python: string, uri: string, sha256: string, versionId: string | undefined, cwd: string): string {
  const version = versionId === undefined ? [] : ['--version-id', versionId];
  return resolveData(python, ['--uri', uri, '--sha256', sha256, ...version], cwd, uri);
}

function resolveData(python: string, which: string[], cwd: string, what: string): string {
  const done = spawnSync(python, ['-m', 'slipway_ml', 'resolve-data', ...which], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (done.error) throw new Error(`could not run ${python} to resolve ${what}: ${done.error.message}`);
  if (done.status !== 0) {
    const reason = done.stderr.trim().split('\n').pop() ?? `exit code ${done.status}`;
    throw new Error(`resolving ${what} failed — ${reason.replace(/^error: /, '')}`);
  }
  const path = done.stdout.trim().split('\n').pop() ?? '';
  if (path === '') throw new Error(`${python} -m slipway_ml resolve-data printed no path`);
  return path;
}
