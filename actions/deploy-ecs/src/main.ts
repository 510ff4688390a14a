// The action's one edge: parse inputs, deploy, publish outputs and the summary; any error or
// unsuccessful deployment becomes setFailed. Never green on a rollback.
import * as core from '@actions/core';
import { deploy, type DeployResult } from './deploy.js';
import { EcsApi } from './ecs-api.js';
import { createEcsClient } from './ecs-client.js';
import { readInputs, type DeployInputs } from './inputs.js';
import { coreLogger, realClock, Timeline } from '@slipway/shared';
import { isSensitiveName, renderSummary } from './summary.js';

function maskSensitiveValues(inputs: DeployInputs): void {
  for (const variables of Object.values(inputs.environment)) {
    for (const [name, value] of Object.entries(variables)) if (isSensitiveName(name)) core.setSecret(value);
  }
}

function publish(result: DeployResult): void {
  core.setOutput('task-definition-arn', result.taskDefinitionArn);
  core.setOutput('deployment-id', result.deploymentId);
  core.setOutput('previous-task-definition-arn', result.previousTaskDefinitionArn);
  core.setOutput('rolled-back', String(result.rolledBack));
  core.setOutput('outcome', result.outcome);
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    maskSensitiveValues(inputs);
    const api = new EcsApi(createEcsClient(inputs), { cluster: inputs.cluster, service: inputs.service, region: inputs.region });
    const timeline = new Timeline();
    const result = await deploy({ api, inputs, log: coreLogger, clock: realClock, timeline });
    publish(result);
    await core.summary
      .addRaw(renderSummary({ cluster: inputs.cluster, service: inputs.service, result, timeline: timeline.entries }))
      .write();
    if (result.outcome === 'completed' || result.outcome === 'not-waited') {
      core.info(`${inputs.service}: ${result.reason} (${result.taskDefinitionArn})`);
    } else {
      const rolled = result.rolledBack ? `; the service was rolled back to ${result.previousTaskDefinitionArn}` : '';
      core.setFailed(`${inputs.service}: ${result.reason}${rolled}`);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
