// The data-arrived handler end to end against moto (S3 with versioning and checksums, Secrets
// Manager, SQS as the dead-letter queue) and GitHub's recorded answers (nock): what it
// dispatches, what it ignores, how it retries, and that one object version dispatches once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { generateKeyPairSync, createHash, createPublicKey, verify } from 'node:crypto';
import nock from 'nock';
import { TransientDeliveryError } from '../../lambda/data-arrived/github.js';
import { markerKey } from '../../lambda/data-arrived/idempotency.js';
import { processEvent } from '../../lambda/data-arrived/process-event.js';
import { useRecordedGitHub } from '../../../actions/test-support/nock-isolation.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { eventFor } from './events.js';
import { answer, createWorld, deadLetters, harness, recorded, REPOSITORY, rotateSecret, TOKEN, upload, type World } from './harness.js';

const DISPATCHES = `/repos/${REPOSITORY}/dispatches`;
const CSV = 'length,diameter,height,rings\n0.455,0.365,0.095,15\n0.35,0.265,0.09,7\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

let moto: MotoServer;
let world: World;
let counter = 0;

useRecordedGitHub();

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1'); // moto; GitHub stays recorded
  moto = await startMoto();
  world = await createWorld(moto, 'handler');
});

afterAll(async () => {
  await moto.stop();
});

/** A fresh object under incoming/<project>/ and its real-shaped event. */
async function arrived(project = 'abalone', checksum?: 'SHA256') {
  counter += 1;
  const object = await upload(world, `incoming/${project}/batch-${counter}.csv`, CSV, checksum);
  return { object, event: eventFor({ bucket: world.bucket, ...object }, String(counter)) };
}

async function body(key: string): Promise<string> {
  const response = await world.s3.send(new GetObjectCommand({ Bucket: world.bucket, Key: key }));
  return (await response.Body?.transformToString()) ?? '';
}

async function exists(key: string): Promise<boolean> {
  try {
    await world.s3.send(new HeadObjectCommand({ Bucket: world.bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

describe('a new object version', () => {
  it('is hashed by streaming when S3 holds no SHA-256, gets a manifest, and dispatches once (204)', async () => {
    const { object, event } = await arrived();
    const bodies: unknown[] = [];
    answer(DISPATCHES, 'dispatch-204', bodies);
    const run = harness(world);
    const outcome = await processEvent(run.deps, event);

    const uri = `s3://${world.bucket}/${object.key}`;
    expect(outcome).toMatchObject({ kind: 'dispatched', manifestKey: `${object.key}.manifest.json` });
    const manifest = JSON.parse(await body(`${object.key}.manifest.json`)) as Record<string, unknown>;
    expect(manifest).toEqual({
      project: 'abalone',
      uri,
      bucket: world.bucket,
      key: object.key,
      version_id: object.versionId,
      size: Buffer.byteLength(CSV),
      sha256: sha256(CSV),
      sha256_source: 'streamed',
      etag: object.etag,
      event_time: '2026-12-06T09:30:00Z',
      event_id: event.id,
      reason: 'PutObject',
    });
    expect(bodies).toEqual([
      {
        event_type: 'data-arrived',
        client_payload: { project: 'abalone', uri, version_id: object.versionId, sha256: sha256(CSV), manifest },
      },
    ]);
    expect(JSON.parse(await body(markerKey({ key: object.key, versionId: object.versionId, sequencer: '' })))).toMatchObject({
      state: 'dispatched',
    });
    expect(run.logs.join('\n')).not.toContain(TOKEN);
  });

  it("takes the sha256 from S3's full-object SHA-256 checksum when the uploader stored one", async () => {
    const { event } = await arrived('house-prices', 'SHA256');
    const bodies: { client_payload: { sha256: string; manifest: { sha256_source: string } } }[] = [];
    answer(DISPATCHES, 'dispatch-204', bodies);
    await processEvent(harness(world).deps, event);
    expect(bodies[0]!.client_payload.sha256).toBe(sha256(CSV));
    expect(bodies[0]!.client_payload.manifest.sha256_source).toBe('s3-checksum');
  });

  it('dispatches once however often the event is delivered, also concurrently', async () => {
    const { event } = await arrived();
    const bodies: unknown[] = [];
    answer(DISPATCHES, 'dispatch-204', bodies);
    const run = harness(world);
    const outcomes = await Promise.all([processEvent(run.deps, event), processEvent(run.deps, event), processEvent(run.deps, event)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['dispatched', 'duplicate', 'duplicate']);
    const again = await processEvent(run.deps, event);
    expect(again).toMatchObject({ kind: 'duplicate', state: 'dispatched' });
    expect(bodies).toHaveLength(1);
  });

  it('dispatches again for a new version of the same key', async () => {
    const first = await arrived();
    answer(DISPATCHES, 'dispatch-204');
    await processEvent(harness(world).deps, first.event);
    const second = await upload(world, first.object.key, `${CSV}0.5,0.4,0.1,9\n`);
    const bodies: { client_payload: { version_id: string } }[] = [];
    answer(DISPATCHES, 'dispatch-204', bodies);
    await processEvent(harness(world).deps, eventFor({ bucket: world.bucket, ...second }, 'v2'));
    expect(bodies[0]!.client_payload.version_id).toBe(second.versionId);
    expect(second.versionId).not.toBe(first.object.versionId);
  });
});

describe('what is ignored, never dispatched', () => {
  it.each([
    ['incoming/unknown-project/a.csv', '"unknown-project" is not a configured project'],
    ['incoming/abalone/a.csv.manifest.json', 'a manifest this function wrote'],
    ['elsewhere/abalone/a.csv', 'outside incoming/'],
  ])('%s', async (key, reason) => {
    const object = await upload(world, key, CSV);
    const run = harness(world);
    const outcome = await processEvent(run.deps, eventFor({ bucket: world.bucket, ...object }));
    expect(outcome).toEqual({ kind: 'ignored', reason: expect.stringContaining(reason) });
    expect(run.logs.join('\n')).toContain(reason.replaceAll('"', '\\"'));
    expect(await exists(`${key}.manifest.json`)).toBe(false);
  });

  it('an event from another bucket', async () => {
    const outcome = await processEvent(harness(world).deps, eventFor({ bucket: 'someone-else', key: 'incoming/abalone/a.csv', size: 1 }));
    expect(outcome).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('is not the data bucket') });
  });
});

describe('delivery to GitHub', () => {
  it('waits out a secondary rate limit (403 with retry-after), then dispatches', async () => {
    const { event } = await arrived();
    answer(DISPATCHES, 'secondary-rate-limit-403');
    answer(DISPATCHES, 'dispatch-204');
    const run = harness(world);
    expect(await processEvent(run.deps, event)).toMatchObject({ kind: 'dispatched' });
    expect(run.sleeps).toEqual([3000]);
  });

  it('backs off on 5xx and succeeds', async () => {
    const { event } = await arrived();
    answer(DISPATCHES, 'server-error-502');
    answer(DISPATCHES, 'server-error-502');
    answer(DISPATCHES, 'dispatch-204');
    const run = harness(world);
    expect(await processEvent(run.deps, event)).toMatchObject({ kind: 'dispatched' });
    expect(run.sleeps).toHaveLength(2);
    expect(run.sleeps[1]!).toBeGreaterThanOrEqual(1000);
  });

  it('throws for Lambda to retry when 5xx persists, releasing the claim so the retry may dispatch', async () => {
    const { object, event } = await arrived();
    for (let i = 0; i < 6; i++) answer(DISPATCHES, 'server-error-502');
    const run = harness(world);
    await expect(processEvent(run.deps, event)).rejects.toThrow(TransientDeliveryError);
    expect(run.sleeps).toHaveLength(5);
    expect(await exists(markerKey({ key: object.key, versionId: object.versionId, sequencer: '' }))).toBe(false);

    answer(DISPATCHES, 'dispatch-204');
    expect(await processEvent(harness(world).deps, event)).toMatchObject({ kind: 'dispatched' });
  });

  it('stops retrying when the next wait does not fit in the invocation', async () => {
    const { event } = await arrived();
    const limited = recorded('secondary-rate-limit-403');
    nock('https://api.github.com')
      .post(DISPATCHES)
      .reply(403, JSON.stringify(limited.body), { ...limited.headers, 'retry-after': '120' });
    const run = harness(world);
    run.deps.transport.deadline = () => Date.now() + 60_000;
    await expect(processEvent(run.deps, event)).rejects.toThrow(/does not fit in this invocation/);
    expect(run.sleeps).toEqual([]);
  });

  it('parks the event in the dead-letter queue on 401, after reading a rotated secret once', async () => {
    const { event } = await arrived();
    answer(DISPATCHES, 'bad-credentials-401');
    answer(DISPATCHES, 'bad-credentials-401');
    const run = harness(world);
    const outcome = await processEvent(run.deps, event);
    expect(outcome).toMatchObject({ kind: 'dead-lettered', error: expect.stringContaining('401') });
    const parked = await deadLetters(world);
    expect(parked).toEqual([{ error: expect.stringContaining('update the secret'), event }]);
    expect(run.logs.join('\n')).not.toContain(TOKEN);
  });

  it('recovers from 401 when the secret was rotated meanwhile', async () => {
    const { event } = await arrived();
    const rotated = 'github_pat_11BBBBBBB0rotatedToken_abcdefghijklmnopqrstuvwxyz0123456789';
    answer(DISPATCHES, 'bad-credentials-401');
    answer(DISPATCHES, 'dispatch-204', [], `Bearer ${rotated}`);
    const run = harness(world);
    await run.deps.auth.token(); // the old token is cached, as in a warm container
    await rotateSecret(world, rotated);
    expect(await processEvent(run.deps, event)).toMatchObject({ kind: 'dispatched' });
    await rotateSecret(world, TOKEN);
  });

  it('parks the event on 403 without a rate limit (missing permission), naming Contents: read & write', async () => {
    const { event } = await arrived();
    answer(DISPATCHES, 'no-permission-403');
    expect(await processEvent(harness(world).deps, event)).toMatchObject({ kind: 'dead-lettered' });
    expect((await deadLetters(world))[0]!.error).toContain('Contents: read & write');
  });

  it('parks the event when its object version was deleted before it was hashed', async () => {
    const { object, event } = await arrived();
    await world.s3.send(new DeleteObjectCommand({ Bucket: world.bucket, Key: object.key, VersionId: object.versionId }));
    expect(await processEvent(harness(world).deps, event)).toMatchObject({
      kind: 'dead-lettered',
      error: expect.stringContaining('no longer exists'),
    });
    await deadLetters(world);
  });

  it('parks a malformed event', async () => {
    const event = eventFor({ bucket: world.bucket, key: 'incoming/abalone/x.csv', size: 1 });
    delete event.detail.object.key;
    expect(await processEvent(harness(world).deps, event)).toMatchObject({
      kind: 'dead-lettered',
      error: expect.stringContaining('detail.object.key'),
    });
    await deadLetters(world);
  });
});

describe('as a GitHub App', () => {
  it('mints an installation token (201) for this repository with Contents: write, then dispatches with it', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const secret = JSON.stringify({
      app_id: '123456',
      installation_id: '45678901',
      private_key: privateKey.export({ type: 'pkcs1', format: 'pem' }),
    });
    const { event } = await arrived();
    const tokenRequests: unknown[] = [];
    let jwt = '';
    const minted = recorded('installation-token-201');
    nock('https://api.github.com')
      .post('/app/installations/45678901/access_tokens', (b: unknown) => {
        tokenRequests.push(b);
        return true;
      })
      .reply(function reply() {
        jwt = String(this.req.headers.authorization).replace('Bearer ', '');
        return [201, JSON.stringify(minted.body), minted.headers];
      });
    answer(DISPATCHES, 'dispatch-204', [], `Bearer ${(minted.body as { token: string }).token}`);
    const run = harness(world, {}, () => Promise.resolve(secret));
    expect(await processEvent(run.deps, event)).toMatchObject({ kind: 'dispatched' });
    expect(tokenRequests).toEqual([{ repositories: ['slipway'], permissions: { contents: 'write', metadata: 'read' } }]);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    expect(
      verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey(privateKey), Buffer.from(signature, 'base64url')),
    ).toBe(true);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ iss: '123456' });
    expect(run.logs.join('\n')).not.toContain('ghs_');
  });
});
