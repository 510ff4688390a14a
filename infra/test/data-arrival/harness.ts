// The data-arrived handler against moto in server mode (S3 with versioning and checksums,
// Secrets Manager, SQS) and GitHub answered by nock from recorded responses. Sleeps are
// recorded instead of waited, so retry tests take no wall time.
import { CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client, type ChecksumAlgorithm } from '@aws-sdk/client-s3';
import { CreateSecretCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { GithubAuth } from '../../lambda/data-arrived/auth.js';
import type { DataArrivalConfig } from '../../lambda/data-arrived/config.js';
import type { GithubTransport } from '../../lambda/data-arrived/github.js';
import type { Deps } from '../../lambda/data-arrived/process-event.js';
import type { MotoServer } from '../support/moto-server.js';

export const GITHUB_API = 'https://api.github.com';
export const REPOSITORY = 'slipway-org/slipway';
export const REGION = 'us-east-1';
export const TOKEN = 'github_pat_11AAAAAAA0fixtureToken_abcdefghijklmnopqrstuvwxyz0123456789';

export interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function recorded(name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`./fixtures/github/${name}.json`, import.meta.url), 'utf8')) as Recorded;
}

/** Answers one request to `path` with a recorded response; returns the scope and the bodies seen. */
export function answer(path: string, name: string, bodies: unknown[] = [], authorization = `Bearer ${TOKEN}`): nock.Scope {
  const response = recorded(name);
  return nock(GITHUB_API, { reqheaders: { authorization, 'x-github-api-version': '2022-11-28' } })
    .post(path, (body: unknown) => {
      bodies.push(body);
      return true;
    })
    .reply(response.status, response.body === null ? '' : JSON.stringify(response.body), response.headers);
}

export interface World {
  s3: S3Client;
  /** A client that uploads without any checksum, like an uploader that asks for none. */
  plainS3: S3Client;
  sqs: SQSClient;
  secrets: SecretsManagerClient;
  bucket: string;
  queueUrl: string;
  secretId: string;
}

export async function createWorld(moto: MotoServer, name: string): Promise<World> {
  const base = { region: REGION, endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const s3 = new S3Client({ ...base, forcePathStyle: true });
  const plainS3 = new S3Client({ ...base, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' });
  const sqs = new SQSClient(base);
  const secrets = new SecretsManagerClient(base);
  const bucket = `slipway-data-${name}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: `slipway-data-arrived-dlq-${name}` }))).QueueUrl ?? '';
  const secretId =
    (await secrets.send(new CreateSecretCommand({ Name: `slipway/github-dispatch-${name}`, SecretString: TOKEN }))).ARN ?? '';
  return { s3, plainS3, sqs, secrets, bucket, queueUrl, secretId };
}

export async function rotateSecret(world: World, secret: string): Promise<void> {
  await world.secrets.send(new PutSecretValueCommand({ SecretId: world.secretId, SecretString: secret }));
}

export async function upload(
  world: World,
  key: string,
  body: string,
  checksum?: ChecksumAlgorithm,
): Promise<{ key: string; versionId: string; size: number; etag: string }> {
  const client = checksum === undefined ? world.plainS3 : world.s3;
  const put = await client.send(
    new PutObjectCommand({
      Bucket: world.bucket,
      Key: key,
      Body: body,
      ...(checksum === undefined ? {} : { ChecksumAlgorithm: checksum }),
    }),
  );
  return { key, versionId: put.VersionId ?? '', size: Buffer.byteLength(body), etag: (put.ETag ?? '').replaceAll('"', '') };
}

export interface Harness {
  deps: Deps;
  sleeps: number[];
  logs: string[];
}

export function harness(world: World, overrides: Partial<DataArrivalConfig> = {}, secretText?: () => Promise<string>): Harness {
  const config: DataArrivalConfig = {
    dataBucket: world.bucket,
    incomingPrefix: 'incoming/',
    projects: ['house-prices', 'abalone'],
    repository: REPOSITORY,
    secretId: world.secretId,
    deadLetterQueueUrl: world.queueUrl,
    githubApiUrl: GITHUB_API,
    leaseMs: 900_000,
    ...overrides,
  };
  const sleeps: number[] = [];
  const logs: string[] = [];
  const transport: GithubTransport = {
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
      await Promise.resolve();
    },
    now: Date.now,
    deadline: () => Date.now() + 600_000,
    log: (entry) => logs.push(JSON.stringify(entry)),
  };
  const load =
    secretText ??
    (async () => {
      const { GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
      return (await world.secrets.send(new GetSecretValueCommand({ SecretId: world.secretId }))).SecretString ?? '';
    });
  const auth = new GithubAuth(load, world.secretId, transport, GITHUB_API, REPOSITORY);
  return { deps: { config, s3: world.s3, sqs: world.sqs, auth, transport }, sleeps, logs };
}

export async function deadLetters(world: World): Promise<{ error: string; event: unknown }[]> {
  const received = await world.sqs.send(
    new ReceiveMessageCommand({ QueueUrl: world.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
  );
  return (received.Messages ?? []).map((message) => JSON.parse(message.Body ?? '{}') as { error: string; event: unknown });
}
