// The action's one edge: parse inputs, train through the chosen backend, publish the bundle's
// facts as outputs and a job summary; any error becomes setFailed.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { createBackend } from './backends/registry.js';
import type { TrainingResult } from './backends/types.js';
import { readBundle } from './bundle.js';
import { bundleDigests } from './bundle-digest.js';
import { formatNumber, runnerContext } from '@slipway/shared';
import { readInputs } from './inputs.js';
import { renderTrainingSummary } from './summary.js';

function setOutputs(result: TrainingResult, chosen: string): void {
  core.setOutput('bundle-path', result.bundleDir);
  core.setOutput('bundle-tarball', result.bundleTarball);
  core.setOutput('model-version', result.version);
  core.setOutput('metrics', JSON.stringify(JSON.parse(readFileSync(result.metricsFile, 'utf8'))));
  core.setOutput('metrics-file', result.metricsFile);
  core.setOutput('chosen-model', chosen);
  core.setOutput('mlflow-run-id', result.mlflowRunId);
  core.setOutput('paired-comparison-file', result.pairedComparisonFile ?? '');
  const digests = bundleDigests(result.bundleDir, result.bundleTarball);
  core.setOutput('bundle-sha256', digests.tarball);
  core.setOutput('bundle-manifest-sha256', digests.manifest);
}

/** Aborted when the runner cancels the step (SIGINT, then SIGTERM): a remote job is stopped
 * before the process ends. */
function cancelSignal(): AbortSignal {
  const controller = new AbortController();
  const cancel = (signal: string): void => {
    core.warning(`received ${signal}: cancelling`);
    controller.abort();
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  return controller.signal;
}

export async function run(): Promise<void> {
  try {
    const context = runnerContext();
    const inputs = readInputs(context);
    const backend = createBackend(inputs.backend, {
      python: inputs.python,
      ...(inputs.sagemaker === undefined ? {} : { sagemaker: inputs.sagemaker }),
      ...(inputs.backend === 'sagemaker' ? { cancel: cancelSignal() } : {}),
    });
    core.info(`training ${inputs.spec.project} (${inputs.specFile}) with the ${backend.name} backend`);
    const result = await backend.train({
      specFile: inputs.specFile,
      outputDir: inputs.outputDir,
      workspace: context.workspace,
      ...(inputs.dataFile === undefined ? {} : { dataFile: inputs.dataFile }),
      ...(inputs.seed === undefined ? {} : { seed: inputs.seed }),
      ...(inputs.overrides === undefined ? {} : { overrides: inputs.overrides }),
      ...(inputs.trackingUri === undefined ? {} : { trackingUri: inputs.trackingUri }),
      ...(context.gitSha === undefined ? {} : { gitSha: context.gitSha }),
      ...(inputs.productionBundle === undefined ? {} : { productionBundle: inputs.productionBundle }),
    });
    const bundle = readBundle(result.bundleDir);
    setOutputs(result, bundle.metrics.chosen);
    if (inputs.uploadArtifact !== undefined) {
      // Loaded only here: a run that uploads nothing does not pay for @actions/artifact's start.
      const { uploadFileArtifact } = await import('@slipway/shared/artifact');
      const artifact = await uploadFileArtifact({
        name: inputs.uploadArtifact,
        file: result.bundleTarball,
        ...(inputs.artifactRetentionDays === undefined ? {} : { retentionDays: inputs.artifactRetentionDays }),
      });
      core.setOutput('artifact-id', String(artifact.id));
      if (artifact.url !== undefined) core.setOutput('artifact-url', artifact.url);
      core.info(`uploaded ${result.bundleTarball} as the artifact ${artifact.name} (id ${artifact.id}, ${artifact.size} bytes)`);
    }
    await core.summary.addRaw(renderTrainingSummary(bundle, result.remote)).write();
    core.info(
      `model ${result.version}: ${bundle.metrics.chosen}, test ${bundle.metrics.primary_metric} ${formatNumber(bundle.metrics.test[bundle.metrics.primary_metric])}`,
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
