// The bundle tarball into S3 before the model names it: its sha256 must be bundle-sha256 (the
// digest the server will demand), and the key is content-addressed, so a rerun or the
// production deploy after staging finds the object there and uploads nothing. S3 checks the
// upload against the same digest (x-amz-checksum-sha256).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { explainAwsError } from './aws-errors.js';
import type { BundleUpload } from './inputs.js';

export interface UploadResult {
  uri: string;
  uploaded: boolean;
  bytes: number;
}

function isNotFound(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404;
}

export async function ensureBundleInS3(s3: S3Client, upload: BundleUpload, sha256: string, region: string): Promise<UploadResult> {
  let body: Buffer;
  try {
    body = await readFile(upload.file);
  } catch (error) {
    throw new Error(`input bundle-file: cannot read "${upload.file}" (${(error as Error).message}); give the gated bundle's .tar.gz`);
  }
  const actual = createHash('sha256').update(body).digest('hex');
  if (actual !== sha256) {
    throw new Error(
      `input bundle-file: "${upload.file}" has sha256 ${actual}, not bundle-sha256 ${sha256}; deploy the tarball the gate passed (train-model's bundle-tarball and bundle-sha256)`,
    );
  }
  const uri = `s3://${upload.bucket}/${upload.key}`;
  try {
    await s3.send(new HeadObjectCommand({ Bucket: upload.bucket, Key: upload.key }));
    return { uri, uploaded: false, bytes: body.length };
  } catch (error) {
    if (!isNotFound(error)) throw explainAwsError(error, 'HeadObject', region, 's3:GetObject');
  }
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: upload.bucket,
        Key: upload.key,
        Body: body,
        ContentType: 'application/gzip',
        ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
      }),
    );
  } catch (error) {
    throw explainAwsError(error, 'PutObject', region, 's3:PutObject');
  }
  return { uri, uploaded: true, bytes: body.length };
}
