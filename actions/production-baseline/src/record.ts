// The production record: the payload of the GitHub deployment made when a model reaches
// production (docs/ARCHITECTURE.md, "Production record"). Pure: building it from a bundle's
// files, and checking one read back from the API before anything trusts it.
import { validateDocument, type MetricsFile, type ProductionRecord } from '@slipway/shared';
import { parseDataProfileRef } from './data-profile.js';

export const RECORD_FORMAT = 1;

/** The deployment's payload: schemas/production-record.schema.json. */
export type { ProductionRecord };

/** The S3 object version a data-arrived run trained on (its sha256 is data_fingerprint's). */
export type DataSource = NonNullable<ProductionRecord['data_source']>;

export interface RecordParts {
  metrics: MetricsFile;
  modelVersion: string;
  fingerprint: { sha256: string; rows: number };
  image: { uri: string; digest: string };
  bundle: string;
  bundleSha256?: string;
  approvedBy: string;
  deployedAt: Date;
  runUrl: string;
  dataSource?: DataSource;
}

/** The deployment task that names a project's production record; GitHub's own deployments use "deploy". */
export function deploymentTask(project: string): string {
  return `deploy:${project}`;
}

/** The environment holding one project's records: production/house-prices for production. */
export function recordEnvironment(environment: string, project: string): string {
  return `${environment}/${project}`;
}

/** The chosen candidate only: the payload stays small and still passes the metrics.json schema. */
export function chosenOnly(metrics: MetricsFile): MetricsFile {
  const chosen = metrics.candidates.filter((c) => c.name === metrics.chosen);
  if (chosen.length !== 1) {
    throw new Error(`metrics.json: chosen: "${metrics.chosen}" is not exactly one of the candidates' names`);
  }
  return { ...metrics, candidates: chosen };
}

export function buildProductionRecord(parts: RecordParts): ProductionRecord {
  return {
    record_format: RECORD_FORMAT,
    project: parts.metrics.project,
    model_version: parts.modelVersion,
    metrics: chosenOnly(parts.metrics),
    data_fingerprint: { sha256: parts.fingerprint.sha256, rows: parts.fingerprint.rows },
    image: { uri: parts.image.uri, digest: parts.image.digest },
    bundle: parts.bundle,
    ...(parts.bundleSha256 === undefined ? {} : { bundle_sha256: parts.bundleSha256 }),
    approved_by: parts.approvedBy,
    deployed_at: parts.deployedAt.toISOString(),
    run_url: parts.runUrl,
    ...(parts.dataSource === undefined ? {} : { data_source: { uri: parts.dataSource.uri, version_id: parts.dataSource.version_id } }),
  };
}

/**
 * A deployment's payload as a production record, or an error naming the deployment and field.
 * GitHub returns the payload as the JSON object it was given (or as a string when it was
 * created with one), so both are accepted.
 */
export function parseProductionRecord(payload: unknown, where: string): ProductionRecord {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new Error(`${where}: the payload is a string that is not JSON`);
    }
  }
  const record = validateDocument<ProductionRecord>('production-record', value, where);
  // The profile inside is validate-data's profile-file: checked as validate-data reads it.
  if (record.data_profile !== undefined) parseDataProfileRef(record.data_profile, `${where}.data_profile`);
  return record;
}
