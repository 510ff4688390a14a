// One Object Created event, start to end: check it, route the key to a project, claim the
// object version (idempotency), hash it, write the manifest, dispatch, mark it dispatched.
// Ignored events are logged with the reason. Failures that retrying cannot fix go to the
// dead-letter queue with the event and the error; others are thrown for Lambda to retry (and
// park in the same queue after its last attempt).
import { S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { GithubAuth } from './auth.js';
import { objectSha256 } from './checksum.js';
import type { DataArrivalConfig } from './config.js';
import { dispatch } from './dispatch.js';
import { EventShapeError, parseObjectCreated } from './event.js';
import { PermanentDeliveryError, type GithubTransport } from './github.js';
import { Idempotency } from './idempotency.js';
import { buildManifest, writeManifest, type Manifest } from './manifest.js';
import { routeKey } from './routing.js';

export interface Deps {
  config: DataArrivalConfig;
  s3: S3Client;
  sqs: SQSClient;
  auth: GithubAuth;
  transport: GithubTransport;
}

export type Outcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'duplicate'; state: 'dispatched' | 'in-progress'; since: string }
  | { kind: 'dispatched'; manifest: Manifest; manifestKey: string }
  | { kind: 'dead-lettered'; error: string };

function isGone(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchVersion');
}

async function deadLetter(deps: Deps, event: unknown, error: string): Promise<Outcome> {
  await deps.sqs.send(
    new SendMessageCommand({
      QueueUrl: deps.config.deadLetterQueueUrl,
      MessageBody: JSON.stringify({ error, event }),
      MessageAttributes: { source: { DataType: 'String', StringValue: 'data-arrived handler' } },
    }),
  );
  deps.transport.log({ level: 'error', message: 'event parked in the dead-letter queue', error });
  return { kind: 'dead-lettered', error };
}

export async function processEvent(deps: Deps, raw: unknown): Promise<Outcome> {
  const { config, s3, transport } = deps;
  let event;
  try {
    event = parseObjectCreated(raw);
  } catch (error) {
    if (error instanceof EventShapeError) return deadLetter(deps, raw, `malformed event: ${error.message}`);
    throw error;
  }
  const where = { bucket: event.bucket, key: event.key, version_id: event.versionId, event_id: event.id };
  const ignore = (reason: string): Outcome => {
    transport.log({ level: 'info', message: 'ignored', reason, ...where });
    return { kind: 'ignored', reason };
  };
  if (event.bucket !== config.dataBucket) return ignore(`bucket ${event.bucket} is not the data bucket ${config.dataBucket}`);
  const route = routeKey(event.key, config.incomingPrefix, config.projects);
  if (route.kind === 'ignore') return ignore(route.reason);

  const idempotency = new Idempotency(s3, config.dataBucket, config.leaseMs, transport.now);
  const claim = await idempotency.claim(event);
  if (claim.kind !== 'claimed') {
    transport.log({ level: 'info', message: 'duplicate delivery: not dispatched again', state: claim.kind, ...where });
    return { kind: 'duplicate', state: claim.kind, since: claim.kind === 'dispatched' ? claim.at : claim.since };
  }
  try {
    const hashed = await objectSha256(s3, { bucket: event.bucket, key: event.key, versionId: event.versionId });
    const manifest = buildManifest(route.project, event, hashed);
    const manifestKey = await writeManifest(s3, manifest);
    await dispatch(transport, deps.auth, config.githubApiUrl, config.repository, manifest);
    await idempotency.complete(event);
    transport.log({ level: 'info', message: 'dispatched data-arrived', project: route.project, sha256: manifest.sha256, ...where });
    return { kind: 'dispatched', manifest, manifestKey };
  } catch (error) {
    await idempotency.release(event);
    if (error instanceof PermanentDeliveryError) return deadLetter(deps, raw, error.message);
    if (isGone(error)) return deadLetter(deps, raw, `s3://${event.bucket}/${event.key} version ${event.versionId ?? '-'} no longer exists`);
    throw error;
  }
}
