// The action's one edge: parse inputs, read (or record) production's model, publish; any
// error becomes setFailed.
import * as core from '@actions/core';
import { readText, writeFileAtomic } from '@slipway/shared';
import { createGitHubClient, type GitHubClient } from '@slipway/shared/github';
import { approversOf } from './approvals.js';
import { readBundleFacts } from './bundle-files.js';
import { compactProfile, PAYLOAD_BUDGET_BYTES } from './data-profile.js';
import { findProductionModel } from './find-production.js';
import type { BaselineInputs, RecordInputs } from './inputs.js';
import { readInputs } from './inputs.js';
import { buildProductionRecord, recordEnvironment, type ProductionRecord } from './record.js';
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
  if (record.data_profile) {
    writeFileAtomic(inputs.profileOutputFile, `${JSON.stringify(record.data_profile.profile, null, 2)}\n`);
    core.setOutput('profile-file', inputs.profileOutputFile);
  } else {
    core.info(`the production record of ${inputs.project} keeps no data profile: no drift reference`);
  }
  core.setOutput('record-environment', recordEnvironment(inputs.environment, inputs.project));
  core.setOutput('model-version', record.model_version);
  core.setOutput('deployed-at', record.deployed_at);
  core.setOutput('deployment-id', String(deployment.id));
  core.setOutput('record', recordOutput(record));
  core.info(
    `production model for ${inputs.project}: ${record.model_version}, deployed ${record.deployed_at} (deployment ${deployment.id})`,
  );
  await core.summary.addRaw(baselineSummary(found)).write();
}

/** The record as an output: the profile itself is in profile-file, not repeated here. */
function recordOutput(record: ProductionRecord): string {
  if (!record.data_profile) return JSON.stringify(record);
  const { sha256, sample_limit } = record.data_profile;
  return JSON.stringify({ ...record, data_profile: { sha256, sample_limit } });
}

function withProfile(record: ProductionRecord, profileFile: string | undefined): ProductionRecord {
  if (profileFile === undefined) return record;
  const where = `input profile-file: ${profileFile}`;
  const ref = compactProfile(readText(profileFile, 'data profile'), where, { ...record });
  if (ref === undefined) {
    core.warning(
      `${where}: too large to keep in the record even with 50 sample values a column (budget ${PAYLOAD_BUDGET_BYTES} bytes); recorded without it`,
    );
    return record;
  }
  if (ref.sample_limit !== null) core.info(`${where}: samples thinned to ${ref.sample_limit} values a column to fit the record`);
  return { ...record, data_profile: ref };
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
  const built = buildProductionRecord({
    metrics: bundle.metrics,
    modelVersion: bundle.version,
    fingerprint: bundle.fingerprint,
    image: { uri: given.imageUri, digest: given.imageDigest },
    bundle: given.bundleLocation,
    ...(given.bundleSha256 === undefined ? {} : { bundleSha256: given.bundleSha256 }),
    approvedBy,
    deployedAt: new Date(),
    runUrl: given.runUrl,
    ...(given.dataSource === undefined ? {} : { dataSource: given.dataSource }),
  });
  const record = withProfile(built, given.profileFile);
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
  core.setOutput('record', recordOutput(record));
  const environment = recordEnvironment(inputs.environment, inputs.project);
  core.setOutput('record-environment', environment);
  if (given.profileFile !== undefined && record.data_profile) core.setOutput('profile-file', given.profileFile);
  core.info(`recorded ${record.model_version} in ${environment} (deployment ${deployment.id})`);
  await core.summary.addRaw(recordedSummary(record, deployment.id, environment)).write();
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const client = createGitHubClient({
      token: inputs.token,
      apiUrl: inputs.apiUrl,
      onWait: (message) => {
        core.warning(message);
      },
    });
    if (inputs.record) await recordProduction(inputs, inputs.record, client);
    else await readBaseline(inputs, client);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
