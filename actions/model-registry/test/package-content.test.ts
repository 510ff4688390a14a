// What a model package carries, built from a bundle's facts.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readBundleFacts } from '../src/bundle-facts.js';
import { approvalDescription, customerMetadata, modelQualityDocument, packageDescription } from '../src/package-content.js';
import { ACTION_VERSION } from '../src/version.js';
import { FIXTURE_VERSION, fixtureBundle } from './paths.js';

const facts = readBundleFacts(fixtureBundle, 'house-prices');

describe('customerMetadata', () => {
  it('records the model, the data and every defined test metric', () => {
    const metadata = customerMetadata(facts, { bundleSha256: 'a'.repeat(64), runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(metadata['slipway:model-version']).toBe(FIXTURE_VERSION);
    expect(metadata['slipway:data-rows']).toBe('2000');
    expect(metadata['test:mse']).toBe('329125438.5800624');
    expect(metadata).not.toHaveProperty('slipway:git-sha'); // the manifest's git_sha is null
    expect(metadata).not.toHaveProperty('slipway:bundle');
  });

  it('leaves out an undefined metric instead of writing a number', () => {
    const withNull = { ...facts, metrics: { ...facts.metrics, test: { ...facts.metrics.test, mape: null as unknown as number } } };
    expect(customerMetadata(withNull, {})).not.toHaveProperty('test:mape');
    expect(modelQualityDocument(withNull).regression_metrics).not.toHaveProperty('mape');
  });

  it('refuses a value SageMaker cannot store, naming it', () => {
    expect(() => customerMetadata(facts, { bundleLocation: 'https://example.com/a?b=c' })).toThrow(
      'metadata slipway:bundle: "https://example.com/a?b=c" cannot be stored as SageMaker customer metadata',
    );
  });
});

describe('model quality and texts', () => {
  it('gives each metric its bootstrap sd when the bundle has one', () => {
    const intervals = { rmse: { low: 17000, high: 19500, sd: 640.5 } };
    const document = modelQualityDocument({ ...facts, metrics: { ...facts.metrics, test_intervals: intervals } });
    expect(document.regression_metrics.rmse).toEqual({ value: facts.metrics.test.rmse, standard_deviation: 640.5 });
    expect(document.regression_metrics.mae).toEqual({ value: facts.metrics.test.mae });
  });

  it('describes the package and the approval', () => {
    expect(packageDescription(facts)).toBe(
      `${FIXTURE_VERSION}: xgboost trained on 2000 rows (data sha256 f8f0ecd98a55…); test rmse 18141.8. Passed the quality gate; awaiting the production approval.`,
    );
    expect(approvalDescription({ approvers: ['maria-ops', 'octocat'], environment: 'production', modelVersion: FIXTURE_VERSION })).toBe(
      `Approved by maria-ops, octocat (required reviewers of the GitHub environment production); ${FIXTURE_VERSION} deployed to production successfully.`,
    );
  });

  it('keeps the user agent version equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});
