// register / approve / reject against the SageMaker Model Registry and S3 of moto in server mode.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeModelPackageCommand, ListModelPackagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resetMoto, startMoto, type MotoServer } from '../../test-support/moto.js';
import { scratch } from '../../test-support/temp.js';
import { approvePackage, rejectPackage } from '../src/approve.js';
import { registerBundle } from '../src/register.js';
import { RegistryApi } from '../src/registry-api.js';
import { FIXTURE_VERSION, fixtureBundle } from './paths.js';

let moto: MotoServer;
let sagemaker: SageMakerClient;
let s3: S3Client;
let api: RegistryApi;
const tmp = scratch('model-registry-moto');
const tarball = tmp.write('bundle.tar.gz', 'stand-in tarball bytes');
const tarballSha = createHash('sha256').update('stand-in tarball bytes').digest('hex');
const runUrl = 'https://github.com/slipway-demo/slipway/actions/runs/19602233145';
const context = {
  project: 'house-prices',
  group: 'slipway-house-prices',
  runUrl,
  gitSha: '5f2d0c8a9e1b4c7d3a6f8e2b1c9d0a7e4f3b2c1d',
  repositoryUrl: 'https://github.com/slipway-demo/slipway',
};
const register = { bundleDir: fixtureBundle, bundleTarball: tarball, bundleLocation: `${runUrl}/artifacts/4455667788` };
const approveInputs = {
  modelPackageArn: '',
  modelVersion: FIXTURE_VERSION,
  token: 'unused',
  apiUrl: 'http://127.0.0.1:1',
  repository: { owner: 'slipway-demo', repo: 'slipway' },
  runId: '19602233145',
  environment: 'production',
};
const maria = () => Promise.resolve([{ login: 'maria-ops', comment: 'ship it' }]);

beforeAll(async () => {
  moto = await startMoto();
  const settings = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  sagemaker = new SageMakerClient(settings);
  s3 = new S3Client({ ...settings, forcePathStyle: true });
  api = new RegistryApi(new SageMakerClient(settings), new S3Client({ ...settings, forcePathStyle: true }), 'test role');
});
afterEach(async () => {
  await resetMoto(moto.endpoint);
});
afterAll(async () => {
  api.destroy();
  sagemaker.destroy();
  s3.destroy();
  await moto.stop();
  tmp.cleanup();
});

describe('register', () => {
  it('creates the group and a PendingManualApproval package carrying metrics, fingerprint and digests', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'slipway-artifacts' }));
    const result = await registerBundle(api, context, {
      ...register,
      metricsLocation: { bucket: 'slipway-artifacts', prefix: 'model-registry' },
    });
    expect(result.created).toBe(true);
    expect(result.groupCreated).toBe(true);
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: result.package.arn }));
    expect(described.ModelPackageGroupName).toBe('slipway-house-prices');
    expect(described.ModelPackageVersion).toBe(1);
    expect(described.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(described.CustomerMetadataProperties).toMatchObject({
      'slipway:project': 'house-prices',
      'slipway:model-version': FIXTURE_VERSION,
      'slipway:bundle-sha256': tarballSha,
      'slipway:bundle': register.bundleLocation,
      'slipway:data-sha256': 'f8f0ecd98a552d73b687d5333438261fe7ac482d9514d526a3bc0d0d7a5333e2',
      'slipway:data-rows': '2000',
      'slipway:chosen-model': 'xgboost',
      'slipway:primary-metric': 'rmse',
      'slipway:registered-by-run': runUrl,
      'test:rmse': '18141.814644077433',
      'test:r2': '0.9868369121646515',
    });
    expect(described.MetadataProperties).toEqual({ CommitId: context.gitSha, Repository: context.repositoryUrl, GeneratedBy: runUrl });
    const uri = `s3://slipway-artifacts/model-registry/house-prices/${FIXTURE_VERSION}/model-quality.json`;
    expect(described.ModelMetrics?.ModelQuality?.Statistics).toEqual({ ContentType: 'application/json', S3Uri: uri });
    const stored = await s3.send(new GetObjectCommand({ Bucket: 'slipway-artifacts', Key: uri.replace('s3://slipway-artifacts/', '') }));
    const quality = JSON.parse(await stored.Body!.transformToString()) as { regression_metrics: Record<string, { value: number }> };
    const metrics = JSON.parse(readFileSync(`${fixtureBundle}/metrics.json`, 'utf8')) as { test: Record<string, number> };
    expect(quality.regression_metrics.mse?.value).toBe(metrics.test.mse);
    expect(Object.keys(quality.regression_metrics)).toEqual(['mse', 'rmse', 'mae', 'r2', 'mape']);
  });

  it('finds the package a rerun made instead of adding a second one', async () => {
    const first = await registerBundle(api, context, register);
    const again = await registerBundle(api, context, register);
    expect(again.created).toBe(false);
    expect(again.package.arn).toBe(first.package.arn);
    const listed = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'slipway-house-prices' }));
    expect(listed.ModelPackageSummaryList).toHaveLength(1);
  });

  it('refuses a rerun whose tarball differs from the registered one', async () => {
    await registerBundle(api, context, register);
    const other = tmp.write('other.tar.gz', 'different bytes');
    await expect(registerBundle(api, context, { ...register, bundleTarball: other })).rejects.toThrow(
      `already registers ${FIXTURE_VERSION} with bundle sha256 ${tarballSha}`,
    );
  });

  it('refuses another project’s bundle before calling AWS', async () => {
    await expect(registerBundle(api, { ...context, project: 'abalone', group: 'slipway-abalone' }, register)).rejects.toThrow(
      'the bundle is for project "house-prices", not "abalone"',
    );
    const listed = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'slipway-abalone' }));
    expect(listed.ModelPackageSummaryList ?? []).toHaveLength(0);
  });
});

describe('approve and reject', () => {
  it('approves after a human approval, naming the approver; a rerun leaves it as it is', async () => {
    const { package: registered } = await registerBundle(api, context, register);
    const inputs = { ...approveInputs, modelPackageArn: registered.arn };
    const result = await approvePackage(api, context, inputs, maria);
    expect(result.changed).toBe(true);
    expect(result.approvers).toEqual(['maria-ops']);
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: registered.arn }));
    expect(described.ModelApprovalStatus).toBe('Approved');
    expect(described.ApprovalDescription).toBe(
      `Approved by maria-ops (required reviewers of the GitHub environment production) in ${runUrl}; ${FIXTURE_VERSION} deployed to production successfully.`,
    );
    // The registration metadata is kept, the approval added.
    expect(described.CustomerMetadataProperties).toMatchObject({
      'slipway:model-version': FIXTURE_VERSION,
      'slipway:bundle-sha256': tarballSha,
      'slipway:approved-by': 'maria-ops',
      'slipway:approved-in-run': runUrl,
    });
    const rerun = await approvePackage(api, context, inputs, () => Promise.reject(new Error('not asked again')));
    expect(rerun.changed).toBe(false);
    expect(rerun.note).toBe('already Approved (by maria-ops); left as it is');
  });

  it('never approves without an approval of the environment', async () => {
    const { package: registered } = await registerBundle(api, context, register);
    await expect(
      approvePackage(api, context, { ...approveInputs, modelPackageArn: registered.arn }, () => Promise.resolve([])),
    ).rejects.toThrow(
      `run 19602233145 has no approval of the environment production: a model package is approved only after a required reviewer approves that environment; protect it with required reviewers (docs/ENVIRONMENTS.md). ${registered.arn} stays PendingManualApproval`,
    );
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: registered.arn }));
    expect(described.ModelApprovalStatus).toBe('PendingManualApproval');
  });

  it('refuses to approve a package of another model version or group', async () => {
    const { package: registered } = await registerBundle(api, context, register);
    await expect(
      approvePackage(api, context, { ...approveInputs, modelPackageArn: registered.arn, modelVersion: 'house-prices-000000000000' }, maria),
    ).rejects.toThrow(
      `${registered.arn} registers model ${FIXTURE_VERSION}, but this job deployed house-prices-000000000000; nothing was approved`,
    );
    await expect(
      approvePackage(api, { ...context, group: 'slipway-abalone' }, { ...approveInputs, modelPackageArn: registered.arn }, maria),
    ).rejects.toThrow(`belongs to the model package group "slipway-house-prices", not "slipway-abalone"`);
  });

  it('rejects after a failed deploy with the reason; a later approved rerun can still approve', async () => {
    const { package: registered } = await registerBundle(api, context, register);
    const rejected = await rejectPackage(api, context, registered.arn, 'the deploy-ecs step failed');
    expect(rejected.package.status).toBe('Rejected');
    expect(rejected.package.approvalDescription).toBe(`Rejected: the production deploy failed in ${runUrl}: the deploy-ecs step failed`);
    expect(rejected.package.metadata['slipway:rejected-in-run']).toBe(runUrl);
    const approved = await approvePackage(api, context, { ...approveInputs, modelPackageArn: registered.arn }, maria);
    expect(approved.package.status).toBe('Approved');
  });

  it('leaves a package a human approved Approved when a redeploy fails', async () => {
    const { package: registered } = await registerBundle(api, context, register);
    await approvePackage(api, context, { ...approveInputs, modelPackageArn: registered.arn }, maria);
    const result = await rejectPackage(api, context, registered.arn, 'timed out');
    expect(result.changed).toBe(false);
    expect(result.package.status).toBe('Approved');
    expect(result.note).toContain('a failed redeploy does not revoke that');
  });
});
