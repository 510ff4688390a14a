// The manifest written next to the data (`<key>.manifest.json`): what arrived, which version,
// how big, its sha256 and when — the seed's manifest plus the checksum. It is also the
// dispatch's client_payload.manifest.
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Sha256Result } from './checksum.js';
import type { ObjectCreated } from './event.js';
import { manifestKey } from './routing.js';

export interface Manifest {
  project: string;
  uri: string;
  bucket: string;
  key: string;
  version_id: string | null;
  size: number;
  sha256: string;
  sha256_source: Sha256Result['source'];
  etag: string;
  event_time: string;
  event_id: string;
  reason: string;
}

export function buildManifest(project: string, event: ObjectCreated, hashed: Sha256Result): Manifest {
  return {
    project,
    uri: `s3://${event.bucket}/${event.key}`,
    bucket: event.bucket,
    key: event.key,
    version_id: event.versionId,
    size: hashed.size,
    sha256: hashed.sha256,
    sha256_source: hashed.source,
    etag: event.etag,
    event_time: event.time,
    event_id: event.id,
    reason: event.reason,
  };
}

/** Writes the manifest (one PutObject: it appears complete or not at all); returns its key. */
export async function writeManifest(s3: S3Client, manifest: Manifest): Promise<string> {
  const key = manifestKey(manifest.key);
  await s3.send(
    new PutObjectCommand({
      Bucket: manifest.bucket,
      Key: key,
      Body: `${JSON.stringify(manifest, null, 2)}\n`,
      ContentType: 'application/json',
    }),
  );
  return key;
}
