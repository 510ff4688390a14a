// END TO END, locally: a CSV put into moto's S3 under incoming/<project>/ → the data-arrived
// handler with its real-shaped event → the dispatch GitHub would receive (recorded by nock) →
// the payload checked as the training job checks it → `npm run pipeline` trains from the
// payload's s3:// URI, version and sha256 (the trainer downloads from moto) and passes. A
// tampered sha256 fails before any step runs, with both digests named.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { processEvent } from '../../lambda/data-arrived/process-event.js';
import { checkPayload, knownProjects } from '../../../runner/src/data-arrival-payload.js';
import { repoRoot, venvPython } from '../../../runner/src/paths.js';
import { useRecordedGitHub } from '../../../actions/test-support/nock-isolation.js';
import { startMoto, type MotoServer } from '../support/moto-server.js';
import { eventFor } from './events.js';
import { answer, createWorld, harness, REPOSITORY, upload, type World } from './harness.js';

const PROJECT = 'house-prices';
const root = repoRoot();
let moto: MotoServer;
let world: World;
let payload: { project: string; uri: string; version_id: string; sha256: string };

useRecordedGitHub();

/** The project's own dataset, as its contract resolves it offline (a local file or generator). */
function projectCsv(): string {
  const done = spawnSync(venvPython(root), ['-m', 'slipway_ml', 'resolve-data', '--project', `ml/projects/${PROJECT}.yaml`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(`resolve-data failed: ${done.stderr}`);
  return readFileSync(done.stdout.trim(), 'utf8');
}

function pipeline(args: string[]): { status: number | null; stdout: string; stderr: string; runDir: string } {
  const runDir = mkdtempSync(join(tmpdir(), 'slipway-data-arrived-run-'));
  const done = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['runner/src/cli.ts', '--project', PROJECT, '--run-dir', runDir, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      // The trainer's cache stays inside the test's folder, so each run downloads from moto.
      env: { ...process.env, ...moto.env, SLIPWAY_CACHE_DIR: join(runDir, '.cache'), INIT_CWD: root },
      timeout: 300_000,
    },
  );
  return { status: done.status, stdout: done.stdout, stderr: done.stderr, runDir };
}

beforeAll(async () => {
  nock.enableNetConnect('127.0.0.1');
  moto = await startMoto();
  world = await createWorld(moto, 'e2e');
  const object = await upload(world, `incoming/${PROJECT}/houses-2026-12-06.csv`, projectCsv());
  const bodies: { client_payload: typeof payload }[] = [];
  answer(`/repos/${REPOSITORY}/dispatches`, 'dispatch-204', bodies);
  const outcome = await processEvent(harness(world).deps, eventFor({ bucket: world.bucket, ...object }));
  expect(outcome.kind).toBe('dispatched');
  payload = bodies[0]!.client_payload;
});

afterAll(async () => {
  await moto.stop();
});

describe('data arrives → dispatch → the pipeline trains from the payload', () => {
  it('sends a payload the training job accepts', () => {
    const arrival = checkPayload(JSON.stringify(payload), world.bucket, PROJECT, knownProjects(root));
    expect(arrival).toEqual({
      project: PROJECT,
      uri: `s3://${world.bucket}/incoming/${PROJECT}/houses-2026-12-06.csv`,
      versionId: payload.version_id,
      sha256: payload.sha256,
    });
  });

  it('trains from the s3:// URI at that version and passes the pipeline', () => {
    const run = pipeline(['--data', payload.uri, '--data-sha256', payload.sha256, '--data-version', payload.version_id]);
    expect([run.status, run.stderr.slice(-2000)]).toEqual([0, expect.any(String)]);
    expect(run.stdout).toContain('Reports:');
    const [folder] = readdirSync(run.runDir).filter((name) => name.endsWith(`-${PROJECT}`));
    const report = readFileSync(join(run.runDir, folder!, 'report.md'), 'utf8');
    expect(report).toContain(payload.sha256.slice(0, 12));
  });

  it('fails before any step runs when the sha256 was tampered with', () => {
    const tampered = `${payload.sha256.slice(0, 63)}${payload.sha256.endsWith('0') ? '1' : '0'}`;
    const run = pipeline(['--data', payload.uri, '--data-sha256', tampered, '--data-version', payload.version_id]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`the downloaded object has sha256 ${payload.sha256}, the manifest says ${tampered}`);
    expect(run.stderr).toContain('nothing was trained');
    expect(readdirSync(run.runDir).filter((name) => !name.startsWith('.'))).toEqual([]);
  });
});
