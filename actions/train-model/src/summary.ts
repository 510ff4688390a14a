// The job summary of a training run: metrics per candidate, the trivial baseline, the data
// fingerprint, feature importance and predicted vs actual, as Markdown GitHub renders.
import {
  METRIC_NAMES,
  bootstrapCaption,
  formatInterval,
  featureImportanceChart,
  formatNumber,
  inlineCode,
  markdownTable,
  predictedVsActualChart,
  type CandidateMetrics,
  type MetricBlock,
  type MetricName,
  type MetricsFile,
} from '@slipway/shared';
import type { RemoteTraining } from './backends/types.js';
import type { BundleContents, DataFingerprint } from './bundle.js';

function candidateLabel(candidate: CandidateMetrics, chosen: string): string {
  return candidate.name === chosen ? `**${candidate.name}** ✅ chosen` : candidate.name;
}

function cvMetrics(metrics: MetricsFile): MetricName[] {
  return METRIC_NAMES.filter((m) => metrics.candidates.some((c) => c.cv[m] !== undefined));
}

export function cvTable(metrics: MetricsFile): string {
  const names = cvMetrics(metrics);
  return markdownTable({
    headers: ['Candidate', ...names.map((m) => (m === metrics.primary_metric ? `${m} (selection)` : m))],
    align: ['left', ...names.map(() => 'right' as const)],
    rows: metrics.candidates.map((c) => [
      candidateLabel(c, metrics.chosen),
      ...names.map((m) => {
        const cv = c.cv[m];
        return cv ? `${formatNumber(cv.mean)} ± ${formatNumber(cv.std)}` : '—';
      }),
    ]),
  });
}

export function testTable(metrics: MetricsFile): string {
  // Each test metric with its bootstrap interval underneath (the noise of the test rows).
  const row = (label: string, values: MetricBlock, intervals?: CandidateMetrics['test_intervals']): string[] => [
    label,
    ...METRIC_NAMES.map((m) => {
      const interval = intervals?.[m];
      return interval === undefined ? formatNumber(values[m]) : `${formatNumber(values[m])} ${formatInterval(interval)}`;
    }),
  ];
  return markdownTable({
    headers: ['Model', ...METRIC_NAMES],
    align: ['left', ...METRIC_NAMES.map(() => 'right' as const)],
    rows: [
      ...metrics.candidates.map((c) => row(candidateLabel(c, metrics.chosen), c.test, c.test_intervals)),
      row('training-mean baseline', metrics.baseline_mean),
    ],
  });
}

function fingerprintLine(fingerprint: DataFingerprint): string {
  const { rows, columns, sha256, source } = fingerprint;
  return `Data: ${formatNumber(rows)} rows × ${columns.length} columns, sha256 ${inlineCode(sha256.slice(0, 12))}, source ${inlineCode(source)}.`;
}

function importanceSection(bundle: BundleContents): string[] {
  if (bundle.importance.length === 0) return ['### Feature importance', '', 'The bundle lists no feature importance.'];
  const metric = bundle.metrics.primary_metric;
  return [
    '### Feature importance',
    '',
    `Permutation importance on the test set: how much ${metric} worsens when the raw input is shuffled ` +
      '(derived features recomputed from it; a "+" row shuffles the inputs of a derived feature together), ' +
      'with the sd over the repeats.',
    '',
    markdownTable({
      headers: ['Feature', `Importance (${metric})`, 'sd', 'Recomputes'],
      align: ['left', 'right', 'right', 'left'],
      rows: bundle.importance.map((f) => [
        f.feature,
        formatNumber(f.importance),
        formatNumber(f.sd),
        f.includes && f.includes.length > 0 ? f.includes.join(', ') : '—',
      ]),
    }),
    '',
    featureImportanceChart({ importance: bundle.importance, metric }),
  ];
}

function predictionsSection(bundle: BundleContents): string[] {
  if (bundle.predictions.actual.length === 0) return [];
  return [
    '### Predicted vs actual',
    '',
    'First line: actual values, sorted ascending; second line: the model’s predictions for the same rows.',
    '',
    predictedVsActualChart({ sample: bundle.predictions, target: bundle.target }),
  ];
}

/** Where a remote backend trained: the job, its billable seconds and the Spot saving. */
export function remoteTrainingSection(remote: RemoteTraining | undefined): string[] {
  if (remote === undefined) return [];
  const billing =
    remote.trainingSeconds === undefined || remote.billableSeconds === undefined
      ? 'SageMaker reported no training or billable seconds.'
      : `${formatNumber(remote.billableSeconds)} billable seconds of ${formatNumber(remote.trainingSeconds)} s training` +
        (remote.spot
          ? `; managed Spot saved ${formatNumber(Math.round((remote.spotSaving ?? 0) * 1000) / 10)} % against on-demand.`
          : ' (on-demand, no Spot saving).');
  const interruptions = spotInterruptionLine(remote);
  return [
    `### Trained on SageMaker`,
    '',
    `Training job ${inlineCode(remote.jobName)} on ${remote.instanceCount} × ${inlineCode(remote.instanceType)}: ${billing}`,
    ...(interruptions === undefined ? [] : ['', interruptions]),
    '',
  ];
}

function spotInterruptionLine(remote: RemoteTraining): string | undefined {
  const count = remote.spotInterruptions ?? 0;
  const resumed = remote.resumedStages;
  if (count === 0 && resumed === undefined) return undefined;
  const interrupted =
    count === 0 ? 'The job restarted' : `Spot interrupted the job ${count === 1 ? 'once' : `${count} times`}; SageMaker restarted it`;
  return resumed === undefined
    ? `${interrupted}, and the trainer found no checkpoint to resume from: it trained from the start.`
    : `${interrupted}, and the trainer resumed from its checkpoint (stages ${resumed.map(inlineCode).join(', ')}), not redoing them.`;
}

export function renderTrainingSummary(bundle: BundleContents, remote?: RemoteTraining): string {
  const { metrics, manifest } = bundle;
  return [
    `## Trained ${inlineCode(metrics.project)}: ${inlineCode(manifest.version)}`,
    '',
    `Chosen model ${inlineCode(metrics.chosen)} by ${metrics.cv_folds}-fold cross-validated ${metrics.primary_metric}; ` +
      `${metrics.n_train} training rows, ${metrics.n_test} test rows; seed ${manifest.seed}; ` +
      `trained in ${formatNumber(manifest.training_seconds)} s${manifest.git_sha ? ` at ${inlineCode(manifest.git_sha.slice(0, 12))}` : ''}.`,
    fingerprintLine(bundle.fingerprint),
    '',
    ...remoteTrainingSection(remote),
    `### Cross-validation (mean ± sample sd across ${metrics.cv_folds} folds)`,
    '',
    cvTable(metrics),
    '',
    '### Test set',
    '',
    `Each value with its ${bootstrapCaption(metrics.bootstrap)}.`,
    '',
    testTable(metrics),
    '',
    ...importanceSection(bundle),
    '',
    ...predictionsSection(bundle),
    '',
  ].join('\n');
}
