// Against moto in server mode: deploy() creating an endpoint (moto answers InService at once)
// and pruning real listings; then the committed dist/index.js run as its own Node 24 process
// under the runner contract, its SDK pointed at moto by AWS_ENDPOINT_URL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { resetMoto, startMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { ensureBundleInS3 } from '../src/bundle-upload.js';
import { deploy } from '../src/deploy.js';
import { realClock, Timeline } from '@slipway/shared';
import { baseInputs, digest } from './support/inputs.js';
import { recordingLogger } from '../../test-support/recording-logger.js';

let moto: MotoServer;
let sagemaker: SageMakerClient;
let s3: S3Client;
const tmp = scratch('deploy-sagemaker-action');
const role = 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution';
const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/abalone-api:abalone-0123abc';

beforeAll(async () => {
  moto = await startMoto();
  const options = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  sagemaker = new SageMakerClient(options);
  s3 = new S3Client({ ...options, forcePathStyle: true });
});
afterEach(async () => {
  await resetMoto(moto.endpoint);
});
afterAll(async () => {
  sagemaker.destroy();
  s3.destroy();
  await moto.stop();
  tmp.cleanup();
});

/** An older deploy's model and config, as this action names them. */
async function seedOld(endpointName: string, stamp: string): Promise<string> {
  const name = `${endpointName}-0a0a0a0a-${stamp}`;
  await sagemaker.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: role, PrimaryContainer: { Image: image } }));
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: name,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: name, InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }],
    }),
  );
  return name;
}

describe('deploy against moto', () => {
  it('creates the model, the config and the endpoint, and prunes only this endpoint’s old ones', async () => {
    const olds = [];
    for (const stamp of ['20261201000000', '20261202000000', '20261203000000']) olds.push(await seedOld('slipway-staging-abalone', stamp));
    const neighbour = await seedOld('slipway-staging-abalone-eu', '20261201000000');
    const inputs = { ...baseInputs, pollIntervalMs: 10, pruneKeep: 2 };
    const result = await deploy({ client: sagemaker, inputs, log: recordingLogger(), clock: realClock, timeline: new Timeline() });
    expect(result).toMatchObject({ outcome: 'completed', created: true, previousEndpointConfigName: '' });
    const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'slipway-staging-abalone' }));
    expect(endpoint.EndpointStatus).toBe('InService');
    expect(endpoint.EndpointConfigName).toBe(result.endpointConfigName);
    const config = await sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: result.endpointConfigName }));
    expect(config.ProductionVariants?.[0]).toMatchObject({
      ModelName: result.modelName,
      InstanceType: 'ml.m5.large',
      InitialInstanceCount: 2,
    });
    const model = await sagemaker.send(new DescribeModelCommand({ ModelName: result.modelName }));
    expect(model.PrimaryContainer?.Environment).toMatchObject({
      SLIPWAY_BUNDLE_SHA256: digest,
      SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true',
      SLIPWAY_BUNDLE: baseInputs.bundleUri,
    });
    // Keep 2: the new one and the newest old one; the neighbour endpoint's are not ours.
    expect(result.pruned).toEqual({ endpointConfigs: [olds[1], olds[0]], models: [olds[1], olds[0]] });
    const configs = await sagemaker.send(new ListEndpointConfigsCommand({}));
    expect(configs.EndpointConfigs?.map((c) => c.EndpointConfigName).sort()).toEqual(
      [result.endpointConfigName, olds[2], neighbour].sort(),
    );
    const models = await sagemaker.send(new ListModelsCommand({}));
    expect(models.Models?.map((m) => m.ModelName).sort()).toEqual([result.modelName, olds[2], neighbour].sort());
  });
});

/** A small tarball (the bytes matter, not their meaning) and its sha256. */
function tarball(name: string, text: string): { file: string; sha256: string } {
  const bytes = Buffer.from(text);
  return { file: tmp.write(name, text), sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('the bundle into S3 against moto', () => {
  it('uploads once under its digest, finds it the second time, refuses another digest', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'slipway-artifacts' }));
    const bundle = tarball('a/bundle.tar.gz', 'bundle bytes v1');
    const upload = { file: bundle.file, bucket: 'slipway-artifacts', key: `bundles/abalone/${bundle.sha256}.tar.gz` };
    const first = await ensureBundleInS3(s3, upload, bundle.sha256, 'us-east-1');
    expect(first).toEqual({ uri: `s3://slipway-artifacts/bundles/abalone/${bundle.sha256}.tar.gz`, uploaded: true, bytes: 15 });
    const stored = await s3.send(new GetObjectCommand({ Bucket: 'slipway-artifacts', Key: upload.key }));
    expect(await stored.Body?.transformToString()).toBe('bundle bytes v1');
    expect((await ensureBundleInS3(s3, upload, bundle.sha256, 'us-east-1')).uploaded).toBe(false);
    const other = 'ab'.repeat(32);
    await expect(ensureBundleInS3(s3, { ...upload, key: `bundles/abalone/${other}.tar.gz` }, other, 'us-east-1')).rejects.toThrow(
      `input bundle-file: "${bundle.file}" has sha256 ${bundle.sha256}, not bundle-sha256 ${other}; deploy the tarball the gate passed`,
    );
  });
});

function runBundle(inputs: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({
    actionDir: actionDir('deploy-sagemaker'),
    inputs: {
      'endpoint-name': 'slipway-production-abalone',
      image,
      'bundle-uri': 's3://slipway-artifacts-123456789012/bundles/abalone/abalone-0123456789ab.tar.gz',
      'bundle-sha256': digest,
      'execution-role-arn': role,
      'poll-interval-seconds': '0.01',
      ...inputs,
    },
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: moto.env,
  });
}

describe('deploy-sagemaker bundle against moto', () => {
  it('uploads the bundle, creates a serverless endpoint, publishes outputs and a summary', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'slipway-artifacts' }));
    const bundle = tarball('b/abalone.tar.gz', 'gated bundle bytes');
    const result = await runBundle({
      'bundle-uri': '',
      'bundle-file': bundle.file,
      'bundle-bucket': 'slipway-artifacts',
      'bundle-prefix': 'bundles/abalone/',
      'bundle-sha256': bundle.sha256,
      'serverless-memory-mb': '2048',
      'alarm-names': '["slipway-production-abalone-5xx"]',
    });
    expect(result.errorMessage).toBeUndefined();
    expect(result.exitCode).toBe(0);
    const name = result.outputs['model-name'] ?? '';
    expect(name).toMatch(new RegExp(`^slipway-production-abalone-${bundle.sha256.slice(0, 8)}-\\d{14}$`));
    const uri = `s3://slipway-artifacts/bundles/abalone/${bundle.sha256}.tar.gz`;
    expect(result.stdout).toContain(`bundle ${uri}: uploaded (18 bytes)`);
    const model = await sagemaker.send(new DescribeModelCommand({ ModelName: name }));
    expect(model.PrimaryContainer?.Environment?.SLIPWAY_BUNDLE).toBe(uri);
    expect(result.outputs).toEqual({
      'endpoint-name': 'slipway-production-abalone',
      'endpoint-config-name': name,
      'model-name': name,
      'previous-endpoint-config-name': '',
      outcome: 'completed',
    });
    const config = await sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }));
    expect(config.ProductionVariants?.[0]?.ServerlessConfig).toEqual({ MemorySizeInMB: 2048, MaxConcurrency: 5 });
    expect(result.stdout).toContain(`::group::Waiting for endpoint slipway-production-abalone to serve ${name}`);
    expect(result.summary).toContain('## deploy-sagemaker: slipway-production-abalone — ✅ in service');
    expect(result.summary).toContain('| capacity | serverless, 2048 MB, up to 5 concurrent |');
    expect(result.summary).toContain('| traffic shift | new endpoint: all traffic to the new model |');
  });

  it('rejects bad inputs before calling AWS, quoting them', async () => {
    const result = await runBundle({ 'bundle-sha256': 'not-a-digest' });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toContain('input bundle-sha256: "not-a-digest" is not a sha256 digest');
    expect(result.outputs).toEqual({});
  });
});
