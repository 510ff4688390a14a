// Runs the committed dist/index.js as its own Node 24 process under the runner contract: file
// mode needs no network; the modes that post talk to a local server answering with the
// recorded GitHub responses (GITHUB_API_URL points at it).
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../../test-support/github-fixture-server.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { runtimeToken, startFakeArtifactService } from '../../test-support/fake-artifact-service.js';
import { fixture, githubFixture } from './paths.js';

const actionDir = join(repoRoot, 'actions', 'pr-report');
const tmp = scratch('pr-report');
const token = 'ghs_fixtureToken0123456789abcdefABCDEF';
const repo = '/repos/slipway-demo/slipway';
const headSha = 'd6cd1e2bd19e03a81132a23b2025920577f84e37';
const pullRequestEvent = tmp.write(
  'event-pr.json',
  JSON.stringify({ action: 'synchronize', number: 42, pull_request: { number: 42, head: { sha: headSha } } }),
);
const workflowRunEvent = (sha: string): string =>
  tmp.write(
    `event-run-${sha.slice(0, 6)}.json`,
    JSON.stringify({ action: 'completed', workflow_run: { head_sha: sha, pull_requests: [] } }),
  );

const reportInputs = {
  project: 'house-prices',
  'metrics-file': fixture('candidate-bundle'),
  'baseline-metrics-file': fixture('production-metrics.json'),
  'target-metrics-file': fixture('target-metrics.json'),
  'validation-report-file': fixture('validation-report.json'),
  verdicts: readFileSync(fixture('gate-verdicts.json'), 'utf8'),
  'step-outcomes': 'validate-data=success\ntrain-model=success\nquality-gate=success',
  'artifact-url': 'https://github.com/slipway-demo/slipway/actions/runs/19602233145/artifacts/4710233871',
};

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(() => {
  tmp.cleanup();
});

async function run(
  inputs: Record<string, string>,
  options: { routes?: FixtureRoute[]; eventPath?: string } = {},
): Promise<ActionRunResult> {
  server = options.routes ? await startFixtureServer(options.routes) : undefined;
  return runActionProcess({
    actionDir,
    inputs,
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: {
      GITHUB_REPOSITORY: 'slipway-demo/slipway',
      GITHUB_RUN_ID: '19602233145',
      ...(server ? { GITHUB_API_URL: server.url } : { GITHUB_API_URL: 'http://127.0.0.1:9' }),
      ...(options.eventPath ? { GITHUB_EVENT_PATH: options.eventPath } : {}),
    },
  });
}

const listComments = (file: string): FixtureRoute => ({
  method: 'GET',
  path: `${repo}/issues/42/comments?per_page=100`,
  status: 200,
  bodyFile: githubFixture(file),
});

describe('pr-report file mode (no network)', () => {
  it('writes the body and the pull request number for the workflow_run follow-up, and the job summary', async () => {
    const reportFile = join(tmp.dir, 'artifact', 'house-prices.json');
    const result = await run(
      { ...reportInputs, mode: 'file', 'report-file': reportFile, 'github-token': token },
      { eventPath: pullRequestEvent },
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.stdout).toContain(`::add-mask::${token}`);
    expect(result.outputs['report-file']).toBe(reportFile);
    const written = JSON.parse(readFileSync(reportFile, 'utf8')) as { format: number; project: string; pull_request: number; body: string };
    expect(written).toEqual({ format: 1, project: 'house-prices', pull_request: 42, body: result.outputs.report });
    expect(result.summary).toBe(result.outputs.report);
    expect(written.body.split('\n')[2]).toBe('## ❌ Slipway · house-prices: failed at quality-gate (2 of 7 gate checks failed)');
    expect(written.body).toContain('[workflow run](https://github.com/slipway-demo/slipway/actions/runs/19602233145)');
    expect(written.body).toContain('Model `house-prices-3c57dfda4fcd`');
  });

  it('with upload-artifact, hands the report file to the post-file workflow as an artifact', async () => {
    const service = await startFakeArtifactService();
    try {
      const reportFile = join(tmp.dir, 'upload', 'house-prices.json');
      const result = await runActionProcess({
        actionDir,
        inputs: { ...reportInputs, mode: 'file', 'report-file': reportFile, 'upload-artifact': 'pr-report-house-prices' },
        workspace: repoRoot,
        runnerTemp: tmp.dir,
        env: {
          GITHUB_REPOSITORY: 'slipway-demo/slipway',
          GITHUB_RUN_ID: '19602233145',
          GITHUB_EVENT_PATH: pullRequestEvent,
          ACTIONS_RESULTS_URL: `${service.url}/`,
          ACTIONS_RUNTIME_TOKEN: runtimeToken('ce7f54c7-61c7-4aae-887f-30da475f5f1a', 'ca395085-040a-526b-2ce8-bdc85f692774'),
        },
      });
      expect(result.errorMessage).toBeUndefined();
      const [artifact] = service.artifacts;
      expect(artifact?.name).toBe('pr-report-house-prices');
      expect(result.outputs['artifact-id']).toBe(String(artifact?.id));
      expect(result.outputs['artifact-url']).toBe(
        `https://github.com/slipway-demo/slipway/actions/runs/19602233145/artifacts/${artifact?.id}`,
      );
      expect(artifact?.zip?.includes(Buffer.from('house-prices.json'))).toBe(true);
      expect(artifact?.finalizeBody).toMatchObject({ hash: `sha256:${service.sha256(artifact?.zip ?? Buffer.alloc(0))}` });
    } finally {
      await service.stop();
    }
  });

  it('refuses upload-artifact outside file mode', async () => {
    const result = await run({ ...reportInputs, mode: 'comment', 'upload-artifact': 'pr-report-house-prices', 'github-token': token });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe('input upload-artifact: only in file mode, not comment');
  });

  it('fails, naming the file, when a given metrics file does not exist', async () => {
    const missing = join(tmp.dir, 'no-bundle', 'metrics.json');
    const result = await run({ ...reportInputs, mode: 'file', 'metrics-file': missing, 'pull-request': '42' });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(`${missing}: metrics file not found`);
  });

  it('rejects a step outcome line it cannot read', async () => {
    const result = await run({ ...reportInputs, mode: 'file', 'pull-request': '42', 'step-outcomes': 'train-model: failed' });
    expect(result.errorMessage).toBe(
      'input step-outcomes: line 1 "train-model: failed": expected <step>=<success|failure|cancelled|skipped>',
    );
  });
});

describe('pr-report comment mode (local GitHub stand-in)', () => {
  it('creates the comment with the report it also wrote to the job summary', async () => {
    const result = await run(
      { ...reportInputs, 'github-token': token },
      {
        eventPath: pullRequestEvent,
        routes: [
          listComments('comments-without-report.json'),
          { method: 'POST', path: `${repo}/issues/42/comments`, status: 201, bodyFile: githubFixture('comment-created.json') },
        ],
      },
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.outputs).toMatchObject({ posted: 'true', 'comment-id': '3574410876' });
    const post = server?.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ body: result.outputs.report });
    expect(post?.authorization).toBe(`token ${token}`);
    expect(result.summary).toBe(result.outputs.report);
    expect(result.stdout).toContain(`::add-mask::${token}`);
  });

  it("on a fork's read-only token (403), warns that the job summary holds the report and succeeds", async () => {
    const result = await run(
      { ...reportInputs, 'github-token': token },
      {
        eventPath: pullRequestEvent,
        routes: [
          listComments('comments-without-report.json'),
          { method: 'POST', path: `${repo}/issues/42/comments`, status: 403, bodyFile: githubFixture('forbidden.json') },
        ],
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.posted).toBe('false');
    expect(result.commands.find((c) => c.command === 'warning')?.message).toBe(
      'could not comment on pull request #42: GitHub answered 403 "Resource not accessible by integration". ' +
        'A pull request from a fork gets a read-only token, so the report is in this job summary; ' +
        'to post it, run pr-report with mode: file here and mode: post-file in a workflow_run workflow (see the action README)',
    );
    expect(result.summary).toContain('## ❌ Slipway · house-prices: failed at quality-gate');
  });
});

describe('pr-report comment mode outside a pull request', () => {
  it('leaves the report in the job summary with a notice, calling no API', async () => {
    const result = await run({ ...reportInputs, 'github-token': token }, { routes: [] });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.posted).toBe('false');
    expect(result.commands.find((c) => c.command === 'notice')?.message).toBe(
      'no pull request to comment on (the event is not a pull_request and pull-request is not set): the house-prices report is in the job summary',
    );
    expect(result.summary).toContain('## ❌ Slipway · house-prices: failed at quality-gate');
    expect(server?.requests).toEqual([]);
  });
});

describe('pr-report post-file mode (the workflow_run follow-up)', () => {
  const writeReport = async (): Promise<string> => {
    const reportFile = join(tmp.dir, 'download', 'house-prices.json');
    const written = await run({ ...reportInputs, mode: 'file', 'report-file': reportFile }, { eventPath: pullRequestEvent });
    expect(written.exitCode).toBe(0);
    return reportFile;
  };
  const pullRoute: FixtureRoute = { method: 'GET', path: `${repo}/pulls/42`, status: 200, bodyFile: githubFixture('pull-request.json') };

  it('posts the downloaded report to the pull request whose head the run built, updating the sticky comment', async () => {
    const reportFile = await writeReport();
    const body = (JSON.parse(readFileSync(reportFile, 'utf8')) as { body: string }).body;
    const result = await run(
      { project: 'house-prices', mode: 'post-file', 'report-file': reportFile, 'github-token': token },
      {
        eventPath: workflowRunEvent(headSha),
        routes: [
          pullRoute,
          listComments('comments-page-2.json'),
          { method: 'PATCH', path: `${repo}/issues/comments/3571288440`, status: 200, bodyFile: githubFixture('comment-updated.json') },
        ],
      },
    );
    expect(result.errorMessage).toBeUndefined();
    expect(result.outputs).toMatchObject({ posted: 'true', 'comment-id': '3571288440' });
    expect(server?.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ body });
  });

  it("posts nothing when the pull request's head is not the commit the run built", async () => {
    const reportFile = await writeReport();
    const result = await run(
      { project: 'house-prices', mode: 'post-file', 'report-file': reportFile, 'github-token': token },
      {
        eventPath: workflowRunEvent('0123456789abcdef0123456789abcdef01234567'),
        routes: [pullRoute, listComments('comments-page-2.json')],
      },
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.posted).toBe('false');
    expect(result.commands.find((c) => c.command === 'warning')?.message).toBe(
      `not posting: the report file names pull request #42, whose head is ${headSha}, not 0123456789abcdef0123456789abcdef01234567 that the run built ` +
        '(a newer push reports in its own run)',
    );
    expect(server?.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('rejects a report file for another project before calling GitHub', async () => {
    const reportFile = tmp.write(
      'other.json',
      JSON.stringify({ format: 1, project: 'abalone', pull_request: 42, body: '<!-- slipway-report:abalone -->' }),
    );
    const result = await run(
      { project: 'house-prices', mode: 'post-file', 'report-file': reportFile, 'github-token': token },
      { eventPath: workflowRunEvent(headSha), routes: [] },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toMatch(`${reportFile}: project: expected "house-prices", found "abalone"`);
    expect(server?.requests).toEqual([]);
  });
});
