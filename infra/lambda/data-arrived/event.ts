// The EventBridge event S3 sends when an object is created (AWS docs: "EventBridge event
// message structure"). The event is read as untrusted input: every field the handler uses is
// checked, and a malformed event is an error naming the field.

export interface ObjectCreated {
  /** The event's id (EventBridge's UUID); logged, never used for idempotency. */
  id: string;
  /** When S3 created the object (RFC 3339, UTC). */
  time: string;
  bucket: string;
  key: string;
  size: number;
  etag: string;
  /** Absent only in a bucket without versioning. */
  versionId: string | null;
  sequencer: string;
  /** PutObject, CompleteMultipartUpload, CopyObject, … */
  reason: string;
}

export class EventShapeError extends Error {
  override name = 'EventShapeError';
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new EventShapeError(`${where} is not an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new EventShapeError(`${where} is not a non-empty string`);
  return value;
}

/** The fields of an S3 "Object Created" event the handler needs, or an EventShapeError. */
export function parseObjectCreated(event: unknown): ObjectCreated {
  const root = record(event, 'the event');
  if (root.source !== 'aws.s3' || root['detail-type'] !== 'Object Created') {
    throw new EventShapeError(
      `source "${String(root.source)}" / detail-type "${String(root['detail-type'])}" is not aws.s3 / Object Created: check the rule's pattern`,
    );
  }
  const detail = record(root.detail, 'detail');
  const object = record(detail.object, 'detail.object');
  const size = object.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    throw new EventShapeError('detail.object.size is not a byte count');
  const time = text(root.time, 'time');
  if (Number.isNaN(Date.parse(time))) throw new EventShapeError(`time "${time}" is not a date`);
  const versionId = object['version-id'];
  return {
    id: text(root.id, 'id'),
    time,
    bucket: text(record(detail.bucket, 'detail.bucket').name, 'detail.bucket.name'),
    key: text(object.key, 'detail.object.key'),
    size,
    etag: typeof object.etag === 'string' ? object.etag : '',
    versionId: versionId === undefined || versionId === null ? null : text(versionId, 'detail.object.version-id'),
    sequencer: typeof object.sequencer === 'string' ? object.sequencer : '',
    reason: typeof detail.reason === 'string' ? detail.reason : '',
  };
}
