// The production model's training-data profile (validate-data's profile.json), kept in the
// production record so later runs can check drift against it (validate-data's
// reference-profile). GitHub stores a deployment's payload with the deployment and sends it
// back in every list page, so the record must stay small: each numeric column's KS sample
// (up to 5,000 values) is thinned to evenly spaced order statistics until the whole payload
// fits PAYLOAD_BUDGET_BYTES. Pure: no inputs, no I/O.
import { createHash } from 'node:crypto';
import { validateDocument, type DataProfile, type DataProfileRef } from '@slipway/shared';

/**
 * GitHub documents no size limit for a deployment payload; 65,535 bytes is the limit GitHub
 * gives for repository dispatch payloads, so the record keeps under that with room to spare.
 */
export const PAYLOAD_BUDGET_BYTES = 60_000;
export const PROFILE_FORMAT = 'slipway-data-profile';
export const PROFILE_VERSION = 2;
/** Sample sizes tried in turn; the first whose payload fits is kept. */
export const SAMPLE_LIMITS = [5000, 2000, 1000, 500, 250, 100, 50];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The record's data_profile: schemas/production-record.schema.json. */
export type { DataProfileRef };

/** Checks a profile file's text is validate-data's profile (format, version, then its schema). */
export function parseProfileText(text: string, where: string): Json {
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)}); give validate-data's profile-file`);
  }
  if (!isObject(doc) || doc.format !== PROFILE_FORMAT) {
    throw new Error(`${where}: format: expected "${PROFILE_FORMAT}"; give validate-data's profile-file`);
  }
  if (doc.version !== PROFILE_VERSION) {
    throw new Error(
      `${where}: version: expected ${PROFILE_VERSION}, found ${JSON.stringify(doc.version)}; regenerate it with this validate-data`,
    );
  }
  // The rest of the shape: schemas/data-profile.schema.json, what validate-data writes.
  return validateDocument<DataProfile & Json>('data-profile', doc, where);
}

/** `limit` evenly spaced order statistics of an ascending list, first and last kept. */
export function thinSorted(values: number[], limit: number): number[] {
  if (values.length <= limit) return values;
  const step = (values.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => values[Math.round(i * step)] ?? Number.NaN);
}

function withSampleLimit(profile: Json, limit: number): Json {
  const columns = (profile.columns as unknown[]).map((column) =>
    isObject(column) && Array.isArray(column.sample) ? { ...column, sample: thinSorted(column.sample as number[], limit) } : column,
  );
  return { ...profile, columns };
}

const byteLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * The profile as the record keeps it: whole when the payload fits, else with thinner samples;
 * undefined when even the thinnest does not fit (e.g. thousands of category values).
 */
export function compactProfile(text: string, where: string, payloadWithout: Json): DataProfileRef | undefined {
  const profile = parseProfileText(text, where);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const largest = Math.max(0, ...(profile.columns as unknown[]).map((c) => (isObject(c) && Array.isArray(c.sample) ? c.sample.length : 0)));
  for (const limit of SAMPLE_LIMITS) {
    const ref: DataProfileRef = {
      sha256,
      sample_limit: limit >= largest ? null : limit,
      profile: limit >= largest ? profile : withSampleLimit(profile, limit),
    };
    if (byteLength({ ...payloadWithout, data_profile: ref }) <= PAYLOAD_BUDGET_BYTES) return ref;
  }
  return undefined;
}

/** A record's data_profile read back: the fields this action relies on, else an error naming them. */
export function parseDataProfileRef(value: unknown, where: string): DataProfileRef {
  if (!isObject(value)) throw new Error(`${where}: expected an object {sha256, sample_limit, profile}`);
  if (typeof value.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.sha256)) throw new Error(`${where}.sha256: expected 64 hex digits`);
  const limit = value.sample_limit;
  if (limit !== null && !(Number.isInteger(limit) && (limit as number) > 0))
    throw new Error(`${where}.sample_limit: expected a count or null`);
  const profile = parseProfileText(JSON.stringify(value.profile), `${where}.profile`);
  return { sha256: value.sha256, sample_limit: limit as number | null, profile };
}
