// Cancelling a deploy while SageMaker shifts traffic: the committed dist/index.js runs as its own
// Node 24 process under the runner contract against moto and is cancelled as the runner cancels
// a step (SIGINT, then SIGTERM). moto has no UpdateEndpoint and no update in progress, so a proxy
// in front of moto plays those parts: UpdateEndpoint is recorded and accepted, and
// DescribeEndpoint answers moto's endpoint as Updating towards the new config from then on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { runActionProcess, type ActionRunResult } from '../../../runner/src/action-process.js';
import { startAwsJsonProxy, type AwsJsonProxy } from '../../test-support/aws-json-proxy.js';
import { motoAvailable, startMoto, type MotoServer } from '../../test-support/moto.js';
import { actionDir, repoRoot } from '../../test-support/paths.js';
import { scratch } from '../../test-support/temp.js';
import { digest } from './support/inputs.js';

const tmp = scratch('deploy-sagemaker-cancel');
const endpointName = 'slipway-production-abalone';
const oldConfig = `${endpointName}-0a0a0a0a-20261205101500`;
const role = 'arn:aws:iam::123456789012:role/slipway-sagemaker-execution';
const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/abalone-api:abalone-0123abc';

/** The endpoint as SageMaker shows it while a blue/green update bakes its canary. */
function startStandIn(motoEndpoint: string): Promise<AwsJsonProxy> {
  let target: string | undefined;
  return startAwsJsonProxy(motoEndpoint, {
    'SageMaker.UpdateEndpoint': (request) => {
      target = String(request.EndpointConfigName);
      return { status: 200, body: { EndpointArn: `arn:aws:sagemaker:us-east-1:123456789012:endpoint/${endpointName}` } };
    },
    'SageMaker.DescribeEndpoint': async (_request, upstream) => {
      const answer = await upstream();
      if (answer.status !== 200 || target === undefined) return answer;
      const pending = {
        EndpointConfigName: target,
        StartTime: Date.now() / 1000,
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            CurrentInstanceCount: 1,
            DesiredInstanceCount: 1,
            CurrentWeight: 0.1,
            DesiredWeight: 1,
            VariantStatus: [{ Status: 'Baking', StatusMessage: 'Baking period started.', StartTime: Date.now() / 1000 }],
          },
        ],
      };
      return { status: 200, body: { ...answer.body, EndpointStatus: 'Updating', PendingDeploymentSummary: pending } };
    },
  });
}

const withMoto = motoAvailable() ? describe : describe.skip;

withMoto('cancelling deploy-sagemaker during a blue/green update', () => {
  let moto: MotoServer;
  let standIn: AwsJsonProxy;
  let cancelled: ActionRunResult;
  let newConfig = '';
  beforeAll(async () => {
    moto = await startMoto();
    const sagemaker = new SageMakerClient({
      region: 'us-east-1',
      endpoint: moto.endpoint,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    await sagemaker.send(new CreateModelCommand({ ModelName: oldConfig, ExecutionRoleArn: role, PrimaryContainer: { Image: image } }));
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: oldConfig,
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: oldConfig, InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }],
      }),
    );
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: oldConfig }));
    sagemaker.destroy();
    standIn = await startStandIn(moto.endpoint);
    const controller = new AbortController();
    cancelled = await runActionProcess({
      actionDir: actionDir('deploy-sagemaker'),
      inputs: {
        'endpoint-name': endpointName,
        image,
        'bundle-uri': 's3://slipway-artifacts-123456789012/bundles/abalone/abalone-0123456789ab.tar.gz',
        'bundle-sha256': digest,
        'execution-role-arn': role,
        'instance-count': '1',
        'poll-interval-seconds': '0.2',
      },
      workspace: repoRoot,
      runnerTemp: tmp.dir,
      env: { ...moto.env, AWS_ENDPOINT_URL: standIn.endpoint },
      onLine: (line) => {
        const waiting = new RegExp(`^::group::Waiting for endpoint ${endpointName} to serve (\\S+)$`).exec(line);
        if (waiting?.[1] !== undefined) newConfig = waiting[1];
        // The canary is baking: the user cancels the workflow.
        if (line.includes(' Updating on ') && line.includes('Baking')) controller.abort();
      },
      cancel: controller.signal,
    });
  }, 120_000);
  afterAll(async () => {
    await standIn.close();
    await moto.stop();
    tmp.cleanup();
  });

  it('asked for the update, then fails saying SageMaker finishes it and how to go back', () => {
    const updates = standIn.calls.filter((c) => c.target === 'SageMaker.UpdateEndpoint').map((c) => c.request.EndpointConfigName);
    expect(newConfig).toMatch(new RegExp(`^${endpointName}-3f3f3f3f-\\d{14}$`));
    expect(updates).toEqual([newConfig]);
    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.stdout).toContain('::warning::received SIGINT: cancelling');
    expect(cancelled.errorMessage).toBe(
      `cancelled: endpoint ${endpointName} is Updating, moving from ${oldConfig} to ${newConfig}; SageMaker has no call to ` +
        `cancel an update in progress: it finishes the blue/green shift to ${newConfig} (the canary share, its bake time, then ` +
        `all traffic) and rolls back to ${oldConfig} by itself only if an auto-rollback alarm fires. To end on ${oldConfig}, ` +
        `once the endpoint is InService run aws sagemaker update-endpoint --endpoint-name ${endpointName} --endpoint-config-name ${oldConfig}`,
    );
    // Nothing was pruned: the cancel came before the deploy finished.
    expect(standIn.calls.some((c) => c.target.startsWith('SageMaker.Delete'))).toBe(false);
  });
});
