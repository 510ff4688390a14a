// The object's sha256: S3's own full-object SHA-256 checksum when the uploader asked for one,
// else computed by streaming the object version through the hash (never read into memory). A
// multipart upload's SHA-256 is COMPOSITE (a hash of the parts' hashes), not the file's: it is
// not used.
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface ObjectRef {
  bucket: string;
  key: string;
  versionId: string | null;
}

export interface Sha256Result {
  sha256: string;
  /** s3-checksum: S3's stored full-object checksum; streamed: hashed here. */
  source: 's3-checksum' | 'streamed';
  size: number;
}

/** base64 (as S3 returns checksums) → 64 lowercase hex digits, or null when not a SHA-256. */
export function sha256Hex(base64: string): string | null {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(base64)) return null;
  return Buffer.from(base64, 'base64').toString('hex');
}

function versionOf(ref: ObjectRef): { VersionId?: string } {
  return ref.versionId === null ? {} : { VersionId: ref.versionId };
}

/** S3's full-object SHA-256 of this version, or null when it has none. */
export async function storedSha256(s3: S3Client, ref: ObjectRef): Promise<{ sha256: string | null; size: number }> {
  const head = await s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...versionOf(ref), ChecksumMode: 'ENABLED' }));
  const size = head.ContentLength ?? 0;
  if (head.ChecksumSHA256 === undefined || head.ChecksumType === 'COMPOSITE') return { sha256: null, size };
  return { sha256: sha256Hex(head.ChecksumSHA256), size };
}

/** Hashes a stream chunk by chunk; memory stays at one chunk whatever the length. */
export async function sha256OfStream(stream: AsyncIterable<Uint8Array>): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Streams this exact version of the object through SHA-256. */
export async function streamedSha256(s3: S3Client, ref: ObjectRef): Promise<{ sha256: string; size: number }> {
  const response = await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, ...versionOf(ref) }));
  if (response.Body === undefined) throw new Error(`s3://${ref.bucket}/${ref.key}: GetObject returned no body`);
  return sha256OfStream(response.Body as Readable);
}

export async function objectSha256(s3: S3Client, ref: ObjectRef): Promise<Sha256Result> {
  const stored = await storedSha256(s3, ref);
  if (stored.sha256 !== null) return { sha256: stored.sha256, source: 's3-checksum', size: stored.size };
  const streamed = await streamedSha256(s3, ref);
  return { ...streamed, source: 'streamed' };
}
