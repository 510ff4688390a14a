// The action's one edge: parse inputs, deploy, publish outputs and the summary; any error or
// unsuccessful deployment becomes setFailed. Never green on a rollback. The AWS SDK clients
// are imported once the inputs are good: @aws-sdk/client-sagemaker alone costs over a second
// of start-up on a loaded machine (actions/bench/cold-start.mjs), not worth paying to reject an input.
import * as core from '@actions/core';
import type { DeployResult } from './deploy.js';
import { readInputs } from './inputs.js';
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

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
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
    const result = await deploy({ client, inputs, log: coreLogger, clock: realClock, timeline });
    publish(result);
    await core.summary.addRaw(renderSummary(inputs, result, timeline.entries)).write();
    if (result.outcome === 'completed' || result.outcome === 'not-waited') core.info(`${inputs.endpointName}: ${result.reason}`);
    else core.setFailed(`${inputs.endpointName}: ${result.reason}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
