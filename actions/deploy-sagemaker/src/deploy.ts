// One deploy: model, endpoint config, create or update the endpoint (blue/green canary with
// auto-rollback on alarms), wait, prune. Never green on a rollback.
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  UpdateEndpointCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { Endpoint } from './assess.js';
import type { EndpointChange } from './cancel.js';
import { explainAwsError, isMissingEndpoint } from './aws-errors.js';
import type { DeployInputs } from './inputs.js';
import type { Clock, Logger, Timeline } from '@slipway/shared';
import { resourceName } from './names.js';
import { prune, type Pruned } from './prune.js';
import { endpointConfigRequest, modelRequest, updateRequest } from './requests.js';
import { waitForEndpoint } from './wait.js';

export type Outcome = 'completed' | 'rolled-back' | 'failed' | 'timed-out' | 'not-waited';

export interface DeployResult {
  endpointName: string;
  modelName: string;
  endpointConfigName: string;
  /** The config the endpoint ran before ('' for a new endpoint). */
  previousEndpointConfigName: string;
  created: boolean;
  outcome: Outcome;
  reason: string;
  pruned: Pruned;
}

export interface DeployContext {
  client: SageMakerClient;
  inputs: DeployInputs;
  log: Logger;
  clock: Clock;
  timeline: Timeline;
  /** Told once UpdateEndpoint or CreateEndpoint has been accepted (what a cancel reports). */
  onEndpointChange?: (change: EndpointChange) => void;
}

async function call<T>(operation: string, region: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw explainAwsError(error, operation, region);
  }
}

async function currentEndpoint(context: DeployContext): Promise<Endpoint | undefined> {
  const { client, inputs } = context;
  try {
    return await client.send(new DescribeEndpointCommand({ EndpointName: inputs.endpointName }));
  } catch (error) {
    if (isMissingEndpoint(error)) return undefined;
    throw explainAwsError(error, 'DescribeEndpoint', inputs.region);
  }
}

function refuseBusy(endpoint: Endpoint): void {
  const status = endpoint.EndpointStatus;
  if (status === 'InService') return;
  if (status === 'Failed') {
    throw new Error(
      `endpoint ${endpoint.EndpointName ?? ''} is Failed (${endpoint.FailureReason ?? 'no reason given'}) and cannot be updated; delete it (aws sagemaker delete-endpoint --endpoint-name ${endpoint.EndpointName ?? ''}) and rerun to create it again`,
    );
  }
  throw new Error(
    `endpoint ${endpoint.EndpointName ?? ''} is ${status ?? 'in an unknown state'}: another deployment is under way; rerun when it is InService`,
  );
}

export async function deploy(context: DeployContext): Promise<DeployResult> {
  const { client, inputs, log, clock, timeline } = context;
  const startedAt = new Date(clock.now());
  const existing = await currentEndpoint(context);
  if (existing) refuseBusy(existing);
  const name = resourceName(inputs.endpointName, inputs.bundleSha256, startedAt);
  const result: DeployResult = {
    endpointName: inputs.endpointName,
    modelName: name,
    endpointConfigName: name,
    previousEndpointConfigName: existing?.EndpointConfigName ?? '',
    created: existing === undefined,
    outcome: 'not-waited',
    reason: '',
    pruned: { endpointConfigs: [], models: [] },
  };
  await call('CreateModel', inputs.region, () => client.send(new CreateModelCommand(modelRequest(inputs, name))));
  timeline.add(`model ${name} created (image ${inputs.image}, bundle ${inputs.bundleUri})`);
  await call('CreateEndpointConfig', inputs.region, () =>
    client.send(new CreateEndpointConfigCommand(endpointConfigRequest(inputs, name))),
  );
  timeline.add(`endpoint config ${name} created`);
  if (existing) {
    await call('UpdateEndpoint', inputs.region, () => client.send(new UpdateEndpointCommand(updateRequest(inputs, name))));
    timeline.add(`endpoint ${inputs.endpointName} updating from ${result.previousEndpointConfigName} (blue/green)`);
  } else {
    await call('CreateEndpoint', inputs.region, () =>
      client.send(new CreateEndpointCommand({ EndpointName: inputs.endpointName, EndpointConfigName: name })),
    );
    timeline.add(`endpoint ${inputs.endpointName} creating`);
  }
  context.onEndpointChange?.({
    endpointName: inputs.endpointName,
    targetConfig: name,
    previousConfig: result.previousEndpointConfigName,
  });
  if (!inputs.wait) return { ...result, reason: `endpoint ${inputs.endpointName} is moving to ${name} (not waited for)` };
  const outcome = await log.group(`Waiting for endpoint ${inputs.endpointName} to serve ${name}`, () =>
    waitForEndpoint({
      targetConfig: name,
      timeoutMs: inputs.timeoutMs,
      pollIntervalMs: inputs.pollIntervalMs,
      describe: () =>
        call('DescribeEndpoint', inputs.region, () => client.send(new DescribeEndpointCommand({ EndpointName: inputs.endpointName }))),
      log,
      clock,
      onProgress: (line) => {
        timeline.add(line);
      },
    }),
  );
  timeline.add(`${outcome.state}: ${outcome.reason}`);
  if (outcome.state !== 'completed') return { ...result, outcome: outcome.state, reason: outcome.reason };
  const pruned = await call('Prune', inputs.region, () =>
    prune(client, {
      endpointName: inputs.endpointName,
      keep: inputs.pruneKeep,
      protect: [name, result.previousEndpointConfigName],
      startedAt,
    }),
  );
  if (pruned.endpointConfigs.length + pruned.models.length > 0) {
    timeline.add(`pruned ${pruned.endpointConfigs.length} endpoint configs and ${pruned.models.length} models`);
  }
  return { ...result, outcome: 'completed', reason: outcome.reason, pruned };
}
