// What a model package carries, built from the bundle's facts (pure functions): the customer
// metadata (model version, bundle and data digests, test metrics), the model-quality
// statistics in SageMaker's regression format, the description, and the approval texts.
import { METRIC_NAMES } from '@slipway/shared';
import type { BundleFacts } from './bundle-facts.js';

/** The metadata keys this action writes and reads back. */
export const KEYS = {
  project: 'slipway:project',
  modelVersion: 'slipway:model-version',
  bundleSha256: 'slipway:bundle-sha256',
  bundle: 'slipway:bundle',
  dataSha256: 'slipway:data-sha256',
  dataRows: 'slipway:data-rows',
  gitSha: 'slipway:git-sha',
  chosenModel: 'slipway:chosen-model',
  primaryMetric: 'slipway:primary-metric',
  registeredBy: 'slipway:registered-by-run',
  approvedBy: 'slipway:approved-by',
  approvedIn: 'slipway:approved-in-run',
  rejectedIn: 'slipway:rejected-in-run',
} as const;

// SageMaker's CustomerMetadataProperties rules: keys 1–128 and values 1–256 characters of
// letters, spaces, digits and _.:/=+-@; at most 50 entries.
const METADATA_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const MAX_ENTRIES = 50;

export interface PackageExtras {
  bundleSha256?: string;
  bundleLocation?: string;
  runUrl?: string;
}

function checkedEntry(key: string, value: string): [string, string] {
  if (key.length > 128 || !METADATA_TEXT.test(key))
    throw new Error(`metadata key "${key}" is not allowed by SageMaker (letters, digits, _.:/=+-@)`);
  if (value.length > 256 || !METADATA_TEXT.test(value)) {
    throw new Error(
      `metadata ${key}: "${value}" cannot be stored as SageMaker customer metadata (up to 256 letters, digits, spaces and _.:/=+-@)`,
    );
  }
  return [key, value];
}

export function customerMetadata(facts: BundleFacts, extras: PackageExtras): Record<string, string> {
  const { metrics } = facts;
  const entries: [string, string | undefined][] = [
    [KEYS.project, metrics.project],
    [KEYS.modelVersion, facts.version],
    [KEYS.bundleSha256, extras.bundleSha256],
    [KEYS.bundle, extras.bundleLocation],
    [KEYS.dataSha256, facts.fingerprint.sha256],
    [KEYS.dataRows, String(facts.fingerprint.rows)],
    [KEYS.gitSha, facts.gitSha],
    [KEYS.chosenModel, metrics.chosen],
    [KEYS.primaryMetric, metrics.primary_metric],
    [KEYS.registeredBy, extras.runUrl],
  ];
  for (const name of METRIC_NAMES) {
    const value = metrics.test[name];
    // An undefined metric (mape with a zero target) is absent, never written as a number.
    if (typeof value === 'number') entries.push([`test:${name}`, String(value)]);
  }
  const present = entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  if (present.length > MAX_ENTRIES) throw new Error(`${present.length} metadata entries; SageMaker keeps at most ${MAX_ENTRIES}`);
  return Object.fromEntries(present.map(([key, value]) => checkedEntry(key, value)));
}

interface QualityMetric {
  value: number;
  standard_deviation?: number;
}

/** The test metrics in SageMaker's model-quality format (as the Abalone pipeline's evaluation.json),
 * with the bootstrap sd of each metric where the bundle has it. */
export function modelQualityDocument(facts: BundleFacts): { regression_metrics: Record<string, QualityMetric> } {
  const regression: Record<string, QualityMetric> = {};
  for (const name of METRIC_NAMES) {
    const value = facts.metrics.test[name];
    if (typeof value !== 'number') continue;
    const sd = facts.metrics.test_intervals?.[name]?.sd;
    regression[name] = { value, ...(typeof sd === 'number' ? { standard_deviation: sd } : {}) };
  }
  return { regression_metrics: regression };
}

export function packageDescription(facts: BundleFacts): string {
  const { metrics } = facts;
  const primary = metrics.test[metrics.primary_metric] as number | null;
  const score = primary === null ? '' : `; test ${metrics.primary_metric} ${primary.toPrecision(6)}`;
  return (
    `${facts.version}: ${metrics.chosen} trained on ${facts.fingerprint.rows} rows ` +
    `(data sha256 ${facts.fingerprint.sha256.slice(0, 12)}…)${score}. Passed the quality gate; awaiting the production approval.`
  ).slice(0, 1024);
}

export function approvalDescription(options: { approvers: string[]; environment: string; runUrl?: string; modelVersion: string }): string {
  const where = options.runUrl === undefined ? '' : ` in ${options.runUrl}`;
  const text = `Approved by ${options.approvers.join(', ')} (required reviewers of the GitHub environment ${options.environment})${where}; ${options.modelVersion} deployed to ${options.environment} successfully.`;
  return text.slice(0, 1024);
}

export function rejectionDescription(options: { reason: string; runUrl?: string }): string {
  const where = options.runUrl === undefined ? '' : ` in ${options.runUrl}`;
  return `Rejected: the production deploy failed${where}: ${options.reason}`.slice(0, 1024);
}
