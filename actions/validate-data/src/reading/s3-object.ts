// s3://bucket/key data: the object is streamed with GetObject into a temp file (Parquet needs
// random access, and duplicate checks read rows again), then validated like a local file. The
// endpoint comes from the standard SDK environment (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL).
import { createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

const USER_AGENT = 'slipway-validate-data';

interface S3Location {
  bucket: string;
  key: string;
}

export function isS3Uri(value: string): boolean {
  return value.startsWith('s3://');
}

function parseS3Uri(uri: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri);
  if (match === null) throw new Error(`data "${uri}" is not an S3 object URI; write it as s3://bucket/path/to/file.csv`);
  return { bucket: match[1] ?? '', key: match[2] ?? '' };
}

/** Loaded on first use: the SDK is most of the bundle, and local runs do not need it. */
async function client(): Promise<{ s3: S3Client; GetObjectCommand: typeof GetObjectCommand }> {
  const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  const s3 = new S3Client({
    region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    customUserAgent: USER_AGENT,
    followRegionRedirects: true,
    // Endpoints other than AWS (moto, MinIO) take the bucket in the path, not the host name.
    forcePathStyle: endpoint !== undefined,
  });
  return { s3, GetObjectCommand };
}

/** Downloads the object to a file under dir; the file appears under its name only when complete. */
async function downloadS3Object(uri: string, dir: string): Promise<string> {
  const { bucket, key } = parseS3Uri(uri);
  const file = join(dir, key.split('/').pop() || 'object');
  const partial = `${file}.partial`;
  try {
    const { s3, GetObjectCommand } = await client();
    const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (response.Body === undefined) throw new Error('the response has no body');
    await pipeline(response.Body as Readable, createWriteStream(partial));
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(explain(uri, bucket, key, error));
  }
  renameSync(partial, file);
  return file;
}

function explain(uri: string, bucket: string, key: string, error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NoSuchBucket':
      return `${uri}: bucket "${bucket}" does not exist (NoSuchBucket); check the bucket name, the account and the endpoint`;
    case 'NoSuchKey':
      return `${uri}: bucket "${bucket}" has no object "${key}" (NoSuchKey); check the key's path and case`;
    case 'AccessDenied':
    case 'Forbidden':
      return `${uri}: access denied (${name}); the role needs s3:GetObject on arn:aws:s3:::${bucket}/${key}`;
    case 'CredentialsProviderError':
      return `${uri}: no AWS credentials were found; configure them (e.g. aws-actions/configure-aws-credentials) before this step`;
    default:
      return `${uri}: reading the object failed (${name}: ${message})`;
  }
}

/** A local copy of the data: the path itself, or an S3 object downloaded to a temp folder. */
export async function localData(
  location: string,
  tempRoot = process.env.RUNNER_TEMP ?? tmpdir(),
): Promise<{ path: string; cleanup: () => void }> {
  if (!isS3Uri(location)) return { path: location, cleanup: () => undefined };
  const dir = mkdtempSync(join(tempRoot, 'slipway-s3-data-'));
  try {
    return {
      path: await downloadS3Object(location, dir),
      cleanup: () => {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
