// A 1 GiB object is hashed with bounded memory: generated on the fly, uploaded to moto as a
// multipart upload without any checksum (so S3 holds no SHA-256 and the handler must stream),
// then hashed by the handler's own code in a child process with a 64 MB V8 heap, whose peak
// RSS growth must stay far below the object's size.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { repoRoot } from '../../../runner/src/paths.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { createWorld, type World } from './harness.js';

const MiB = 1024 * 1024;
const OBJECT_BYTES = 1024 * MiB;
const PART_BYTES = 64 * MiB;
/** The hasher's RSS may grow by this much at most while hashing 1 GiB (one part in flight, buffers). */
const MAX_RSS_GROWTH = 128 * MiB;

let moto: MotoServer;
let world: World;

/** Deterministic, non-repeating content: a 1 MiB block with the block's index stamped in. */
function* blocks(first: number, count: number): Generator<Buffer> {
  const base = createHash('sha512').update('slipway').digest();
  const block = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i += base.length) base.copy(block, i);
  for (let index = first; index < first + count; index++) {
    block.writeUInt32BE(index, 0);
    block.writeUInt32BE(index ^ 0x5a5a5a5a, MiB - 4);
    yield Buffer.from(block);
  }
}

beforeAll(async () => {
  moto = await startMoto();
  world = await createWorld(moto, 'large');
});

afterAll(async () => {
  await moto.stop();
});

describe('a 1 GiB object', () => {
  it('is hashed by streaming, with bounded memory, to the sha256 of what was uploaded', async () => {
    const key = 'incoming/abalone/one-gib.csv';
    const expected = createHash('sha256');
    const { UploadId } = await world.plainS3.send(new CreateMultipartUploadCommand({ Bucket: world.bucket, Key: key }));
    const parts: { ETag: string; PartNumber: number }[] = [];
    const blocksPerPart = PART_BYTES / MiB;
    for (let part = 0; part < OBJECT_BYTES / PART_BYTES; part++) {
      const stream = Readable.from(
        (function* hashed() {
          for (const block of blocks(part * blocksPerPart, blocksPerPart)) {
            expected.update(block);
            yield block;
          }
        })(),
      );
      const uploaded = await world.plainS3.send(
        new UploadPartCommand({ Bucket: world.bucket, Key: key, UploadId, PartNumber: part + 1, Body: stream, ContentLength: PART_BYTES }),
      );
      parts.push({ ETag: uploaded.ETag ?? '', PartNumber: part + 1 });
    }
    const done = await world.plainS3.send(
      new CompleteMultipartUploadCommand({ Bucket: world.bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }),
    );

    const root = repoRoot();
    const child = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['infra/test/data-arrival/hash-object.ts', world.bucket, key, done.VersionId ?? ''],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...moto.env,
          NODE_OPTIONS: '--max-old-space-size=64',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
        timeout: 300_000,
      },
    );
    expect([child.status, child.stderr]).toEqual([0, '']);
    const result = JSON.parse(child.stdout) as {
      sha256: string;
      source: string;
      size: number;
      rssBefore: number;
      peakRss: number;
      seconds: number;
    };
    expect(result).toMatchObject({ sha256: expected.digest('hex'), source: 'streamed', size: OBJECT_BYTES });
    const growth = result.peakRss - result.rssBefore;
    process.stdout.write(
      `1 GiB streamed hash: ${result.seconds.toFixed(1)} s, RSS ${Math.round(result.rssBefore / MiB)} MiB before, peak ${Math.round(result.peakRss / MiB)} MiB (growth ${Math.round(growth / MiB)} MiB)\n`,
    );
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
    // Moving 1 GiB through moto twice takes minutes on a loaded two-core machine.
  }, 600_000);
});
