// Event fixtures with the exact shape of S3's EventBridge "Object Created" events (AWS docs,
// "EventBridge event message structure"): a PutObject and a CompleteMultipartUpload. Tests
// change bucket, key, version and size to the object they uploaded.
import { readFileSync } from 'node:fs';

export type S3Event = Record<string, unknown> & { detail: { bucket: { name: string }; object: Record<string, unknown> } };

export function fixture(name: 'object-created-put' | 'object-created-multipart'): S3Event {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as S3Event;
}

export function eventFor(object: { bucket: string; key: string; versionId?: string; size: number; etag?: string }, id = 'e-1'): S3Event {
  const event = fixture('object-created-put');
  event.id = `17793124-05d4-b198-2fde-${id.padStart(12, '0')}`;
  event.resources = [`arn:aws:s3:::${object.bucket}`];
  event.detail.bucket.name = object.bucket;
  event.detail.object = {
    ...event.detail.object,
    key: object.key,
    size: object.size,
    etag: object.etag ?? 'b1946ac92492d2347c6235b4d2611184',
    'version-id': object.versionId,
  };
  return event;
}
