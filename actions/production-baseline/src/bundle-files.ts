// Reads what the production record needs from a model bundle folder (docs/ARCHITECTURE.md:
// metrics.json, manifest.json, fingerprint.json), with errors naming the file and field.
import { join } from 'node:path';
import { InputFileError, readJsonFile, readMetricsFile, type MetricsFile } from '@slipway/shared';

export interface BundleFacts {
  metrics: MetricsFile;
  version: string;
  fingerprint: { sha256: string; rows: number };
}

function objectIn(file: string, what: string): Record<string, unknown> {
  const value = readJsonFile(file, what);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputFileError(`${file}: expected a JSON object`);
  return value as Record<string, unknown>;
}

export function readBundleFacts(bundleDir: string): BundleFacts {
  const { metrics } = readMetricsFile(join(bundleDir, 'metrics.json'));
  const manifestFile = join(bundleDir, 'manifest.json');
  const manifest = objectIn(manifestFile, 'bundle manifest');
  const version = manifest.version;
  if (typeof version !== 'string' || version === '')
    throw new InputFileError(`${manifestFile}: version: missing; is this a Slipway bundle folder?`);
  const fingerprintFile = join(bundleDir, 'fingerprint.json');
  const fingerprint = objectIn(fingerprintFile, 'data fingerprint');
  const { sha256, rows } = fingerprint;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new InputFileError(`${fingerprintFile}: sha256: expected 64 hex digits`);
  }
  if (!Number.isInteger(rows) || (rows as number) < 0) throw new InputFileError(`${fingerprintFile}: rows: expected a row count`);
  return { metrics, version, fingerprint: { sha256, rows: rows as number } };
}
