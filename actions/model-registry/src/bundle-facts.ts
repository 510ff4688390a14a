// What a model package records about a bundle folder (docs/ARCHITECTURE.md: metrics.json,
// manifest.json, fingerprint.json), with errors naming the file and field; and the sha256 of
// the bundle's tarball, the digest the server checks before loading it.
import { join } from 'node:path';
import { fileSha256, InputFileError, readJsonFile, readMetricsFile, type MetricsFile } from '@slipway/shared';

export interface BundleFacts {
  metrics: MetricsFile;
  version: string;
  gitSha?: string;
  createdAt?: string;
  fingerprint: { sha256: string; rows: number };
}

function objectIn(file: string, what: string): Record<string, unknown> {
  const value = readJsonFile(file, what);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputFileError(`${file}: expected a JSON object`);
  return value as Record<string, unknown>;
}

export function readBundleFacts(bundleDir: string, project: string): BundleFacts {
  const { metrics } = readMetricsFile(join(bundleDir, 'metrics.json'));
  const manifestFile = join(bundleDir, 'manifest.json');
  const manifest = objectIn(manifestFile, 'bundle manifest');
  const { version, git_sha: gitSha, created_at: createdAt } = manifest;
  if (typeof version !== 'string' || version === '') {
    throw new InputFileError(`${manifestFile}: version: missing; is ${bundleDir} a Slipway bundle folder?`);
  }
  if (metrics.project !== project || manifest.project !== project) {
    throw new InputFileError(
      `${bundleDir}: the bundle is for project "${String(manifest.project)}", not "${project}"; give this project's bundle-path`,
    );
  }
  const fingerprintFile = join(bundleDir, 'fingerprint.json');
  const { sha256, rows } = objectIn(fingerprintFile, 'data fingerprint');
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new InputFileError(`${fingerprintFile}: sha256: expected 64 hex digits`);
  }
  if (!Number.isInteger(rows) || (rows as number) < 0) throw new InputFileError(`${fingerprintFile}: rows: expected a row count`);
  return {
    metrics,
    version,
    ...(typeof gitSha === 'string' && gitSha !== '' ? { gitSha } : {}),
    ...(typeof createdAt === 'string' ? { createdAt } : {}),
    fingerprint: { sha256, rows: rows as number },
  };
}

/** sha256 of the bundle tarball, read in chunks (it can be large). */
export function tarballSha256(file: string): string {
  try {
    return fileSha256(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(`${file}: cannot read the bundle tarball (${code ?? String(error)}); give train-model's bundle-tarball`);
  }
}
