// The action's one edge: parse inputs, register / approve / reject in the SageMaker Model
// Registry, publish outputs and the summary; any error becomes setFailed.
import * as core from '@actions/core';
import { approvePackage, rejectPackage, type StatusResult } from './approve.js';
import { readInputs, type ApproveInputs, type RegistryInputs } from './inputs.js';
import { registerBundle } from './register.js';
import { RegistryApi, type ModelPackage } from './registry-api.js';
import { registerSummary, statusSummary } from './summary.js';

function publishPackage(found: ModelPackage): void {
  core.setOutput('model-package-arn', found.arn);
  core.setOutput('model-package-group', found.group);
  core.setOutput('model-package-version', String(found.version));
  core.setOutput('approval-status', found.status);
}

function approversReader(inputs: ApproveInputs) {
  return async () => {
    // Octokit is loaded only in approve mode: register and reject start without it.
    const { createGitHubClient } = await import('@slipway/shared/github');
    const { environmentApprovers } = await import('@slipway/shared/approvals');
    return environmentApprovers({
      client: createGitHubClient({
        token: inputs.token,
        apiUrl: inputs.apiUrl,
        onWait: (message) => {
          core.warning(message);
        },
      }),
      repository: inputs.repository,
      runId: inputs.runId,
      environment: inputs.environment,
    });
  };
}

async function applyStatus(api: RegistryApi, inputs: RegistryInputs): Promise<StatusResult | undefined> {
  if (inputs.mode === 'approve') return approvePackage(api, inputs, inputs.approve, approversReader(inputs.approve));
  if (inputs.mode === 'reject') return rejectPackage(api, inputs, inputs.reject.modelPackageArn, inputs.reject.reason);
  return undefined;
}

async function runMode(api: RegistryApi, inputs: RegistryInputs): Promise<void> {
  if (inputs.mode === 'register') {
    const result = await registerBundle(api, inputs, inputs.register);
    publishPackage(result.package);
    core.setOutput('created', String(result.created));
    core.info(
      result.created
        ? `registered ${result.facts.version} as ${result.package.arn} (${result.package.status})`
        : `${result.facts.version} is already registered as ${result.package.arn} (${result.package.status}); nothing added`,
    );
    await core.summary.addRaw(registerSummary(result)).write();
    return;
  }
  const result = await applyStatus(api, inputs);
  if (result === undefined) return;
  publishPackage(result.package);
  if (result.approvers) core.setOutput('approved-by', result.approvers.join(', '));
  if (result.note) core.notice(`${result.package.arn}: ${result.note}`);
  else core.info(`${result.package.arn} is now ${result.package.status}`);
  await core.summary.addRaw(statusSummary(inputs.mode, result)).write();
}

export async function run(): Promise<void> {
  let api: RegistryApi | undefined;
  try {
    const inputs = readInputs();
    const role = inputs.mode === 'register' ? 'role of the register step (the build role)' : 'production deploy role';
    api = RegistryApi.create(inputs.region, role);
    await runMode(api, inputs);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    api?.destroy();
  }
}
