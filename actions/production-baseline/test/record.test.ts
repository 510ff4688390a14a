import { describe, expect, it } from '@jest/globals';
import { readBundleFacts } from '../src/bundle-files.js';
import { buildProductionRecord, chosenOnly, deploymentTask, parseProductionRecord, type ProductionRecord } from '../src/record.js';
import { readFixture, without } from '../../test-support/github-fixture-server.js';
import { githubFixture, productionBundle } from './paths.js';

interface DeploymentFixture {
  id: number;
  payload: ProductionRecord;
}
const deployments = readFixture<DeploymentFixture[]>(githubFixture('deployments.json'));
const recorded = deployments[1]!.payload;

describe('buildProductionRecord', () => {
  it('builds, from the bundle folder, exactly the payload production deployments carry', () => {
    const bundle = readBundleFacts(productionBundle);
    const record = buildProductionRecord({
      metrics: bundle.metrics,
      modelVersion: bundle.version,
      fingerprint: bundle.fingerprint,
      image: recorded.image,
      bundle: recorded.bundle,
      approvedBy: recorded.approved_by,
      deployedAt: new Date(recorded.deployed_at),
      runUrl: recorded.run_url,
    });
    expect(record).toEqual(recorded);
    expect(record.model_version).toBe('house-prices-83a4aa653ee8');
    expect(record.metrics.candidates.map((c) => c.name)).toEqual([bundle.metrics.chosen]);
    expect(record.metrics.test).toEqual(bundle.metrics.test);
  });

  it('keeps the bundle tarball sha256 the server verifies, when given', () => {
    const bundle = readBundleFacts(productionBundle);
    const digest = '0123456789abcdef'.repeat(4);
    const record = buildProductionRecord({
      metrics: bundle.metrics,
      modelVersion: bundle.version,
      fingerprint: bundle.fingerprint,
      image: recorded.image,
      bundle: recorded.bundle,
      bundleSha256: digest,
      approvedBy: recorded.approved_by,
      deployedAt: new Date(recorded.deployed_at),
      runUrl: recorded.run_url,
    });
    expect(record).toEqual({ ...recorded, bundle_sha256: digest });
    expect(parseProductionRecord(JSON.parse(JSON.stringify(record)), 'payload')).toEqual(record);
    expect(() => parseProductionRecord({ ...record, bundle_sha256: 'ABC' }, 'payload')).toThrow(
      'payload: bundle_sha256: must match pattern "^[0-9a-f]{64}$"',
    );
  });

  it('refuses metrics whose chosen model is not among the candidates', () => {
    const { metrics } = readBundleFacts(productionBundle);
    expect(() => chosenOnly({ ...metrics, chosen: 'svm' })).toThrow(
      'metrics.json: chosen: "svm" is not exactly one of the candidates\' names',
    );
  });

  it('names the task per project, apart from GitHub\'s own "deploy"', () => {
    expect(deploymentTask('abalone')).toBe('deploy:abalone');
  });
});

describe('parseProductionRecord', () => {
  const where = 'deployment 2904417262 payload';

  it('accepts the payload as the object GitHub returns, or as a JSON string', () => {
    expect(parseProductionRecord(recorded, where)).toEqual(recorded);
    expect(parseProductionRecord(JSON.stringify(recorded), where)).toEqual(recorded);
  });

  it('names the deployment and the field that is missing or wrong', () => {
    const noApprover = without(recorded, 'approved_by');
    expect(() => parseProductionRecord(noApprover, where)).toThrow(`${where}: approved_by: required key is missing`);
    expect(() => parseProductionRecord({ ...recorded, data_fingerprint: { sha256: 'x', rows: -1 } }, where)).toThrow(
      `${where}: data_fingerprint.rows: must be >= 0`,
    );
    expect(() => parseProductionRecord({ ...recorded, record_format: 2 }, where)).toThrow(
      `${where}: record_format: must be equal to constant`,
    );
    expect(() => parseProductionRecord('{"task": deploy}', where)).toThrow(`${where}: the payload is a string that is not JSON`);
    expect(() => parseProductionRecord({}, where)).toThrow(`${where}: data_fingerprint: required key is missing`);
  });

  it('checks the metrics against the metrics.json schema, so quality-gate can read them', () => {
    const noTest = without(recorded.metrics, 'test');
    expect(() => parseProductionRecord({ ...recorded, metrics: noTest }, where)).toThrow(`${where}: metrics.test: required key is missing`);
    expect(() => parseProductionRecord({ ...recorded, metrics: noTest }, where)).toThrow(/test/);
  });
});

describe('the data source of a data-arrived run', () => {
  const source = {
    uri: 's3://slipway-data-123456789012/incoming/house-prices/houses-2026-12.csv',
    version_id: 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e',
  };

  it('is kept in the record and read back', () => {
    const bundle = readBundleFacts(productionBundle);
    const record = buildProductionRecord({
      metrics: bundle.metrics,
      modelVersion: bundle.version,
      fingerprint: bundle.fingerprint,
      image: recorded.image,
      bundle: recorded.bundle,
      approvedBy: recorded.approved_by,
      deployedAt: new Date(recorded.deployed_at),
      runUrl: recorded.run_url,
      dataSource: source,
    });
    expect(record).toEqual({ ...recorded, data_source: source });
    expect(parseProductionRecord(JSON.parse(JSON.stringify(record)), 'deployment 7').data_source).toEqual(source);
  });

  it('names the field when a record carries a malformed one', () => {
    expect(() => parseProductionRecord({ ...recorded, data_source: { uri: '', version_id: null } }, 'deployment 7')).toThrow(
      'deployment 7: data_source.uri: must match pattern "^s3://"',
    );
    expect(() => parseProductionRecord({ ...recorded, data_source: { uri: source.uri, version_id: 3 } }, 'deployment 7')).toThrow(
      'deployment 7: data_source.version_id: must be string,null',
    );
  });
});
