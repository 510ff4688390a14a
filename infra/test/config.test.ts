import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { IMAGE_TAG_CONTEXT, buildSlipwayApp } from '../lib/app.js';
import { slipwayConfig, validateConfig } from '../lib/config.js';
import { configWith } from './support/test-app.js';

describe('configuration', () => {
  it('gives cdk.json the availability zones of the configured account and region, so synth never asks AWS', () => {
    const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
    const key = `availability-zones:account=${slipwayConfig.account}:region=${slipwayConfig.region}`;
    expect(cdkJson.context[key]).toEqual(['eu-west-1a', 'eu-west-1b']);
  });

  it.each([
    [
      'githubRepository',
      (c: typeof slipwayConfig) => (c.githubRepository = 'not-a-repo'),
      /githubRepository "not-a-repo" is not owner\/name/,
    ],
    ['projects', (c: typeof slipwayConfig) => (c.projects = ['House Prices']), /projects "House Prices" does not match/],
    ['projects', (c: typeof slipwayConfig) => (c.projects = []), /projects is empty/],
    [
      'natGateways',
      (c: typeof slipwayConfig) => (c.environments.staging.natGateways = 3),
      /environments.staging.natGateways is 3: use 1 to 2/,
    ],
    [
      'scaling',
      (c: typeof slipwayConfig) => (c.environments.production.scaling.minCapacity = 20),
      /environments.production.scaling has minCapacity above maxCapacity/,
    ],
  ])('rejects a bad %s, naming the field', (_field, change, message) => {
    expect(() => validateConfig(configWith(change))).toThrow(message);
  });

  it('refuses to synthesize without the image tag to start from, saying how to give it', () => {
    expect(() => buildSlipwayApp(slipwayConfig)).toThrow(`-c ${IMAGE_TAG_CONTEXT}=$(git rev-parse HEAD)`);
    expect(() => buildSlipwayApp(slipwayConfig, { context: { [IMAGE_TAG_CONTEXT]: 'latest' } })).toThrow(/"latest".*git SHA/);
  });
});
