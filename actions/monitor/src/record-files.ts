// Lists the record files of one project and kind (predictions | feedback) over a range of hours,
// in a folder or under s3://bucket/prefix. Layout (CONTRACTS.md, "Prediction records and
// feedback"): <root>/<project>/<kind>/YYYY/MM/DD/HH/<file>.jsonl, the hour of each record's time
// (UTC). A file is complete once it has its name, so every .jsonl file listed is read; hidden
// files (a writer's temporary names) are passed over.
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';

export type RecordKind = 'predictions' | 'feedback';

export interface RecordFile {
  /** Where the file is, as a reader would give it back (a path or an s3:// URI). */
  name: string;
  /** The file's bytes, a bounded chunk at a time (never the whole file at once). */
  chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** A local file's path and size (a worker thread can read it). */
  local?: { path: string; bytes: number };
}

/** A local file's chunks (line-reader's READ_CHUNK; the buffer is reused, so each is consumed before the next). */
export function* localChunks(path: string, chunk = 1 << 20): Iterable<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunk);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

const HOUR_MS = 3_600_000;

/** "YYYY/MM/DD/HH" of the hour holding t. */
export function hourPath(t: number): string {
  const d = new Date(Math.floor(t / HOUR_MS) * HOUR_MS).toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(11, 13)}`;
}

/** Hours [from, to] as hour paths, to = undefined: no upper end. Paths compare as text. */
export interface HourRange {
  first: string;
  last?: string;
}

function inRange(hour: string, range: HourRange): boolean {
  return hour >= range.first && (range.last === undefined || hour <= range.last);
}

const DIGITS = [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/, /^\d{2}$/];

function isRecordFileName(name: string): boolean {
  return !name.startsWith('.') && name.endsWith('.jsonl');
}

/** Local folder: walks the YYYY/MM/DD/HH folders in order, entering only those that can hold the range. */
export function listLocalFiles(root: string, project: string, kind: RecordKind, range: HourRange): RecordFile[] {
  const base = join(root, project, kind);
  if (!existsSync(base)) return [];
  const files: RecordFile[] = [];
  const walk = (dir: string, parts: string[]): void => {
    const level = parts.length;
    if (level === 4) {
      for (const name of readdirSync(dir).sort()) {
        const file = join(dir, name);
        const stat = isRecordFileName(name) ? statSync(file) : undefined;
        if (stat?.isFile()) files.push({ name: file, chunks: () => localChunks(file), local: { path: file, bytes: stat.size } });
      }
      return;
    }
    for (const name of readdirSync(dir).sort()) {
      if (!DIGITS[level]?.test(name)) continue;
      const prefix = [...parts, name].join('/');
      // A partial path is in range when some hour under it can be.
      if (prefix < range.first.slice(0, prefix.length)) continue;
      if (range.last !== undefined && prefix > range.last.slice(0, prefix.length)) continue;
      const next = join(dir, name);
      if (statSync(next).isDirectory()) walk(next, [...parts, name]);
    }
  };
  walk(base, []);
  return files.filter((f) => inRange(hourOfLocal(f.name, base), range));
}

function hourOfLocal(file: string, base: string): string {
  return file
    .slice(base.length + 1)
    .split(/[\\/]/)
    .slice(0, 4)
    .join('/');
}

export interface S3Root {
  bucket: string;
  /** '' or a prefix ending in '/'. */
  prefix: string;
}

export function parseS3Root(uri: string, what: string): S3Root {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  if (match === null) throw new Error(`${what} "${uri}" is not an S3 URI; write it as s3://bucket/prefix`);
  const rest = (match[2] ?? '').replace(/\/+$/, '');
  return { bucket: match[1] ?? '', prefix: rest === '' ? '' : `${rest}/` };
}

/** S3: one listing from the first hour on (keys sort as their hours do), stopped past the last. */
export async function listS3Files(s3: S3Client, root: S3Root, project: string, kind: RecordKind, range: HourRange): Promise<RecordFile[]> {
  const { GetObjectCommand, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const base = `${root.prefix}${project}/${kind}/`;
  const files: RecordFile[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: root.bucket, Prefix: base, StartAfter: `${base}${range.first}`, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      const key = object.Key ?? '';
      const hour = key.slice(base.length, base.length + 13);
      if (range.last !== undefined && hour > range.last) return files;
      const name = key.slice(key.lastIndexOf('/') + 1);
      if (!inRange(hour, range) || !isRecordFileName(name)) continue;
      const uri = `s3://${root.bucket}/${key}`;
      files.push({
        name: uri,
        chunks: async function* () {
          const answer = await s3.send(new GetObjectCommand({ Bucket: root.bucket, Key: key }));
          if (answer.Body === undefined) throw new Error(`${uri}: S3 returned no body`);
          // In Node the body is a stream of Buffers: read as it arrives, never joined whole.
          yield* answer.Body as AsyncIterable<Uint8Array>;
        },
      });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return files;
}

/** An S3 client for the standard SDK environment; endpoints other than AWS (moto) use path-style buckets. */
export async function s3Client(): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  return new S3Client({
    region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    customUserAgent: 'slipway-monitor',
    followRegionRedirects: true,
    forcePathStyle: endpoint !== undefined,
  });
}
