// The Lambda as it ships: lambda/data-arrived bundled by the same esbuild options the CDK asset
// uses, loaded by Node 24 (the function's runtime) in a child process and invoked through its
// `handler` export with the environment the construct sets, against moto and a local server
// answering like api.github.com from a recorded 204.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSync } from 'esbuild';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleOptions } from '../../lib/shared/data-arrival-bundle.js';
import { node24Path } from '../../../runner/src/action-process.js';
import { startFixtureServer, type FixtureServer } from '../../../actions/test-support/github-fixture-server.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { eventFor } from './events.js';
import { createWorld, REPOSITORY, TOKEN, upload, type World } from './harness.js';

let moto: MotoServer;
let world: World;
let github: FixtureServer;
let bundle: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-data-arrived-bundle-'));
  bundle = join(dir, 'index.js');
  buildSync(bundleOptions(bundle));
  moto = await startMoto();
  world = await createWorld(moto, 'bundle');
  github = await startFixtureServer([{ method: 'POST', path: `/repos/${REPOSITORY}/dispatches`, status: 204 }]);
});

afterAll(async () => {
  await github.stop();
  await moto.stop();
});

/** Run asynchronously: the GitHub stand-in answers from this process's event loop. */
async function invoke(event: unknown): Promise<{ status: number | null; outcome: unknown; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-data-arrived-invoke-'));
  const driver = join(dir, 'invoke.cjs');
  // What Lambda's Node.js runtime does: require the handler file, call the export with the event.
  writeFileSync(
    driver,
    `const { handler } = require(${JSON.stringify(bundle)});
handler(JSON.parse(process.env.EVENT), { getRemainingTimeInMillis: () => 300000 })
  .then((outcome) => process.stdout.write('OUTCOME ' + JSON.stringify(outcome) + '\\n'))
  .catch((error) => { process.stderr.write(String(error.stack || error)); process.exitCode = 1; });\n`,
  );
  const done = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      node24Path(),
      [driver],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          PATH: process.env.PATH,
          ...moto.env,
          EVENT: JSON.stringify(event),
          DATA_BUCKET: world.bucket,
          INCOMING_PREFIX: 'incoming/',
          PROJECTS: 'house-prices,abalone',
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_SECRET_ID: world.secretId,
          DEAD_LETTER_QUEUE_URL: world.queueUrl,
          GITHUB_API_URL: github.url,
        },
      },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
  const line = done.stdout.split('\n').find((l) => l.startsWith('OUTCOME '));
  return {
    status: done.status,
    outcome: line ? JSON.parse(line.slice('OUTCOME '.length)) : undefined,
    stdout: done.stdout,
    stderr: done.stderr,
  };
}

describe('the bundled handler on Node 24', () => {
  it('dispatches a new object once, logging JSON lines and never the token', async () => {
    const object = await upload(world, 'incoming/abalone/bundle-1.csv', 'length,rings\n0.4,9\n');
    const event = eventFor({ bucket: world.bucket, ...object });
    const first = await invoke(event);
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.outcome).toMatchObject({ kind: 'dispatched', manifest: { project: 'abalone', version_id: object.versionId } });
    expect(github.requests).toHaveLength(1);
    expect(github.requests[0]).toMatchObject({
      method: 'POST',
      authorization: `Bearer ${TOKEN}`,
      body: { event_type: 'data-arrived', client_payload: { project: 'abalone', version_id: object.versionId } },
    });
    const logs = first.stdout.split('\n').filter((l) => l.startsWith('{'));
    expect(logs.map((l) => (JSON.parse(l) as { message: string }).message)).toContain('dispatched data-arrived');
    expect(first.stdout + first.stderr).not.toContain(TOKEN);

    const again = await invoke(event);
    expect(again.outcome).toMatchObject({ kind: 'duplicate', state: 'dispatched' });
    expect(github.requests).toHaveLength(1);
  });

  it('stops a cold start with the variable named when the configuration is incomplete', () => {
    const done = spawnSync(
      node24Path(),
      [
        '-e',
        `require(${JSON.stringify(bundle)}).handler({}, { getRemainingTimeInMillis: () => 1000 }).catch((e) => { console.error(e.message); process.exitCode = 1; })`,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      },
    );
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('environment variable PROJECTS is not set');
  });
});
