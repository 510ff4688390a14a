// What moto cannot be asked for: an S3 that refuses access. A loopback HTTP server answers every
// request with S3's AccessDenied error document and records the request's User-Agent, so the
// explanation and the Slipway user agent are checked against what the SDK really sent.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localData } from '../src/reading/s3-object.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('s3-errors');
const saved = { ...process.env };
const agents: string[] = [];
let server: Server;

const ACCESS_DENIED = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>1</RequestId></Error>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    agents.push(request.headers['user-agent'] ?? '');
    response.writeHead(403, { 'content-type': 'application/xml' }).end(ACCESS_DENIED);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});

afterAll(async () => {
  process.env = saved;
  await new Promise((resolve) => server.close(resolve));
  tmp.cleanup();
});

describe('an S3 that refuses access', () => {
  it('says which object and which permission, sends the Slipway user agent, and leaves no partial file', async () => {
    await expect(localData('s3://locked-bucket/data/houses.csv', tmp.dir)).rejects.toThrow(
      's3://locked-bucket/data/houses.csv: access denied (AccessDenied); the role needs s3:GetObject on arn:aws:s3:::locked-bucket/data/houses.csv',
    );
    expect(agents.length).toBeGreaterThan(0);
    expect(agents.every((agent) => agent.includes('slipway-validate-data'))).toBe(true);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});
