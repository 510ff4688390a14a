// backend sagemaker end to end against moto in server mode: the committed dist/index.js runs as
// its own Node 24 process under the runner contract. moto completes a training job at once and
// runs nothing, so the test plays SageMaker's part first: the real trainer entrypoint
// (python -m slipway_ml.sagemaker_train) runs on a temporary /opt/ml root with the
// hyperparameters the action sends, and its model folder goes to the job's output path as
// model.tar.gz, its stdout to the job's CloudWatch log stream.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { trainingJobRequest } from '../src/backends/sagemaker/job-request.js';
import type { SageMakerSettings } from '../src/backends/sagemaker/settings.js';
import { startMoto, motoAvailable, type MotoServer } from '../../test-support/moto.js';
import { actionDir, dataMirror, repoRoot, venvPython } from '../../test-support/paths.js';
import { originalHouseCsv, trainDirectly, trainerReady } from '../../test-support/trainer.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('train-sagemaker-moto');
const gitSha = '1234567890abcdef1234567890abcdef12345678';
const bucket = 'slipway-artifacts-123456789012';
const settings: SageMakerSettings = {
  roleArn: 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/trainer:1234567890ab',
  bucket,
  prefix: 'sagemaker',
  instanceType: 'ml.m5.large',
  instanceCount: 1,
  volumeGb: 30,
  maxRuntimeSeconds: 3600,
  spot: { enabled: false, maxWaitSeconds: 7200 },
};
const inputs = (jobName: string, outputDir: string, extra: Record<string, string> = {}): Record<string, string> => ({
  project: 'house-prices',
  backend: 'sagemaker',
  data: originalHouseCsv,
  python: venvPython,
  'output-dir': outputDir,
  'sagemaker-role-arn': settings.roleArn,
  'sagemaker-image': settings.image,
  'sagemaker-bucket': bucket,
  'training-job-name': jobName,
  ...extra,
});

let moto: MotoServer;
let clients: { s3: S3Client; logs: CloudWatchLogsClient; sagemaker: SageMakerClient };

/** What SageMaker would do for the job: run the trainer image's entrypoint on its channels. */
function playSageMaker(jobName: string): { modelTarball: string; log: string[] } {
  const request = trainingJobRequest(settings, {
    jobName,
    project: 'house-prices',
    dataUri: 'unused',
    configUri: 'unused',
    projectFile: 'house-prices.yaml',
    gitSha,
    dataSource: `file:${originalHouseCsv}`,
  });
  const root = join(tmp.dir, jobName, 'opt-ml');
  mkdirSync(join(root, 'input', 'config'), { recursive: true });
  writeFileSync(join(root, 'input', 'config', 'hyperparameters.json'), JSON.stringify(request.HyperParameters));
  mkdirSync(join(root, 'input', 'data', 'train'), { recursive: true });
  copyFileSync(originalHouseCsv, join(root, 'input', 'data', 'train', 'house_data.csv'));
  mkdirSync(join(root, 'input', 'data', 'config', 'data', 'house-prices'), { recursive: true });
  copyFileSync(join(repoRoot, 'ml/projects/house-prices.yaml'), join(root, 'input', 'data', 'config', 'house-prices.yaml'));
  copyFileSync(
    join(repoRoot, 'data/house-prices/contract.yaml'),
    join(root, 'input', 'data', 'config', 'data', 'house-prices', 'contract.yaml'),
  );
  const stdout = execFileSync(venvPython, ['-m', 'slipway_ml.sagemaker_train', 'train'], {
    env: { ...process.env, SLIPWAY_SAGEMAKER_ROOT: root, TRAINING_JOB_NAME: jobName },
    encoding: 'utf8',
  });
  const modelTarball = join(tmp.dir, jobName, 'model.tar.gz');
  execFileSync('tar', ['-czf', modelTarball, '-C', join(root, 'model'), ...readdirSync(join(root, 'model'))]);
  return { modelTarball, log: stdout.trim().split('\n') };
}

async function placeJobOutput(jobName: string): Promise<string[]> {
  const { modelTarball, log } = playSageMaker(jobName);
  await clients.s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: `sagemaker/output/${jobName}/output/model.tar.gz`, Body: readFileSync(modelTarball) }),
  );
  const stream = `${jobName}/algo-1-1796586424`;
  await clients.logs.send(new CreateLogStreamCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: stream }));
  await clients.logs.send(
    new PutLogEventsCommand({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      logStreamName: stream,
      logEvents: log.map((message, i) => ({ timestamp: Date.now() + i, message })),
    }),
  );
  return log;
}

function runTrain(request: Record<string, string>): Promise<ActionRunResult> {
  return runActionProcess({
    actionDir: actionDir('train-model'),
    inputs: request,
    workspace: repoRoot,
    runnerTemp: tmp.dir,
    env: { ...moto.env, SLIPWAY_DATA_MIRROR: dataMirror, GITHUB_SHA: gitSha },
  });
}

const withMoto = motoAvailable() && trainerReady() ? describe : describe.skip;

withMoto('train-model backend sagemaker against moto', () => {
  let first: ActionRunResult;
  let log: string[];
  beforeAll(async () => {
    moto = await startMoto();
    const config = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
    clients = {
      s3: new S3Client({ ...config, forcePathStyle: true }),
      logs: new CloudWatchLogsClient(config),
      sagemaker: new SageMakerClient(config),
    };
    await clients.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' }));
    log = await placeJobOutput('slipway-house-prices-test-1');
    first = await runTrain(inputs('slipway-house-prices-test-1', join(tmp.dir, 'out1')));
  }, 240_000);
  afterAll(async () => {
    await moto.stop();
    tmp.cleanup();
  });

  it('returns the bundle a local run trains for the same data, spec and seed', () => {
    expect(first.errorMessage).toBeUndefined();
    expect(first.exitCode).toBe(0);
    const local = trainDirectly({ outputDir: join(tmp.dir, 'local'), data: originalHouseCsv });
    const out = first.outputs;
    expect(out['model-version']).toBe(local.version);
    expect(out['bundle-path']).toBe(join(tmp.dir, 'out1', 'bundles', local.version));
    expect(out['bundle-tarball']).toBe(join(tmp.dir, 'out1', 'bundles', `${local.version}.tar.gz`));
    expect(readdirSync(out['bundle-path'] ?? '').sort()).toEqual(readdirSync(local.bundle_dir).sort());
    expect(readFileSync(join(out['bundle-path'] ?? '', 'model.joblib'))).toEqual(readFileSync(join(local.bundle_dir, 'model.joblib')));
    const manifest = JSON.parse(readFileSync(join(out['bundle-path'] ?? '', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.trained_on).toEqual({ backend: 'sagemaker', training_job: 'slipway-house-prices-test-1' });
    expect(manifest.git_sha).toBe(gitSha);
    expect(out['metrics-file']).toBe(join(out['bundle-path'] ?? '', 'metrics.json'));
    expect(out['chosen-model']).toBe((JSON.parse(out.metrics ?? '{}') as { chosen: string }).chosen);
    expect(out['mlflow-run-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(out['paired-comparison-file']).toBe('');
  });

  it('uploads the data content-addressed and creates the job as asked', async () => {
    const job = await clients.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'slipway-house-prices-test-1' }));
    const train = job.InputDataConfig?.find((c) => c.ChannelName === 'train')?.DataSource?.S3DataSource?.S3Uri ?? '';
    const sha = execFileSync('sha256sum', [originalHouseCsv], { encoding: 'utf8' }).split(' ')[0];
    expect(train).toBe(`s3://${bucket}/sagemaker/data/${sha}/house_data.csv`);
    const uploaded = await clients.s3.send(new GetObjectCommand({ Bucket: bucket, Key: train.replace(`s3://${bucket}/`, '') }));
    expect(await uploaded.Body?.transformToString()).toBe(readFileSync(originalHouseCsv, 'utf8'));
    expect(job.AlgorithmSpecification?.TrainingImage).toBe(settings.image);
    expect(job.ResourceConfig).toMatchObject({ InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 30 });
    expect(job.HyperParameters).toEqual({ project: 'house-prices.yaml', git_sha: gitSha, data_source: `file:${originalHouseCsv}` });
    expect(first.stdout).toContain(`data: s3://${bucket}/sagemaker/data/${sha}/house_data.csv (uploaded)`);
  });

  it('streams the status and the training log, and writes the summary', () => {
    expect(first.stdout).toContain('status: Completed');
    expect(first.stdout).toContain('secondary status: Starting — Preparing the instances for training');
    for (const line of log.filter((l) => l.startsWith('[slipway] select:'))) expect(first.stdout).toContain(line);
    expect(first.summary).toContain('### Trained on SageMaker');
    expect(first.summary).toContain(
      'Training job `slipway-house-prices-test-1` on 1 × `ml.m5.large`: SageMaker reported no training or billable seconds.',
    );
    expect(first.summary).toContain(`## Trained \`house-prices\`: \`${first.outputs['model-version']}\``);
  });

  it('does not upload the same data again, and runs Spot from the inputs', async () => {
    await placeJobOutput('slipway-house-prices-test-2');
    const second = await runTrain(inputs('slipway-house-prices-test-2', join(tmp.dir, 'out2'), { spot: 'true' }));
    expect(second.errorMessage).toBeUndefined();
    expect(second.stdout).toMatch(/data: s3:\/\/\S+ \(already there, not uploaded again\)/);
    expect(second.outputs['model-version']).toBe(first.outputs['model-version']);
    const job = await clients.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: 'slipway-house-prices-test-2' }));
    expect(job.EnableManagedSpotTraining).toBe(true);
    expect(job.StoppingCondition).toEqual({ MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 });
  }, 180_000);

  it('fails with the reason when the job left no model artifact', async () => {
    const result = await runTrain(inputs('slipway-house-prices-test-3', join(tmp.dir, 'out3')));
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe(`s3://${bucket}/sagemaker/output/slipway-house-prices-test-3/output/model.tar.gz: no such object`);
    expect(readdirSync(join(tmp.dir, 'out3', 'bundles'))).toEqual([]); // not even a partial download
  }, 120_000);
});
