// The data-arrived Lambda's pure parts: reading the event, routing keys to projects, the
// retry rules for GitHub's answers, the settings, the payload, and the App's JWT.
import { describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { appJwt, parseCredential } from '../../lambda/data-arrived/auth.js';
import { sha256Hex } from '../../lambda/data-arrived/checksum.js';
import { configFromEnv } from '../../lambda/data-arrived/config.js';
import { dispatchBody } from '../../lambda/data-arrived/dispatch.js';
import { EventShapeError, parseObjectCreated } from '../../lambda/data-arrived/event.js';
import { PermanentDeliveryError } from '../../lambda/data-arrived/github.js';
import { markerKey } from '../../lambda/data-arrived/idempotency.js';
import { buildManifest } from '../../lambda/data-arrived/manifest.js';
import { backoffMs, decide, DEFAULT_RETRY } from '../../lambda/data-arrived/retry.js';
import { manifestKey, routeKey } from '../../lambda/data-arrived/routing.js';
import { fixture } from './events.js';

const PROJECTS = ['house-prices', 'abalone'];

describe('parseObjectCreated', () => {
  it('reads the fields of a real-shaped PutObject event', () => {
    expect(parseObjectCreated(fixture('object-created-put'))).toEqual({
      id: '17793124-05d4-b198-2fde-7ededc63b103',
      time: '2026-12-06T09:30:00Z',
      bucket: 'slipway-data-bucket',
      key: 'incoming/abalone/abalone-2026-12-06.csv',
      size: 191873,
      etag: 'b1946ac92492d2347c6235b4d2611184',
      versionId: 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e',
      sequencer: '617f08299329d189',
      reason: 'PutObject',
    });
  });

  it('reads a multipart upload event (composite ETag)', () => {
    const event = parseObjectCreated(fixture('object-created-multipart'));
    expect(event.reason).toBe('CompleteMultipartUpload');
    expect(event.size).toBe(198524144);
  });

  it('rejects other event types and malformed fields, naming them', () => {
    const deleted = { ...fixture('object-created-put'), 'detail-type': 'Object Deleted' };
    expect(() => parseObjectCreated(deleted)).toThrow(/Object Deleted.*not aws\.s3 \/ Object Created/);
    const noKey = fixture('object-created-put');
    delete noKey.detail.object.key;
    expect(() => parseObjectCreated(noKey)).toThrow(new EventShapeError('detail.object.key is not a non-empty string'));
    const badSize = fixture('object-created-put');
    badSize.detail.object.size = -1;
    expect(() => parseObjectCreated(badSize)).toThrow('detail.object.size is not a byte count');
    expect(() => parseObjectCreated('text')).toThrow('the event is not an object');
  });
});

describe('routeKey', () => {
  it('maps incoming/<project>/<file> to its project', () => {
    expect(routeKey('incoming/abalone/a-1.csv', 'incoming/', PROJECTS)).toEqual({ kind: 'data', project: 'abalone', file: 'a-1.csv' });
  });

  it.each([
    ['other/abalone/a.csv', 'outside incoming/'],
    ['incoming/unknown/a.csv', '"unknown" is not a configured project (house-prices, abalone)'],
    ['incoming/abalone/a.csv.manifest.json', 'a manifest this function wrote'],
    ['incoming/abalone/', 'a folder marker, not a file'],
    ['incoming/abalone/sub/a.csv', 'not incoming/<project>/<file> (folders below the project are not read)'],
    ['incoming/a.csv', 'not incoming/<project>/<file> (folders below the project are not read)'],
    ['incoming/abalone/my data.csv', 'file name "my data.csv" has characters other than A-Z a-z 0-9 . _ - : rename it and upload again'],
  ])('ignores %s', (key, reason) => {
    expect(routeKey(key, 'incoming/', PROJECTS)).toEqual({ kind: 'ignore', reason });
  });

  it('puts the manifest next to the data and the marker per version', () => {
    expect(manifestKey('incoming/abalone/a.csv')).toBe('incoming/abalone/a.csv.manifest.json');
    expect(markerKey({ key: 'incoming/abalone/a.csv', versionId: 'v1', sequencer: 's' })).toBe(
      'data-arrived/dispatched/incoming/abalone/a.csv/v1.json',
    );
    expect(markerKey({ key: 'incoming/abalone/a.csv', versionId: null, sequencer: '617f' })).toBe(
      'data-arrived/dispatched/incoming/abalone/a.csv/sequencer-617f.json',
    );
  });
});

describe('decide (GitHub retry rules)', () => {
  const answer = (status: number, headers: Record<string, string> = {}, body = '') => ({ status, headers: new Headers(headers), body });
  const now = 1_800_000_000_000;

  it('is done on 204 and 201', () => {
    expect(decide(answer(204), 1, now, DEFAULT_RETRY)).toEqual({ kind: 'ok' });
    expect(decide(answer(201), 1, now, DEFAULT_RETRY)).toEqual({ kind: 'ok' });
  });

  it('waits retry-after seconds on a secondary rate limit', () => {
    const limited = answer(403, { 'retry-after': '7' }, '{"message":"You have exceeded a secondary rate limit"}');
    expect(decide(limited, 1, now, DEFAULT_RETRY)).toMatchObject({ kind: 'retry', waitMs: 7000 });
  });

  it('waits until x-ratelimit-reset when the primary limit is spent', () => {
    const spent = answer(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 42) });
    expect(decide(spent, 1, now, DEFAULT_RETRY)).toMatchObject({ kind: 'retry', waitMs: 42_000 });
  });

  it('waits a minute, then exponentially more, on a secondary limit without headers', () => {
    const limited = answer(403, {}, '{"message":"You have exceeded a secondary rate limit."}');
    expect(decide(limited, 1, now, DEFAULT_RETRY)).toMatchObject({ kind: 'retry', waitMs: 60_000 });
    expect(decide(limited, 3, now, DEFAULT_RETRY)).toMatchObject({ kind: 'retry', waitMs: 240_000 });
  });

  it('backs off on 5xx with jitter inside [ceiling/2, ceiling]', () => {
    expect(decide(answer(502), 1, now, DEFAULT_RETRY, () => 0)).toMatchObject({ kind: 'retry', waitMs: 500 });
    expect(backoffMs(3, DEFAULT_RETRY, () => 1)).toBe(4000);
    expect(backoffMs(20, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.capMs);
  });

  it('gives up on 401, 403 without a limit, 404 and 422 with the fix named', () => {
    expect(decide(answer(401, {}, '{"message":"Bad credentials"}'), 1, now, DEFAULT_RETRY)).toMatchObject({
      kind: 'fail',
      why: expect.stringContaining('update the secret'),
    });
    expect(decide(answer(403, {}, '{"message":"Resource not accessible by personal access token"}'), 1, now, DEFAULT_RETRY)).toMatchObject({
      kind: 'fail',
      why: expect.stringContaining('Contents: read & write'),
    });
    expect(decide(answer(404), 1, now, DEFAULT_RETRY)).toMatchObject({ kind: 'fail', why: expect.stringContaining('GITHUB_REPOSITORY') });
    expect(decide(answer(422, {}, 'too many'), 1, now, DEFAULT_RETRY)).toMatchObject({ kind: 'fail', why: expect.stringContaining('422') });
  });
});

describe('configFromEnv', () => {
  const env = {
    DATA_BUCKET: 'b',
    PROJECTS: 'house-prices,abalone',
    GITHUB_REPOSITORY: 'slipway-org/slipway',
    GITHUB_SECRET_ID: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:slipway/github-dispatch',
    DEAD_LETTER_QUEUE_URL: 'https://sqs/q',
  };

  it('reads the settings with defaults', () => {
    expect(configFromEnv(env)).toMatchObject({
      projects: PROJECTS,
      incomingPrefix: 'incoming/',
      githubApiUrl: 'https://api.github.com',
      leaseMs: 900_000,
    });
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => configFromEnv({ ...env, DATA_BUCKET: '' })).toThrow('environment variable DATA_BUCKET is not set');
    expect(() => configFromEnv({ ...env, PROJECTS: 'abalone,Bad' })).toThrow('PROJECTS: "Bad" is not a project name');
    expect(() => configFromEnv({ ...env, GITHUB_REPOSITORY: 'slipway' })).toThrow('GITHUB_REPOSITORY: "slipway" is not owner/name');
    expect(() => configFromEnv({ ...env, INCOMING_PREFIX: 'incoming' })).toThrow('INCOMING_PREFIX');
  });
});

describe('the payload', () => {
  it('carries project, uri, version_id, sha256 and the manifest (at most 10 top-level keys)', () => {
    const event = parseObjectCreated(fixture('object-created-put'));
    const manifest = buildManifest('abalone', event, { sha256: 'a'.repeat(64), source: 'streamed', size: 191873 });
    const body = dispatchBody(manifest);
    expect(body.event_type).toBe('data-arrived');
    expect(body.client_payload).toEqual({
      project: 'abalone',
      uri: 's3://slipway-data-bucket/incoming/abalone/abalone-2026-12-06.csv',
      version_id: 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e',
      sha256: 'a'.repeat(64),
      manifest,
    });
    expect(manifest).toMatchObject({
      bucket: 'slipway-data-bucket',
      size: 191873,
      event_time: '2026-12-06T09:30:00Z',
      sha256_source: 'streamed',
    });
    expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10);
  });

  it('turns S3 base64 checksums into hex, refusing other lengths', () => {
    const hex = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    expect(sha256Hex(Buffer.from(hex, 'hex').toString('base64'))).toBe(hex);
    expect(sha256Hex('AAAAAA==')).toBeNull();
  });
});

describe('the GitHub credential', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

  it('reads a bare token, {"token"} and an App', () => {
    expect(parseCredential('github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 's')).toEqual({
      kind: 'token',
      token: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
    });
    expect(parseCredential('{"token": "ghs_0123456789abcdefghijklmnopqrstuvwxyz"}', 's')).toMatchObject({ kind: 'token' });
    expect(parseCredential(JSON.stringify({ app_id: '123456', installation_id: '987', private_key: pem }), 's')).toMatchObject({
      kind: 'app',
      appId: '123456',
      installationId: '987',
    });
  });

  it('names the secret, never its content, when it is unusable', () => {
    const secret = '{"app_id": "12", "installation_id": "x", "private_key": "hunter2-secret"}';
    let message = '';
    try {
      parseCredential(secret, 'slipway/github-dispatch');
    } catch (error) {
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      message = (error as Error).message;
    }
    expect(message).toContain('secret slipway/github-dispatch is JSON without a usable token');
    expect(message).not.toContain('hunter2');
    expect(() => parseCredential('not a token!', 's')).toThrow('secret s is not a fine-grained token');
  });

  it('signs an RS256 JWT GitHub can verify: iss = app id, 60 s back-dated, under 10 minutes', () => {
    const now = 1_800_000_000_000;
    const jwt = appJwt('123456', privateKey, now);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      iat: now / 1000 - 60,
      exp: now / 1000 + 540,
      iss: '123456',
    });
    expect(
      verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey(privateKey), Buffer.from(signature, 'base64url')),
    ).toBe(true);
  });
});
