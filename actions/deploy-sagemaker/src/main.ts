// The action's one edge: parse inputs, deploy, publish outputs and the summary; any error or
// unsuccessful deployment becomes setFailed. Never green on a rollback. The AWS SDK clients
// are imported once the inputs are good: @aws-sdk/client-sagemaker alone costs over a second
// of start-up on a loaded machine (actions/bench/cold-start.mjs), not worth paying to reject an input.
import * as core from '@actions/core';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { isMissingEndpoint } from './aws-errors.js';
import { cancelNotice, type EndpointChange } from './cancel.js';
import type { DeployResult } from './deploy.js';
import { readInputs, type DeployInputs } from './inputs.js';
import { coreLogger, realClock, Timeline } from '@slipway/shared';
import { renderSummary } from './summary.js';

const SENSITIVE = /SECRET|PASSWORD|TOKEN|PRIVATE|CREDENTIAL|API_?KEY/i;

function publish(result: DeployResult): void {
  core.setOutput('endpoint-name', result.endpointName);
  core.setOutput('endpoint-config-name', result.endpointConfigName);
  core.setOutput('model-name', result.modelName);
  core.setOutput('previous-endpoint-config-name', result.previousEndpointConfigName);
  core.setOutput('outcome', result.outcome);
}

/** What a cancel can report: the client, once made; the endpoint change, once accepted. */
interface CancelState {
  client?: SageMakerClient;
  change?: EndpointChange;
}

/** On the runner's cancel (SIGINT, then SIGTERM): says where the endpoint is and what SageMaker
 * will do with an update it cannot be asked to stop, then ends the step as failed. */
function reportOnCancel(inputs: DeployInputs, state: CancelState): void {
  let cancelling = false;
  const cancel = (signal: string): void => {
    if (cancelling) return;
    cancelling = true;
    core.warning(`received ${signal}: cancelling`);
    void cancelledState(inputs, state).then((notice) => {
      core.setFailed(`cancelled: ${notice}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
}

async function cancelledState(inputs: DeployInputs, state: CancelState): Promise<string> {
  const name = inputs.endpointName;
  if (state.client === undefined) return `before any SageMaker call; endpoint ${name} was not changed`;
  const { DescribeEndpointCommand } = await import('@aws-sdk/client-sagemaker');
  try {
    const endpoint = await state.client.send(new DescribeEndpointCommand({ EndpointName: name }));
    return cancelNotice(name, endpoint, state.change);
  } catch (error) {
    if (!isMissingEndpoint(error)) {
      const asked = state.change ? `; this run had asked it to serve ${state.change.targetConfig}` : '';
      return `DescribeEndpoint ${name} failed after the cancel (${error instanceof Error ? error.message : String(error)})${asked}`;
    }
    return cancelNotice(name, undefined, state.change);
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cancelState: CancelState = {};
    reportOnCancel(inputs, cancelState);
    for (const [name, value] of Object.entries(inputs.environment)) if (SENSITIVE.test(name)) core.setSecret(value);
    const timeline = new Timeline();
    const { createS3Client, createSageMakerClient } = await import('./sagemaker-client.js');
    const { deploy } = await import('./deploy.js');
    if (inputs.upload) {
      const { ensureBundleInS3 } = await import('./bundle-upload.js');
      const s3 = createS3Client(inputs);
      const stored = await ensureBundleInS3(s3, inputs.upload, inputs.bundleSha256, inputs.region);
      s3.destroy();
      const what = stored.uploaded ? `uploaded (${stored.bytes} bytes)` : 'already there (same digest)';
      core.info(`bundle ${stored.uri}: ${what}`);
      timeline.add(`bundle ${stored.uri} ${what}`);
    }
    const client = createSageMakerClient(inputs);
    cancelState.client = client;
    const result = await deploy({
      client,
      inputs,
      log: coreLogger,
      clock: realClock,
      timeline,
      onEndpointChange: (made) => {
        cancelState.change = made;
      },
    });
    publish(result);
    await core.summary.addRaw(renderSummary(inputs, result, timeline.entries)).write();
    if (result.outcome === 'completed' || result.outcome === 'not-waited') core.info(`${inputs.endpointName}: ${result.reason}`);
    else core.setFailed(`${inputs.endpointName}: ${result.reason}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
