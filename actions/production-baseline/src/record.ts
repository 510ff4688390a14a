// The production record: the payload of the GitHub deployment made when a model reaches
// production (docs/ARCHITECTURE.md, "Production record"). Pure: building it from a bundle's
// files, and checking one read back from the API before anything trusts it.
import { validateDocument, type MetricsFile } from '@slipway/shared';
import { parseDataProfileRef, type DataProfileRef } from './data-profile.js';

export const RECORD_FORMAT = 1;

/** The S3 object version a data-arrived run trained on (its sha256 is data_fingerprint's). */
export interface DataSource {
  uri: string;
  version_id: string | null;
}

export interface ProductionRecord {
  record_format: number;
  project: string;
  model_version: string;
  /** The bundle's metrics.json with `candidates` reduced to the chosen one (a valid metrics.json). */
  metrics: MetricsFile;
  data_fingerprint: { sha256: string; rows: number };
  image: { uri: string; digest: string };
  /** Where the bundle is kept: an artifact URL or an s3:// URI. */
  bundle: string;
  approved_by: string;
  deployed_at: string;
  run_url: string;
  /** The training data's profile (validate-data's profile.json), when the workflow gave one. */
  data_profile?: DataProfileRef;
  /** Where the training data came from, when a data-arrived run read it from S3. */
  data_source?: DataSource;
}

export interface RecordParts {
  metrics: MetricsFile;
  modelVersion: string;
  fingerprint: { sha256: string; rows: number };
  image: { uri: string; digest: string };
  bundle: string;
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
    approved_by: parts.approvedBy,
    deployed_at: parts.deployedAt.toISOString(),
    run_url: parts.runUrl,
    ...(parts.dataSource === undefined ? {} : { data_source: { uri: parts.dataSource.uri, version_id: parts.dataSource.version_id } }),
  };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(where: string, value: Json, key: string, check: (v: unknown) => v is T, expected: string): T {
  const found = value[key];
  if (!check(found))
    throw new Error(`${where}.${key}: expected ${expected}, found ${found === undefined ? 'nothing' : JSON.stringify(found)}`);
  return found;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

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
  if (!isObject(value)) throw new Error(`${where}: the payload is not a production record object`);
  const fingerprint = field(where, value, 'data_fingerprint', isObject, 'an object {sha256, rows}');
  const image = field(where, value, 'image', isObject, 'an object {uri, digest}');
  return {
    record_format: field(where, value, 'record_format', (v): v is number => v === RECORD_FORMAT, `${RECORD_FORMAT}`),
    project: field(where, value, 'project', isString, 'the project name'),
    model_version: field(where, value, 'model_version', isString, 'the model version'),
    metrics: validateDocument<MetricsFile>('metrics-file', value.metrics, `${where}.metrics`),
    data_fingerprint: {
      sha256: field(`${where}.data_fingerprint`, fingerprint, 'sha256', isString, 'the data sha256'),
      rows: field(`${where}.data_fingerprint`, fingerprint, 'rows', isCount, 'a row count'),
    },
    image: {
      uri: field(`${where}.image`, image, 'uri', isString, 'the image URI'),
      digest: field(`${where}.image`, image, 'digest', isString, 'the image digest'),
    },
    bundle: field(where, value, 'bundle', isString, 'the bundle location'),
    approved_by: field(where, value, 'approved_by', isString, 'the approver'),
    deployed_at: field(where, value, 'deployed_at', isString, 'an ISO 8601 time'),
    run_url: field(where, value, 'run_url', isString, 'the run URL'),
    ...(value.data_profile === undefined ? {} : { data_profile: parseDataProfileRef(value.data_profile, `${where}.data_profile`) }),
    ...(value.data_source === undefined ? {} : { data_source: parseDataSource(value.data_source, `${where}.data_source`) }),
  };
}

function parseDataSource(value: unknown, where: string): DataSource {
  if (!isObject(value)) throw new Error(`${where}: expected an object {uri, version_id}`);
  const versionId = value.version_id;
  if (versionId !== null && !isString(versionId)) throw new Error(`${where}.version_id: expected a version id or null`);
  return { uri: field(where, value, 'uri', isString, 'the s3:// URI'), version_id: versionId };
}
