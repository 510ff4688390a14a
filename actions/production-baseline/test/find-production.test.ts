// findProductionModel against api.github.com intercepted by nock, answering with the recorded
// deployment and status bodies in test/fixtures/github.
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { fastClientOptions } from '../../test-support/github-client.js';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { deploymentsQuery, findProductionModel } from '../src/find-production.js';
import { createGitHubClient } from '@slipway/shared/github';
import { readFixture } from '../../test-support/github-fixture-server.js';
import { githubFixture } from './paths.js';

const API = 'https://api.github.com';
const repository = { owner: 'slipway-demo', repo: 'slipway' };
const query = { repository, project: 'house-prices', environment: 'production' };
const client = createGitHubClient({ token: 'ghs_fixtureToken', apiUrl: API, ...fastClientOptions() });
const deployments = readFixture<{ id: number; payload: object }[]>(githubFixture('deployments.json'));
const [newer, older] = deployments as [(typeof deployments)[0], (typeof deployments)[0]];

useRecordedGitHub();

const listDeployments = (): nock.Interceptor =>
  nock(API, { reqheaders: { authorization: 'token ghs_fixtureToken', 'x-github-api-version': '2022-11-28' } })
    .get('/repos/slipway-demo/slipway/deployments')
    .query({ environment: 'production/house-prices', task: 'deploy:house-prices', per_page: '100' });

describe('findProductionModel', () => {
  it("asks for the project's deployments of its own record environment, 100 a page", () => {
    expect(deploymentsQuery(query)).toEqual({
      owner: 'slipway-demo',
      repo: 'slipway',
      environment: 'production/house-prices',
      task: 'deploy:house-prices',
      per_page: 100,
    });
  });

  it('finds no production yet when the environment has no deployment for the project', async () => {
    listDeployments().reply(200, readFixture(githubFixture('deployments-empty.json')));
    await expect(findProductionModel({ ...query, client })).resolves.toBeUndefined();
  });

  it('skips a newer deployment whose latest status is failure and returns the one in success', async () => {
    listDeployments().reply(200, deployments);
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${newer.id}/statuses`)
      .query({ per_page: '100' })
      .reply(200, readFixture(githubFixture('statuses-failure.json')));
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${older.id}/statuses`)
      .query({ per_page: '100' })
      .reply(200, readFixture(githubFixture('statuses-success.json')));
    const skipped: string[] = [];
    const found = await findProductionModel({ ...query, client, onSkip: (m) => skipped.push(m) });
    expect(found?.deployment.id).toBe(older.id);
    expect(found?.record.model_version).toBe('house-prices-83a4aa653ee8');
    expect(found?.record.approved_by).toBe('maria-ops');
    expect(skipped).toEqual([`deployment ${newer.id} (2026-11-20T09:12:05Z) skipped: its latest status is failure`]);
  });

  it('follows the Link header to the next page of deployments', async () => {
    listDeployments().reply(200, [newer], {
      link: '<https://api.github.com/repositories/875316052/deployments?environment=production%2Fhouse-prices&task=deploy%3Ahouse-prices&per_page=100&page=2>; rel="next", <https://api.github.com/repositories/875316052/deployments?environment=production%2Fhouse-prices&task=deploy%3Ahouse-prices&per_page=100&page=2>; rel="last"',
    });
    nock(API)
      .get('/repositories/875316052/deployments')
      .query({ environment: 'production/house-prices', task: 'deploy:house-prices', per_page: '100', page: '2' })
      .reply(200, [older]);
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${newer.id}/statuses`)
      .query(true)
      .reply(200, readFixture(githubFixture('statuses-failure.json')));
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${older.id}/statuses`)
      .query(true)
      .reply(200, readFixture(githubFixture('statuses-success.json')));
    const found = await findProductionModel({ ...query, client });
    expect(found?.deployment.id).toBe(older.id);
  });

  it('finds nothing when every deployment failed', async () => {
    listDeployments().reply(200, [newer]);
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${newer.id}/statuses`)
      .query(true)
      .reply(200, readFixture(githubFixture('statuses-failure.json')));
    await expect(findProductionModel({ ...query, client })).resolves.toBeUndefined();
  });

  it('fails on a production record made for another project, naming the deployment', async () => {
    const mislabelled = { ...older, payload: { ...older.payload, project: 'abalone' } };
    listDeployments().reply(200, [mislabelled]);
    nock(API)
      .get(`/repos/slipway-demo/slipway/deployments/${older.id}/statuses`)
      .query(true)
      .reply(200, readFixture(githubFixture('statuses-success.json')));
    await expect(findProductionModel({ ...query, client })).rejects.toThrow(
      `deployment ${older.id} (production/house-prices, 2026-11-18T14:07:44Z) payload.project: "abalone" is not "house-prices"`,
    );
  });

  it("passes GitHub's message on when the token may not read deployments", async () => {
    listDeployments().reply(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/deployments/deployments#list-deployments',
      status: '403',
    });
    await expect(findProductionModel({ ...query, client })).rejects.toThrow(
      'GitHub API GET /repos/slipway-demo/slipway/deployments answered 403: Resource not accessible by integration',
    );
  });
});
