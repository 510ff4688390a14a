// A data-arrived repository_dispatch payload, checked before the training job trusts any of
// it: anyone who can dispatch to the repository can send one, so the project must be a known
// project (and the one this job runs for), the URI an object under incoming/<project>/ of the
// data bucket, the sha256 64 lowercase hex digits and the version id plain. The download's
// sha256 is then checked against it by resolve-data (scripts/workflow/resolve-data.sh).
// Dependency-free: the workflow runs it with Node 24's type stripping before any npm install.
// CLI environment: PAYLOAD (toJSON(github.event.client_payload)), DATA_BUCKET (vars.DATA_BUCKET),
// PROJECT (this job's project). Writes uri, version-id, sha256 and data-version to
// $GITHUB_OUTPUT and a line to the job summary; exits 1 with `::error::` naming the field.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const INCOMING_PREFIX = 'incoming/';
const PROJECT_NAME = /^[a-z][a-z0-9-]{0,30}$/;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const VERSION_ID = /^[A-Za-z0-9._-]{1,1024}$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export interface DataArrival {
  project: string;
  uri: string;
  /** null when the bucket has no versioning (Slipway's has). */
  versionId: string | null;
  sha256: string;
}

export class PayloadError extends Error {}

export function knownProjects(root: string): string[] {
  return readdirSync(join(root, 'ml', 'projects'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
}

const quoted = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 200));

export function checkPayload(payloadJson: string, dataBucket: string, jobProject: string, projects: string[]): DataArrival {
  if (!BUCKET.test(dataBucket))
    throw new PayloadError(
      `DATA_BUCKET ${quoted(dataBucket)} is not a bucket name: set the repository variable DATA_BUCKET (docs/ENVIRONMENTS.md)`,
    );
  let payload: unknown;
  try {
    payload = JSON.parse(payloadJson);
  } catch {
    throw new PayloadError('client_payload is not JSON');
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new PayloadError('client_payload is not an object');
  const { project, uri, version_id: versionId, sha256 } = payload as Record<string, unknown>;
  if (typeof project !== 'string' || !PROJECT_NAME.test(project) || !projects.includes(project)) {
    throw new PayloadError(`client_payload.project ${quoted(project)} is not one of the projects ${projects.join(', ')}`);
  }
  if (project !== jobProject) throw new PayloadError(`client_payload.project ${quoted(project)} is not this job's project "${jobProject}"`);
  const prefix = `s3://${dataBucket}/${INCOMING_PREFIX}${project}/`;
  if (typeof uri !== 'string' || !uri.startsWith(prefix) || !FILE_NAME.test(uri.slice(prefix.length))) {
    throw new PayloadError(
      `client_payload.uri ${quoted(uri)} is not an object ${prefix}<file> of the data bucket (file names: A-Z a-z 0-9 . _ -)`,
    );
  }
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new PayloadError(`client_payload.sha256 ${quoted(sha256)} is not 64 lowercase hex digits`);
  }
  if (versionId !== null && versionId !== undefined && (typeof versionId !== 'string' || !VERSION_ID.test(versionId))) {
    throw new PayloadError(`client_payload.version_id ${quoted(versionId)} is not an S3 version id`);
  }
  return { project, uri, versionId: typeof versionId === 'string' ? versionId : null, sha256 };
}

/** How the run's summary and records name the data: uri, version and sha256. */
export function dataVersion(arrival: DataArrival): string {
  return `${arrival.uri} (version ${arrival.versionId ?? 'none'}, sha256 ${arrival.sha256})`;
}

function main(): void {
  const env = process.env;
  try {
    const arrival = checkPayload(env.PAYLOAD ?? '', env.DATA_BUCKET ?? '', env.PROJECT ?? '', knownProjects(process.cwd()));
    const lines = [
      `uri=${arrival.uri}`,
      `version-id=${arrival.versionId ?? ''}`,
      `sha256=${arrival.sha256}`,
      `data-version=${dataVersion(arrival)}`,
    ].join('\n');
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${lines}\n`);
    else process.stdout.write(`${lines}\n`);
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `### Data arrived\n\n${dataVersion(arrival)}\n`);
    process.stderr.write(`data-arrived payload accepted: ${dataVersion(arrival)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`::error::data-arrived payload refused, nothing was trained: ${message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
