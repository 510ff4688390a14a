// Issue 14: recording project B's production deployment must never hide project A's baseline.
// Every call goes to the stateful fake of GitHub's deployments API (test-support), which applies
// GitHub's auto_inactive rule, so the tests see what GitHub would leave behind.
import { afterEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { fastClientOptions } from '../../test-support/github-client.js';
import { createGitHubClient } from '@slipway/shared/github';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { FakeGitHubDeployments } from '../../test-support/fake-github-deployments.js';
import { readFixture } from '../../test-support/github-fixture-server.js';
import { findProductionModel } from '../src/find-production.js';
import { createProductionDeployment } from '../src/record-deployment.js';
import type { ProductionRecord } from '../src/record.js';
import { githubFixture } from './paths.js';

useRecordedGitHub({ expectAllUsed: false });
afterEach(() => {
  nock.cleanAll();
});

const repository = { owner: 'slipway-demo', repo: 'slipway' };
const houseRecord = readFixture<{ payload: ProductionRecord }[]>(githubFixture('deployments.json'))[1]!.payload;
const recordFor = (project: string, version: string): ProductionRecord => ({
  ...houseRecord,
  project,
  model_version: version,
  metrics: { ...houseRecord.metrics, project },
});
const sha = 'a3c9e1d7f5b24c6e8a0b1d3f5e7c9a1b3d5f7e90';

function fakeGitHub(options: { inactivatesProduction?: boolean } = {}) {
  const fake = new FakeGitHubDeployments(options);
  fake.interceptWithNock();
  const client = createGitHubClient({ token: 'ghs_fixtureToken', apiUrl: fake.apiUrl, ...fastClientOptions() });
  const record = (project: string, version: string) =>
    createProductionDeployment({ client, repository, environment: 'production', record: recordFor(project, version), ref: sha });
  const find = (project: string) => findProductionModel({ client, repository, project, environment: 'production' });
  return { fake, client, record, find };
}

describe('the fake applies auto_inactive as GitHub does', () => {
  it("reproduces the defect: one shared environment, and B's success inactivates A's record", async () => {
    const { fake, client } = fakeGitHub();
    // What production-baseline did before issue 14: both projects in "production", auto_inactive true.
    const ids: number[] = [];
    for (const project of ['house-prices', 'abalone']) {
      const { data } = await client.rest.repos.createDeployment({
        ...repository,
        ref: sha,
        task: `deploy:${project}`,
        environment: 'production',
        required_contexts: [],
        auto_merge: false,
      });
      const id = (data as { id: number }).id;
      ids.push(id);
      await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: id, state: 'success', auto_inactive: true });
    }
    expect(fake.statusesOf(ids[0]!).map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(fake.statusesOf(ids[1]!).map((s) => s.state)).toEqual(['success']);
  });

  it('leaves transient deployments, other environments and auto_inactive: false alone', async () => {
    const { fake, client } = fakeGitHub();
    const create = async (environment: string, transient = false) => {
      const { data } = await client.rest.repos.createDeployment({
        ...repository,
        ref: sha,
        environment,
        transient_environment: transient,
        required_contexts: [],
      });
      return (data as { id: number }).id;
    };
    const transient = await create('review');
    await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: transient, state: 'success' });
    const staging = await create('staging');
    await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: staging, state: 'success' });
    const kept = await create('review', true);
    await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: kept, state: 'success', auto_inactive: false });
    expect(fake.statusesOf(transient)[0]?.state).toBe('success');
    expect(fake.statusesOf(staging)[0]?.state).toBe('success');
    const newer = await create('review');
    await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: newer, state: 'success' });
    // The non-transient prior success becomes inactive; the transient one is left as it was.
    expect(fake.statusesOf(transient)[0]?.state).toBe('inactive');
    expect(fake.statusesOf(kept)[0]?.state).toBe('success');
  });
});

describe('two projects keep two baselines', () => {
  for (const inactivatesProduction of [true, false]) {
    it(`finds each project's record after the other records (production deployments inactivated: ${inactivatesProduction})`, async () => {
      const { fake, record, find, client } = fakeGitHub({ inactivatesProduction });
      await record('house-prices', 'house-prices-83a4aa653ee8');
      await record('abalone', 'abalone-0f3c2a9d81b7');
      // GitHub Actions' own deployment of a job with `environment: production` (task "deploy").
      const { data } = await client.rest.repos.createDeployment({
        ...repository,
        ref: sha,
        environment: 'production',
        required_contexts: [],
      });
      await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: (data as { id: number }).id, state: 'success' });

      expect((await find('house-prices'))?.record.model_version).toBe('house-prices-83a4aa653ee8');
      expect((await find('abalone'))?.record.model_version).toBe('abalone-0f3c2a9d81b7');
      expect(fake.allDeployments().map((d) => d.environment)).toEqual(['production', 'production/abalone', 'production/house-prices']);
    });
  }

  it("a project's new record replaces only its own: the older becomes inactive, the other project's stays", async () => {
    const { fake, record, find } = fakeGitHub();
    const first = await record('house-prices', 'house-prices-83a4aa653ee8');
    const abalone = await record('abalone', 'abalone-0f3c2a9d81b7');
    await record('house-prices', 'house-prices-56594692e78d');
    expect(fake.statusesOf(first.id)[0]?.state).toBe('inactive');
    expect(fake.statusesOf(abalone.id)[0]?.state).toBe('success');
    expect((await find('house-prices'))?.record.model_version).toBe('house-prices-56594692e78d');
    expect((await find('abalone'))?.deployment.id).toBe(abalone.id);
  });

  it('pages through a long history to the newest success past a run of failed deploys', async () => {
    const { fake, record, find, client } = fakeGitHub();
    const good = await record('house-prices', 'house-prices-83a4aa653ee8');
    for (let i = 0; i < 101; i++) {
      const { data } = await client.rest.repos.createDeployment({
        ...repository,
        ref: sha,
        task: 'deploy:house-prices',
        environment: 'production/house-prices',
        required_contexts: [],
      });
      await client.rest.repos.createDeploymentStatus({ ...repository, deployment_id: (data as { id: number }).id, state: 'failure' });
    }
    const skipped: string[] = [];
    const found = await findProductionModel({
      client,
      repository,
      project: 'house-prices',
      environment: 'production',
      onSkip: (m) => skipped.push(m),
    });
    expect(found?.deployment.id).toBe(good.id);
    expect(skipped).toHaveLength(101);
    expect(
      fake.requests.some(
        (r) => r.method === 'GET' && r.path.startsWith('/repositories/875316052/deployments?') && r.path.includes('page=2'),
      ),
    ).toBe(true);
    await expect(find('abalone')).resolves.toBeUndefined();
  });

  it('waits out a 502 and a secondary rate limit on the way', async () => {
    const { fake, record, find } = fakeGitHub();
    await record('house-prices', 'house-prices-83a4aa653ee8');
    fake.failNext('GET', '/repos/slipway-demo/slipway/deployments?', { status: 502, body: { message: 'Server Error' } });
    fake.failNext('GET', '/repos/slipway-demo/slipway/deployments/', {
      status: 403,
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
      headers: { 'retry-after': '30' },
    });
    expect((await find('house-prices'))?.record.model_version).toBe('house-prices-83a4aa653ee8');
    const gets = fake.requests.filter((r) => r.method === 'GET').map((r) => r.path.split('?')[0]);
    expect(gets).toEqual([
      '/repos/slipway-demo/slipway/deployments',
      '/repos/slipway-demo/slipway/deployments',
      '/repos/slipway-demo/slipway/deployments/2923360551/statuses',
      '/repos/slipway-demo/slipway/deployments/2923360551/statuses',
    ]);
  });
});
