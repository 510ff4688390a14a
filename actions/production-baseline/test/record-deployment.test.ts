// Record mode's two calls against api.github.com intercepted by nock with the recorded 201 bodies.
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { fastClientOptions } from '../../test-support/github-client.js';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { createGitHubClient } from '@slipway/shared/github';
import type { ProductionRecord } from '../src/record.js';
import { createProductionDeployment } from '../src/record-deployment.js';
import { readFixture } from '../../test-support/github-fixture-server.js';
import { githubFixture } from './paths.js';

const API = 'https://api.github.com';
const record = readFixture<{ payload: ProductionRecord }[]>(githubFixture('deployments.json'))[1]!.payload;
const client = createGitHubClient({ token: 'ghs_fixtureToken', apiUrl: API, ...fastClientOptions() });

useRecordedGitHub();

describe('createProductionDeployment', () => {
  it("keeps the description within GitHub's 140 characters and links the environment", async () => {
    const approvers = Array.from({ length: 12 }, (_, i) => `reviewer-${i + 1}`).join(', ');
    let description = '';
    nock(API)
      .post('/repos/slipway-demo/slipway/deployments', (body: { description: string; environment: string; payload: ProductionRecord }) => {
        description = body.description;
        return body.payload.approved_by === approvers && body.environment === 'production/house-prices';
      })
      .reply(201, readFixture(githubFixture('deployment-created.json')));
    let status: unknown;
    nock(API)
      .post('/repos/slipway-demo/slipway/deployments/2923360551/statuses', (body: unknown) => {
        status = body;
        return true;
      })
      .reply(201, readFixture(githubFixture('status-created.json')));
    const created = await createProductionDeployment({
      client,
      repository: { owner: 'slipway-demo', repo: 'slipway' },
      environment: 'production',
      record: { ...record, approved_by: approvers },
      ref: 'a3c9e1d7f5b24c6e8a0b1d3f5e7c9a1b3d5f7e90',
      environmentUrl: 'https://house-prices.slipway.example',
    });
    expect(created.id).toBe(2923360551);
    expect(description).toHaveLength(140);
    expect(description.startsWith('house-prices-83a4aa653ee8 approved by reviewer-1, reviewer-2')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(status).toEqual({
      state: 'success',
      log_url: record.run_url,
      description,
      auto_inactive: true,
      environment_url: 'https://house-prices.slipway.example',
    });
  });
});
