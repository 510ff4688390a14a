// Runs the committed dist/index.js as its own Node 24 process under the runner contract, with
// GITHUB_API_URL pointed at a local server answering with the recorded GitHub responses.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { validateDocument } from '@slipway/shared';
import type { ProductionRecord } from '../src/record.js';
import {
  readFixture,
  startFixtureServer,
  without,
  type FixtureRoute,
  type FixtureServer,
} from '../../test-support/github-fixture-server.js';
import { githubFixture, productionBundle } from './paths.js';

const actionDir = join(repoRoot, 'actions', 'production-baseline');
const tmp = scratch('baseline');
const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const repo = '/repos/slipway-demo/slipway';
const listPath = `${repo}/deployments?environment=production%2Fhouse-prices&task=deploy%3Ahouse-prices&per_page=100`;
const deployments = readFixture<{ id: number; payload: ProductionRecord }[]>(githubFixture('deployments.json'));
const [newer, older] = deployments as [(typeof deployments)[0], (typeof deployments)[0]];

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(() => {
  tmp.cleanup();
});

async function runWith(routes: FixtureRoute[], inputs: Record<string, string>, actionPath = actionDir): Promise<ActionRunResult> {
  server = await startFixtureServer(routes);
  return runActionProcess({
    actionDir: actionPath,
    inputs,
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'slipway-demo/slipway', GITHUB_RUN_ID: '19602233145' },
  });
}

const statusesRoute = (id: number, file: string): FixtureRoute => ({
  method: 'GET',
  path: `${repo}/deployments/${id}/statuses?per_page=100`,
  status: 200,
  bodyFile: githubFixture(file),
});

describe('production-baseline read mode (bundle as a process)', () => {
  it("writes production's metrics.json, which quality-gate accepts as its baseline", async () => {
    const output = join(tmp.dir, 'baseline', 'metrics.json');
    const result = await runWith(
      [
        { method: 'GET', path: listPath, status: 200, bodyFile: githubFixture('deployments.json') },
        statusesRoute(newer.id, 'statuses-failure.json'),
        statusesRoute(older.id, 'statuses-success.json'),
      ],
      { 'github-token': token, project: 'house-prices', 'output-file': output },
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      found: 'true',
      'metrics-file': output,
      'model-version': 'house-prices-83a4aa653ee8',
      'deployed-at': older.payload.deployed_at,
      'deployment-id': String(older.id),
    });
    expect(JSON.parse(result.outputs.record ?? '')).toEqual(older.payload);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(older.payload.metrics);
    expect(server?.requests.every((r) => r.authorization === `token ${token}`)).toBe(true);
    expect(result.stdout).toContain(`deployment ${newer.id} (2026-11-20T09:12:05Z) skipped: its latest status is failure`);
    expect(result.stdout).toContain(`::add-mask::${token}`);
    expect(result.summary).toContain('| Model version | `house-prices-83a4aa653ee8` |');

    const candidate = join(repoRoot, 'actions', 'pr-report', 'test', 'fixtures', 'candidate-bundle', 'metrics.json');
    const gate = await runActionProcess({
      actionDir: join(repoRoot, 'actions', 'quality-gate'),
      inputs: { project: 'house-prices', 'metrics-file': candidate, 'baseline-metrics-file': output, 'fail-on-breach': 'false' },
      workspace: repoRoot,
      runnerTemp: tmp.dir,
    });
    expect(gate.exitCode).toBe(0);
    const rows = JSON.parse(gate.outputs.verdicts ?? '[]') as { gate: string; baseline: number | null }[];
    expect(rows.find((r) => r.gate === 'rmse within 5 % of production')?.baseline).toBe(older.payload.metrics.test.rmse);
  });

  it('says there is no production model yet, and succeeds', async () => {
    const result = await runWith([{ method: 'GET', path: listPath, status: 200, body: [] }], {
      'github-token': token,
      project: 'house-prices',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.found).toBe('false');
    expect(result.outputs['metrics-file']).toBeUndefined();
    expect(result.commands.find((c) => c.command === 'notice')?.message).toBe(
      'no production model yet for house-prices: the gate compares with fixed thresholds only',
    );
    expect(result.summary).toContain('no production model yet for house-prices');
  });

  it("fails with GitHub's message when the token is refused", async () => {
    const result = await runWith(
      [
        {
          method: 'GET',
          path: listPath,
          status: 401,
          body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
        },
      ],
      { 'github-token': token, project: 'house-prices' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(`GitHub API GET ${repo}/deployments answered 401: Bad credentials`);
    expect(result.outputs.found).toBeUndefined();
  });
});

describe('production-baseline record mode (bundle as a process)', () => {
  const recordInputs = {
    'github-token': token,
    project: 'house-prices',
    mode: 'record',
    'bundle-path': productionBundle,
    'image-uri': older.payload.image.uri,
    'image-digest': older.payload.image.digest,
    'bundle-location': older.payload.bundle,
    'approved-by': 'maria-ops',
    ref: 'a3c9e1d7f5b24c6e8a0b1d3f5e7c9a1b3d5f7e90',
  };

  it('creates the deploy:<project> deployment with the record as payload, then its success status', async () => {
    const result = await runWith(
      [
        { method: 'POST', path: `${repo}/deployments`, status: 201, bodyFile: githubFixture('deployment-created.json') },
        { method: 'POST', path: `${repo}/deployments/2923360551/statuses`, status: 201, bodyFile: githubFixture('status-created.json') },
      ],
      recordInputs,
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.outputs['deployment-id']).toBe('2923360551');
    const [create, status] = server?.requests ?? [];
    const body = create?.body as { payload: ProductionRecord } & Record<string, unknown>;
    const runUrl = 'https://github.com/slipway-demo/slipway/actions/runs/19602233145';
    expect(body).toMatchObject({
      ref: recordInputs.ref,
      task: 'deploy:house-prices',
      environment: 'production/house-prices',
      required_contexts: [],
      auto_merge: false,
      production_environment: true,
      description: 'house-prices-83a4aa653ee8 approved by maria-ops',
    });
    expect(body.payload).toEqual({ ...older.payload, deployed_at: body.payload.deployed_at, run_url: runUrl });
    expect(Date.parse(body.payload.deployed_at)).not.toBeNaN();
    expect(status?.body).toEqual({
      state: 'success',
      log_url: runUrl,
      description: 'house-prices-83a4aa653ee8 approved by maria-ops',
      auto_inactive: true,
    });
    expect(JSON.parse(result.outputs.record ?? '')).toEqual(body.payload);
    // The writer's side of the contract: the payload sent to GitHub is a valid record.
    expect(validateDocument('production-record', body.payload, 'recorded payload')).toBe(body.payload);
  });

  it('rejects a malformed image digest before calling GitHub', async () => {
    const result = await runWith([], { ...recordInputs, 'image-digest': 'latest' });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe('input image-digest: "latest" is not "sha256:" followed by 64 hex digits');
    expect(server?.requests).toEqual([]);
  });

  const approvalsPath = `${repo}/actions/runs/19602233145/approvals`;

  it('without approved-by, records who approved the production environment in this run', async () => {
    const result = await runWith(
      [
        { method: 'GET', path: approvalsPath, status: 200, bodyFile: githubFixture('approvals.json') },
        { method: 'POST', path: `${repo}/deployments`, status: 201, bodyFile: githubFixture('deployment-created.json') },
        { method: 'POST', path: `${repo}/deployments/2923360551/statuses`, status: 201, bodyFile: githubFixture('status-created.json') },
      ],
      without(recordInputs, 'approved-by'),
    );
    expect(result.errorMessage).toBeUndefined();
    // approvals.json: octocat approved staging, maria-ops approved production.
    expect((JSON.parse(result.outputs.record ?? '{}') as ProductionRecord).approved_by).toBe('maria-ops');
  });

  it('fails, saying what to do, when nobody approved the environment in this run', async () => {
    const result = await runWith([{ method: 'GET', path: approvalsPath, status: 200, body: [] }], without(recordInputs, 'approved-by'));
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(
      `run 19602233145 has no approval of the environment production (GET ${approvalsPath}): ` +
        'protect the environment with required reviewers, or give the approved-by input',
    );
    expect(server?.requests.map((r) => r.method)).toEqual(['GET']);
  });
});
