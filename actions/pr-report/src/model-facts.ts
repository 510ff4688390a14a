// The candidate's identity: model version and data fingerprint, from the inputs or, when the
// metrics file sits in a bundle folder, from its manifest.json and fingerprint.json (each checked
// against its schema when present).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile, validateDocument, type BundleManifest, type DataFingerprint } from '@slipway/shared';
import type { ValidationReport } from './validation-report.js';

export interface Fingerprint {
  sha256: string;
  rows: number;
}

/** A bundle file beside the metrics file, validated; undefined when the metrics file is not in a bundle. */
function besideMetrics(metricsFile: string, name: 'manifest.json' | 'fingerprint.json'): unknown {
  const file = join(dirname(metricsFile), name);
  if (!existsSync(file)) return undefined;
  return validateDocument(name === 'manifest.json' ? 'bundle-manifest' : 'data-fingerprint', readJsonFile(file, name), file);
}

export function modelVersionOf(options: { given?: string; metricsFile?: string }): string | undefined {
  if (options.given) return options.given;
  if (options.metricsFile === undefined) return undefined;
  const manifest = besideMetrics(options.metricsFile, 'manifest.json') as BundleManifest | undefined;
  return manifest?.version;
}

export function fingerprintOf(options: { validation?: ValidationReport; metricsFile?: string }): Fingerprint | undefined {
  if (options.validation) return { sha256: options.validation.sha256, rows: options.validation.rows };
  if (options.metricsFile === undefined) return undefined;
  const fingerprint = besideMetrics(options.metricsFile, 'fingerprint.json') as DataFingerprint | undefined;
  return fingerprint === undefined ? undefined : { sha256: fingerprint.sha256, rows: fingerprint.rows };
}
