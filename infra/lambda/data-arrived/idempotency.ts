// The same object version dispatches once, however often EventBridge or Lambda deliver its
// event. A marker object per version is created with a conditional put (If-None-Match: *), so
// of two concurrent deliveries exactly one claims it; the claim is marked `dispatched` after
// GitHub accepted the dispatch and deleted when the dispatch failed (so a retry may claim it
// again). A claim older than the lease (its Lambda died mid-way) is taken over with If-Match on
// the marker's ETag, which again lets only one delivery win.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectCreated } from './event.js';

export const MARKER_PREFIX = 'data-arrived/dispatched/';

export interface Marker {
  state: 'dispatching' | 'dispatched';
  /** ISO time of the claim (dispatching) or of GitHub's acceptance (dispatched). */
  at: string;
  event_id: string;
}

export type Claim = { kind: 'claimed'; etag: string } | { kind: 'dispatched'; at: string } | { kind: 'in-progress'; since: string };

export function markerKey(event: Pick<ObjectCreated, 'key' | 'versionId' | 'sequencer'>): string {
  const version = event.versionId ?? `sequencer-${event.sequencer}`;
  return `${MARKER_PREFIX}${event.key}/${version}.json`;
}

/** A conditional write lost: the object exists (412) or a concurrent conditional write won (409). */
function lostCondition(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 412 || error.$metadata.httpStatusCode === 409 || error.name === 'PreconditionFailed')
  );
}

export class Idempotency {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
    private readonly leaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private async put(key: string, marker: Marker, condition: { IfNoneMatch: '*' } | { IfMatch: string } | object): Promise<string> {
    const response = await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: JSON.stringify(marker), ContentType: 'application/json', ...condition }),
    );
    return response.ETag ?? '';
  }

  private async read(key: string): Promise<{ marker: Marker; etag: string } | null> {
    try {
      const response = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const marker = JSON.parse((await response.Body?.transformToString()) ?? '') as Marker;
      return { marker, etag: response.ETag ?? '' };
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async claim(event: ObjectCreated): Promise<Claim> {
    const key = markerKey(event);
    const mine: Marker = { state: 'dispatching', at: new Date(this.now()).toISOString(), event_id: event.id };
    try {
      return { kind: 'claimed', etag: await this.put(key, mine, { IfNoneMatch: '*' }) };
    } catch (error) {
      if (!lostCondition(error)) throw error;
    }
    const existing = await this.read(key);
    if (existing === null) return this.claim(event); // released between our put and our read
    if (existing.marker.state === 'dispatched') return { kind: 'dispatched', at: existing.marker.at };
    if (this.now() - Date.parse(existing.marker.at) < this.leaseMs) return { kind: 'in-progress', since: existing.marker.at };
    try {
      return { kind: 'claimed', etag: await this.put(key, mine, { IfMatch: existing.etag }) };
    } catch (error) {
      if (lostCondition(error)) return { kind: 'in-progress', since: mine.at };
      throw error;
    }
  }

  async complete(event: ObjectCreated): Promise<void> {
    await this.put(markerKey(event), { state: 'dispatched', at: new Date(this.now()).toISOString(), event_id: event.id }, {});
  }

  /** Gives the claim back after a failed dispatch, so the retry of this event may claim it. */
  async release(event: ObjectCreated): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: markerKey(event) }));
  }
}
