// Cancelling the workflow stops the training job: the committed dist/index.js runs as its own
// Node 24 process under the runner contract and is cancelled as the runner cancels a step
// (SIGINT, then SIGTERM). moto completes a training job at once and has no StopTrainingJob, so
// a small proxy in front of moto plays those two parts of SageMaker: DescribeTrainingJob answers
// moto's description with the job still InProgress until StopTrainingJob arrives (recorded and
// answered as SageMaker answers it, `{}`), Stopped after. Every other call reaches moto as sent.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { startAwsJsonProxy, type AwsJsonProxy } from '../../test-support/aws-json-proxy.js';
import { motoAvailable, startMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, dataMirror, repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { originalHouseCsv } from '../../test-support/trainer.js';

const tmp = scratch('train-sagemaker-cancel');
const bucket = 'slipway-artifacts-123456789012';
const jobName = 'slipway-house-prices-cancel-1';

/** moto's job, InProgress until StopTrainingJob for it has arrived, then Stopped. */
function startStandIn(motoEndpoint: string): Promise<AwsJsonProxy> {
  const stopped = new Set<string>();
  return startAwsJsonProxy(motoEndpoint, {
    'SageMaker.StopTrainingJob': (request) => {
      stopped.add(String(request.TrainingJobName));
      return { status: 200, body: {} };
    },
    'SageMaker.DescribeTrainingJob': async (request, upstream) => {
      const answer = await upstream();
      if (answer.status !== 200) return answer;
      const job = { ...answer.body };
      const isStopped = stopped.has(String(request.TrainingJobName));
      job.TrainingJobStatus = isStopped ? 'Stopped' : 'InProgress';
      job.SecondaryStatus = isStopped ? 'Stopped' : 'Training';
      if (!isStopped) delete job.ModelArtifacts;
      return { status: 200, body: job };
    },
  });
}

const withMoto = motoAvailable() && existsSync(venvPython) ? describe : describe.skip;

withMoto('cancelling a train-model run on SageMaker', () => {
  let moto: MotoServer;
  let standIn: AwsJsonProxy;
  let cancelled: ActionRunResult;
  const sent: string[] = [];
  beforeAll(async () => {
    moto = await startMoto();
    const config = { region: 'us-east-1', endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
    await new S3Client({ ...config, forcePathStyle: true }).send(new CreateBucketCommand({ Bucket: bucket }));
    await new CloudWatchLogsClient(config).send(new CreateLogGroupCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' }));
    standIn = await startStandIn(moto.endpoint);
    const controller = new AbortController();
    cancelled = await runActionProcess({
      actionDir: actionDir('train-model'),
      inputs: {
        project: 'house-prices',
        backend: 'sagemaker',
        data: originalHouseCsv,
        python: venvPython,
        'output-dir': join(tmp.dir, 'out'),
        'sagemaker-role-arn': 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution',
        'sagemaker-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/trainer:1234567890ab',
        'sagemaker-bucket': bucket,
        'training-job-name': jobName,
        spot: 'true',
      },
      workspace: repoRoot,
      runnerTemp: tmp.dir,
      env: { ...moto.env, AWS_ENDPOINT_URL: standIn.endpoint, SLIPWAY_DATA_MIRROR: dataMirror },
      onLine: (line) => {
        sent.push(line);
        // The job is running: the user cancels the workflow.
        if (line === 'status: InProgress') controller.abort();
      },
      cancel: controller.signal,
    });
  }, 180_000);
  afterAll(async () => {
    await standIn.close();
    await moto.stop();
    tmp.cleanup();
  });

  it('stops the training job and fails as cancelled', () => {
    const stops = standIn.calls.filter((c) => c.target === 'SageMaker.StopTrainingJob').map((c) => c.request);
    expect(stops).toEqual([{ TrainingJobName: jobName }]);
    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.errorMessage).toBe(`cancelled: training job ${jobName} stopped`);
    expect(sent).toContain('::warning::received SIGINT: cancelling');
    expect(sent).toContain(`cancelled: stopping the training job ${jobName}`);
    expect(sent).toContain('status: Stopped');
    // It ended on the SIGINT, before the runner's SIGTERM 7.5 s later: one warning only.
    expect(sent.filter((l) => l.startsWith('::warning::received SIG'))).toHaveLength(1);
  });

  it('leaves the job in moto as created and no bundle behind', async () => {
    const sagemaker = new SageMakerClient({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
    expect(job.EnableManagedSpotTraining).toBe(true);
    expect(job.CheckpointConfig).toEqual({
      S3Uri: `s3://${bucket}/sagemaker/checkpoints/${jobName}`,
      LocalPath: '/opt/ml/checkpoints',
    });
    const bundles = join(tmp.dir, 'out', 'bundles');
    expect(existsSync(bundles) ? readdirSync(bundles) : []).toEqual([]);
  });
});
