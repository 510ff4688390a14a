// The candidate's identity: model version and data fingerprint, from the inputs or, when the
// metrics file sits in a bundle folder, from its manifest.json and fingerprint.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile } from '@slipway/shared';
import type { ValidationReport } from './validation-report.js';

export interface Fingerprint {
  sha256: string;
  rows: number;
}

function bundleField(metricsFile: string, name: string, key: string): unknown {
  const file = join(dirname(metricsFile), name);
  if (!existsSync(file)) return undefined;
  const value = readJsonFile(file, name);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function modelVersionOf(options: { given?: string; metricsFile?: string }): string | undefined {
  if (options.given) return options.given;
  if (options.metricsFile === undefined) return undefined;
  const version = bundleField(options.metricsFile, 'manifest.json', 'version');
  return typeof version === 'string' ? version : undefined;
}

export function fingerprintOf(options: { validation?: ValidationReport; metricsFile?: string }): Fingerprint | undefined {
  if (options.validation) return { sha256: options.validation.sha256, rows: options.validation.rows };
  if (options.metricsFile === undefined) return undefined;
  const sha256 = bundleField(options.metricsFile, 'fingerprint.json', 'sha256');
  const rows = bundleField(options.metricsFile, 'fingerprint.json', 'rows');
  return typeof sha256 === 'string' && typeof rows === 'number' ? { sha256, rows } : undefined;
}
