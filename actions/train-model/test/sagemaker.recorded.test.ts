// The SageMaker backend on recorded answers (aws-sdk-client-mock) for what moto cannot do:
// a job failing in the container, a cancel that stops the job, a Spot interruption.
import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
  StopTrainingJobCommand,
  type CreateTrainingJobCommandInput,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { join } from 'node:path';
import { remoteTraining, SageMakerBackend } from '../src/backends/sagemaker/backend.js';
import { TrainingLog } from '../src/backends/sagemaker/logs.js';
import { failureMessage, JobWatcher } from '../src/backends/sagemaker/watch.js';
import type { SageMakerSettings } from '../src/backends/sagemaker/settings.js';
import { remoteTrainingSection } from '../src/summary.js';
import { repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import * as rec from './fixtures/training-jobs.js';

const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const clients = {
  s3: new S3Client({ region: 'eu-west-1', credentials }),
  sagemaker: new SageMakerClient({ region: 'eu-west-1', credentials }),
  logs: new CloudWatchLogsClient({ region: 'eu-west-1', credentials }),
};
const s3 = mockClient(clients.s3);
const sagemaker = mockClient(clients.sagemaker);
const logs = mockClient(clients.logs);
afterEach(() => {
  s3.reset();
  sagemaker.reset();
  logs.reset();
});
const tmp = scratch('train-sagemaker-recorded');

const settings: SageMakerSettings = {
  roleArn: 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
  image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/slipway/trainer:abc123',
  bucket: 'slipway-artifacts-123456789012',
  prefix: 'sagemaker',
  instanceType: 'ml.m5.large',
  instanceCount: 1,
  volumeGb: 30,
  maxRuntimeSeconds: 3600,
  spot: { enabled: false, maxWaitSeconds: 7200 },
  jobName: rec.jobName,
};

function logStream(lines: string[]): void {
  logs.on(DescribeLogStreamsCommand).resolves({ logStreams: [{ logStreamName: `${rec.jobName}/algo-1-1796586424` }] });
  const events = lines.map((message, i) => ({ timestamp: 1796586424000 + i, message, ingestionTime: 1796586425000 + i }));
  logs
    .on(GetLogEventsCommand)
    .resolvesOnce({ events, nextForwardToken: 'f/00000000000000000000000000000000000000000000000000000002', nextBackwardToken: 'b/0' })
    .resolves({ events: [], nextForwardToken: 'f/00000000000000000000000000000000000000000000000000000002', nextBackwardToken: 'b/0' });
}

function backend(options: { cancel?: AbortSignal; print?: (line: string) => void; spot?: boolean } = {}): SageMakerBackend {
  return new SageMakerBackend({
    python: 'python3',
    settings: { ...settings, spot: { enabled: options.spot ?? false, maxWaitSeconds: 7200 } },
    print: options.print ?? (() => undefined),
    pollMs: 1,
    clients: () => Promise.resolve(clients),
    ...(options.cancel === undefined ? {} : { cancel: options.cancel }),
  });
}

const request = () => ({
  specFile: join(repoRoot, 'ml/projects/abalone.yaml'),
  outputDir: join(tmp.dir, 'out'),
  workspace: repoRoot,
  dataFile: tmp.write('abalone.csv', 'sex,length,rings\nM,0.455,15\n'),
  gitSha: 'abc123',
});

describe('a job that fails in the container', () => {
  it("fails with SageMaker's FailureReason and the last log lines", async () => {
    s3.on(HeadObjectCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    sagemaker.on(CreateTrainingJobCommand).resolves({ TrainingJobArn: rec.jobArn });
    sagemaker.on(DescribeTrainingJobCommand).resolvesOnce(rec.trainingNow).resolves(rec.failed);
    logStream(rec.failedLog);
    const printed: string[] = [];

    const failure = backend({ print: (l) => printed.push(l) }).train(request());

    await expect(failure).rejects.toThrow(
      `training job ${rec.jobName} failed: AlgorithmError: error: /opt/ml/input/data/train/abalone.csv: row 12: column rings: "x" is not an integer — fix the value or the contract, exit code: 2\n` +
        `last log lines:\n${rec.failedLog.join('\n')}`,
    );
    expect(printed).toContain('secondary status: Failed — Training job failed');
    expect(printed).toContain(rec.failedLog[1]);
    // Content-addressed data already there: not uploaded again; the spec and contract are.
    const puts = s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key);
    expect(puts).toEqual([
      `sagemaker/jobs/${rec.jobName}/config/abalone.yaml`,
      `sagemaker/jobs/${rec.jobName}/config/data/abalone/contract.yaml`,
    ]);
  });
});

describe('cancelling the run', () => {
  it('stops the training job and fails as cancelled', async () => {
    s3.on(HeadObjectCommand).rejects(Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } }));
    s3.on(PutObjectCommand).resolves({});
    sagemaker.on(CreateTrainingJobCommand).resolves({ TrainingJobArn: rec.jobArn });
    sagemaker.on(DescribeTrainingJobCommand).resolvesOnce(rec.trainingNow).resolvesOnce(rec.stopping).resolves(rec.stopped);
    sagemaker.on(StopTrainingJobCommand).resolves({});
    logStream([]);
    const controller = new AbortController();
    const printed: string[] = [];
    const print = (line: string): void => {
      printed.push(line);
      if (line === 'secondary status: Training — Training image download completed. Training in progress.') controller.abort();
    };

    await expect(backend({ cancel: controller.signal, print }).train(request())).rejects.toThrow(
      `cancelled: training job ${rec.jobName} stopped`,
    );

    expect(sagemaker.commandCalls(StopTrainingJobCommand).map((c) => c.args[0].input)).toEqual([{ TrainingJobName: rec.jobName }]);
    expect(printed).toContain(`cancelled: stopping the training job ${rec.jobName}`);
    expect(printed.slice(-3)).toEqual([
      'status: Stopped',
      'secondary status: Stopping — Stopping the training job',
      'secondary status: Stopped — Training job stopped',
    ]);
    // The data was not there: uploaded, content-addressed by its sha256.
    expect(s3.commandCalls(PutObjectCommand)[0]?.args[0].input.Key).toMatch(/^sagemaker\/data\/[0-9a-f]{64}\/abalone\.csv$/);
  });
});

describe('managed Spot', () => {
  it('asks for Spot with a max wait and a checkpoint location', async () => {
    s3.on(HeadObjectCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    sagemaker.on(CreateTrainingJobCommand).resolves({ TrainingJobArn: rec.jobArn });
    sagemaker.on(DescribeTrainingJobCommand).resolves(rec.failed);
    logStream([]);
    await expect(backend({ spot: true }).train(request())).rejects.toThrow(/failed: AlgorithmError/);
    const sent: CreateTrainingJobCommandInput = sagemaker.commandCalls(CreateTrainingJobCommand)[0]!.args[0].input;
    expect(sent.EnableManagedSpotTraining).toBe(true);
    expect(sent.StoppingCondition).toEqual({ MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 });
    expect(sent.CheckpointConfig).toEqual({
      S3Uri: `s3://slipway-artifacts-123456789012/sagemaker/checkpoints/${rec.jobName}`,
      LocalPath: '/opt/ml/checkpoints',
    });
    expect(sent.HyperParameters).toMatchObject({ project: 'abalone.yaml', git_sha: 'abc123' });
    expect(sent.HyperParameters?.data_source).toMatch(/^file:\/.*abalone\.csv$/);
    expect(sent.InputDataConfig?.map((c) => c.ChannelName)).toEqual(['train', 'config']);
  });

  it('logs an interruption and the resumption, and the summary shows the saving', async () => {
    sagemaker.on(DescribeTrainingJobCommand).resolvesOnce(rec.trainingNow).resolvesOnce(rec.spotInterrupted).resolves(rec.spotCompleted);
    logStream(rec.resumedLog);
    const printed: string[] = [];
    const print = (line: string): void => {
      printed.push(line);
    };
    const log = new TrainingLog(clients.logs, rec.jobName, print);
    const watcher = new JobWatcher({
      sagemaker: clients.sagemaker,
      jobName: rec.jobName,
      log,
      print,
      pollMs: 1,
      cancel: new AbortController().signal,
    });

    const final = await watcher.follow();

    expect(printed).toEqual([
      'status: InProgress',
      'secondary status: Starting — Preparing the instances for training',
      'secondary status: Downloading — Downloading input data',
      'secondary status: Training — Training image download completed. Training in progress.',
      ...rec.resumedLog,
      'secondary status: Interrupted — Training job interrupted due to Spot capacity. Training job will be restarted.',
      'status: Completed',
      'secondary status: Starting — Preparing the instances for training',
      'secondary status: Training — Training image download completed. Training in progress.',
      'secondary status: Uploading — Uploading generated training model',
      'secondary status: Completed — Training job completed',
    ]);
    const remote = remoteTraining({ ...settings, spot: { enabled: true, maxWaitSeconds: 7200 } }, final, log.resumedStages());
    expect(remote).toEqual({
      backend: 'sagemaker',
      jobName: rec.jobName,
      jobArn: rec.jobArn,
      instanceType: 'ml.m5.large',
      instanceCount: 1,
      spot: true,
      trainingSeconds: 1130,
      billableSeconds: 340,
      spotSaving: 1 - 340 / 1130,
      spotInterruptions: 1,
      resumedStages: ['candidate-0'],
    });
    const section = remoteTrainingSection(remote).join('\n');
    expect(section).toContain('340 billable seconds of 1,130 s training; managed Spot saved 69.9 % against on-demand.');
    expect(section).toContain(
      'Spot interrupted the job once; SageMaker restarted it, and the trainer resumed from its checkpoint ' +
        '(stages `candidate-0`), not redoing them.',
    );
  });

  it('says when a restarted job found no checkpoint', () => {
    const section = remoteTrainingSection(
      remoteTraining({ ...settings, spot: { enabled: true, maxWaitSeconds: 7200 } }, rec.spotCompleted, undefined),
    ).join('\n');
    expect(section).toContain(
      'Spot interrupted the job once; SageMaker restarted it, and the trainer found no checkpoint to resume from: it trained from the start.',
    );
  });

  it('fails naming MaxWaitTimeInSeconds and the fix when Spot capacity never came back', async () => {
    s3.on(HeadObjectCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    sagemaker.on(CreateTrainingJobCommand).resolves({ TrainingJobArn: rec.jobArn });
    sagemaker.on(DescribeTrainingJobCommand).resolvesOnce(rec.spotInterrupted).resolves(rec.maxWaitExceeded);
    logStream(rec.resumedLog);

    await expect(backend({ spot: true }).train(request())).rejects.toThrow(
      `training job ${rec.jobName} stopped: StoppingCondition.MaxWaitTimeInSeconds (7200 s) exceeded: waiting for Spot capacity ` +
        'plus training took longer (1 Spot interruption); raise training.spot.max_wait_seconds in the project spec ' +
        '(or the input spot-max-wait-seconds), or train on demand (training.spot.enabled: false or the input spot: false)\n' +
        `last log lines:\n${rec.resumedLog.join('\n')}`,
    );
  });

  it('fails naming MaxRuntimeInSeconds and the fix when the training ran too long', () => {
    const message = failureMessage({ ...rec.stopped, SecondaryStatus: 'MaxRuntimeExceeded' }, []);
    expect(message).toBe(
      `training job ${rec.jobName} stopped: StoppingCondition.MaxRuntimeInSeconds (3600 s) exceeded: the training ran longer; ` +
        'raise training.max_runtime_seconds in the project spec (or the input max-runtime-seconds), or use a larger instance type\n' +
        'the job wrote no log lines',
    );
  });
});
