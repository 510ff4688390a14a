// Inputs of a training job in S3: the data content-addressed by its sha256 (uploaded once, found
// again by later runs), the spec and contract under the job's own prefix.
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileSha256 } from '@slipway/shared';

async function exists(s3: S3Client, bucket: string, key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (error as Error).name === 'NotFound') return false;
    throw new Error(`s3://${bucket}/${key}: ${(error as Error).message}`);
  }
}

export interface UploadedData {
  uri: string;
  sha256: string;
  /** False when an object with this content was already there. */
  uploaded: boolean;
}

/** `<prefix>/data/<sha256>/<file name>`: the name keeps its extension (CSV or Parquet). */
export async function uploadData(s3: S3Client, options: { bucket: string; prefix: string; file: string }): Promise<UploadedData> {
  const sha256 = fileSha256(options.file);
  const key = `${options.prefix}/data/${sha256}/${basename(options.file)}`;
  const uri = `s3://${options.bucket}/${key}`;
  if (await exists(s3, options.bucket, key)) return { uri, sha256, uploaded: false };
  await s3.send(
    new PutObjectCommand({
      Bucket: options.bucket,
      Key: key,
      Body: createReadStream(options.file),
      ContentLength: statSync(options.file).size,
      ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
    }),
  );
  return { uri, sha256, uploaded: true };
}

/** Small files under one key prefix; returns the prefix's s3:// URI. */
export async function uploadFiles(
  s3: S3Client,
  options: { bucket: string; prefix: string; files: Record<string, string> },
): Promise<string> {
  for (const [relative, file] of Object.entries(options.files)) {
    await s3.send(new PutObjectCommand({ Bucket: options.bucket, Key: `${options.prefix}/${relative}`, Body: readFileSync(file) }));
  }
  return `s3://${options.bucket}/${options.prefix}/`;
}
