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
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { freePort, motoAvailable, startMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, dataMirror, repoRoot, venvPython } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { originalHouseCsv } from '../../test-support/trainer.js';

const tmp = scratch('train-sagemaker-cancel');
const bucket = 'slipway-artifacts-123456789012';
const jobName = 'slipway-house-prices-cancel-1';

interface StandIn {
  endpoint: string;
  stopCalls: string[];
  close: () => Promise<void>;
}

function forward(
  target: URL,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method, path, headers: { ...headers, host: target.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function startStandIn(motoEndpoint: string): Promise<StandIn> {
  const stopCalls: string[] = [];
  const moto = new URL(motoEndpoint);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = req.headers['x-amz-target'];
      if (target === 'SageMaker.StopTrainingJob') {
        stopCalls.push((JSON.parse(body.toString('utf8')) as { TrainingJobName: string }).TrainingJobName);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end('{}');
        return;
      }
      forward(moto, req.method ?? 'GET', req.url ?? '/', req.headers, body).then(
        (answer) => {
          let out = answer.body;
          if (target === 'SageMaker.DescribeTrainingJob' && answer.status === 200) {
            const job = JSON.parse(out.toString('utf8')) as Record<string, unknown>;
            const stopped = stopCalls.includes(String(job.TrainingJobName));
            job.TrainingJobStatus = stopped ? 'Stopped' : 'InProgress';
            job.SecondaryStatus = stopped ? 'Stopped' : 'Training';
            if (!stopped) delete job.ModelArtifacts;
            out = Buffer.from(JSON.stringify(job));
          }
          const headers = { ...answer.headers, 'content-length': String(out.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.status, headers);
          res.end(out);
        },
        (error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        },
      );
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => {
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stopCalls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

const withMoto = motoAvailable() && existsSync(venvPython) ? describe : describe.skip;

withMoto('cancelling a train-model run on SageMaker', () => {
  let moto: MotoServer;
  let standIn: StandIn;
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
    expect(standIn.stopCalls).toEqual([jobName]);
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
