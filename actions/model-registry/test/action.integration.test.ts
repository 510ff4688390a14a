// Runs the committed dist/index.js as its own Node 24 process under the runner contract: the SDK
// pointed at moto in server mode by AWS_ENDPOINT_URL, GITHUB_API_URL at a local server answering
// the run's environment approvals with recorded GitHub responses. register → approve, and
// register → reject, as the train-and-deploy workflow runs them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeModelPackageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { startFixtureServer, type FixtureServer } from '../../test-support/github-fixture-server.js';
import { resetMoto, startMoto, type MotoServer } from '../../test-support/moto.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { FIXTURE_VERSION, fixtureBundle, githubFixture } from './paths.js';

const actionDir = join(repoRoot, 'actions', 'model-registry');
const tmp = scratch('model-registry-action');
const tarball = tmp.write('bundle/house-prices.tar.gz', 'tarball bytes of the gated bundle');
const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const runId = '19602233145';
const runUrl = `https://github.com/slipway-demo/slipway/actions/runs/${runId}`;
const approvalsPath = `/repos/slipway-demo/slipway/actions/runs/${runId}/approvals`;

let moto: MotoServer;
let sagemaker: SageMakerClient;
let github: FixtureServer | undefined;

beforeAll(async () => {
  moto = await startMoto();
  const settings = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  sagemaker = new SageMakerClient(settings);
});
afterEach(async () => {
  await github?.stop();
  github = undefined;
  await resetMoto(moto.endpoint);
});
afterAll(async () => {
  sagemaker.destroy();
  await moto.stop();
  tmp.cleanup();
});

async function runRegistry(inputs: Record<string, string>, approvalsFile = 'approvals.json'): Promise<ActionRunResult> {
  await github?.stop(); // one server per run, so its requests are this run's
  github = await startFixtureServer([{ method: 'GET', path: approvalsPath, status: 200, bodyFile: githubFixture(approvalsFile) }]);
  return runActionProcess({
    actionDir,
    inputs: { project: 'house-prices', ...inputs },
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: {
      ...moto.env,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'slipway-demo/slipway',
      GITHUB_RUN_ID: runId,
      GITHUB_SHA: '5f2d0c8a9e1b4c7d3a6f8e2b1c9d0a7e4f3b2c1d',
    },
  });
}

const registerInputs = {
  mode: 'register',
  'bundle-path': fixtureBundle,
  'bundle-tarball': tarball,
  'bundle-location': `${runUrl}/artifacts/4455667788`,
  'metrics-location': 's3://slipway-artifacts/model-registry',
};

async function registered(): Promise<string> {
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  await s3.send(new CreateBucketCommand({ Bucket: 'slipway-artifacts' }));
  s3.destroy();
  const result = await runRegistry(registerInputs);
  expect(result.errorMessage).toBeUndefined();
  expect(result.exitCode).toBe(0);
  return result.outputs['model-package-arn'] ?? '';
}

const status = async (arn: string) =>
  (await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }))).ModelApprovalStatus;

describe('model-registry bundle against moto', () => {
  it('registers a gated bundle as PendingManualApproval, then approves it naming the reviewer GitHub recorded', async () => {
    const arn = await registered();
    expect(arn).toBe('arn:aws:sagemaker:us-east-1:123456789012:model-package/slipway-house-prices/1');
    expect(await status(arn)).toBe('PendingManualApproval');
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(described.CustomerMetadataProperties?.['slipway:bundle-sha256']).toBe(
      createHash('sha256').update('tarball bytes of the gated bundle').digest('hex'),
    );
    expect(described.MetadataProperties?.GeneratedBy).toBe(runUrl);

    const approved = await runRegistry({
      mode: 'approve',
      'model-package-arn': arn,
      'model-version': FIXTURE_VERSION,
      'github-token': token,
    });
    expect(approved.errorMessage).toBeUndefined();
    expect(approved.outputs).toEqual({
      'model-package-arn': arn,
      'model-package-group': 'slipway-house-prices',
      'model-package-version': '1',
      'approval-status': 'Approved',
      'approved-by': 'maria-ops',
    });
    expect(github?.requests).toEqual([expect.objectContaining({ method: 'GET', path: approvalsPath, authorization: `token ${token}` })]);
    expect(approved.stdout).toContain(`::add-mask::${token}`);
    expect(approved.summary).toContain('## Model registry: approved version 1');
    expect(approved.summary).toContain('| Approval status | **Approved** |');
    expect(await status(arn)).toBe('Approved');
  });

  it('leaves the package pending when the run holds no approval of production', async () => {
    const arn = await registered();
    const result = await runRegistry(
      { mode: 'approve', 'model-package-arn': arn, 'model-version': FIXTURE_VERSION, 'github-token': token },
      'approvals-staging-only.json',
    );
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toContain(`run ${runId} has no approval of the environment production`);
    expect(await status(arn)).toBe('PendingManualApproval');
  });

  it('rejects after a failed deploy, with the reason', async () => {
    const arn = await registered();
    const result = await runRegistry({
      mode: 'reject',
      'model-package-arn': arn,
      reason: 'deploy-ecs failed; the service was rolled back',
    });
    expect(result.errorMessage).toBeUndefined();
    expect(result.outputs['approval-status']).toBe('Rejected');
    const described = await sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(described.ApprovalDescription).toBe(
      `Rejected: the production deploy failed in ${runUrl}: deploy-ecs failed; the service was rolled back`,
    );
  });

  it('summarises a registration and says so when a rerun finds it', async () => {
    await registered();
    const again = await runRegistry(registerInputs);
    expect(again.exitCode).toBe(0);
    expect(again.outputs.created).toBe('false');
    expect(again.summary).toContain(`## Model registry: \`${FIXTURE_VERSION}\` was already registered (version 1); nothing added`);
    expect(again.summary).toContain('| rmse | 18141.814644077433 |');
  });

  it('rejects bad inputs before calling AWS, quoting them', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ mode: 'promote' }, 'input mode: "promote" is not register, approve or reject'],
      [{ mode: 'register', project: 'House Prices' }, 'input project: "House Prices" is not a project name'],
      [{ mode: 'register' }, 'input bundle-path: required when mode is register'],
      [
        { ...registerInputs, 'metrics-location': 'slipway-artifacts' },
        'input metrics-location: "slipway-artifacts" is not an s3://<bucket>[/<prefix>] location',
      ],
      [
        { ...registerInputs, 'image-uri': '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/house-prices-api:x' },
        'inputs image-uri and model-data-url: give both',
      ],
      [
        { mode: 'approve', 'model-package-arn': 'slipway-house-prices/1', 'model-version': FIXTURE_VERSION, 'github-token': token },
        'input model-package-arn: "slipway-house-prices/1" is not a versioned model package ARN',
      ],
      [
        {
          mode: 'approve',
          'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/slipway-house-prices/1',
          'model-version': FIXTURE_VERSION,
        },
        'input github-token: required when mode is approve',
      ],
      [
        { mode: 'reject', 'model-package-arn': 'arn:aws:sagemaker:us-east-1:123456789012:model-package/slipway-house-prices/1' },
        'input reason: required when mode is reject',
      ],
    ];
    for (const [inputs, message] of cases) {
      const result = await runRegistry(inputs);
      expect(result.exitCode).toBe(1);
      expect(result.errorMessage).toContain(message);
      expect(github?.requests).toEqual([]);
    }
  });
});
