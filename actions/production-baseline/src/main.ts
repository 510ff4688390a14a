// The action's one edge: parse inputs, read (or record) production's model, publish; any
// error becomes setFailed.
import * as core from '@actions/core';
import { writeFileAtomic } from '@slipway/shared';
import { approversOf } from './approvals.js';
import { readBundleFacts } from './bundle-files.js';
import { findProductionModel } from './find-production.js';
import { GitHubClient } from '@slipway/shared';
import type { BaselineInputs, RecordInputs } from './inputs.js';
import { readInputs } from './inputs.js';
import { buildProductionRecord } from './record.js';
import { createProductionDeployment } from './record-deployment.js';
import { baselineSummary, notFoundMessage, recordedSummary } from './summary.js';

async function readBaseline(inputs: BaselineInputs, client: GitHubClient): Promise<void> {
  const found = await findProductionModel({
    ...inputs,
    client,
    onSkip: (message) => {
      core.info(message);
    },
  });
  core.setOutput('found', String(found !== undefined));
  if (!found) {
    const message = notFoundMessage(inputs.project);
    core.notice(message);
    await core.summary.addRaw(`## Production baseline\n\n${message}.\n`).write();
    return;
  }
  const { record, deployment } = found;
  writeFileAtomic(inputs.outputFile, `${JSON.stringify(record.metrics, null, 2)}\n`);
  core.setOutput('metrics-file', inputs.outputFile);
  core.setOutput('model-version', record.model_version);
  core.setOutput('deployed-at', record.deployed_at);
  core.setOutput('deployment-id', String(deployment.id));
  core.setOutput('record', JSON.stringify(record));
  core.info(
    `production model for ${inputs.project}: ${record.model_version}, deployed ${record.deployed_at} (deployment ${deployment.id})`,
  );
  await core.summary.addRaw(baselineSummary(found)).write();
}

async function approverFromRun(inputs: BaselineInputs, given: RecordInputs, client: GitHubClient): Promise<string> {
  if (given.runId === undefined) throw new Error('input approved-by: required when GITHUB_RUN_ID is not set');
  return approversOf({ client, repository: inputs.repository, runId: given.runId, environment: inputs.environment });
}

async function recordProduction(inputs: BaselineInputs, given: RecordInputs, client: GitHubClient): Promise<void> {
  const bundle = readBundleFacts(given.bundleDir);
  if (bundle.metrics.project !== inputs.project) {
    throw new Error(`${given.bundleDir}: the bundle is for project "${bundle.metrics.project}", not "${inputs.project}"`);
  }
  const approvedBy = given.approvedBy ?? (await approverFromRun(inputs, given, client));
  const record = buildProductionRecord({
    metrics: bundle.metrics,
    modelVersion: bundle.version,
    fingerprint: bundle.fingerprint,
    image: { uri: given.imageUri, digest: given.imageDigest },
    bundle: given.bundleLocation,
    approvedBy,
    deployedAt: new Date(),
    runUrl: given.runUrl,
  });
  const deployment = await createProductionDeployment({
    client,
    repository: inputs.repository,
    environment: inputs.environment,
    record,
    ref: given.ref,
    ...(given.environmentUrl === undefined ? {} : { environmentUrl: given.environmentUrl }),
  });
  core.setOutput('found', 'true');
  core.setOutput('model-version', record.model_version);
  core.setOutput('deployed-at', record.deployed_at);
  core.setOutput('deployment-id', String(deployment.id));
  core.setOutput('record', JSON.stringify(record));
  core.info(`recorded ${record.model_version} as ${inputs.environment} for ${inputs.project} (deployment ${deployment.id})`);
  await core.summary.addRaw(recordedSummary(record, deployment.id, inputs.environment)).write();
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const client = new GitHubClient({ token: inputs.token, apiUrl: inputs.apiUrl });
    if (inputs.record) await recordProduction(inputs, inputs.record, client);
    else await readBaseline(inputs, client);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
