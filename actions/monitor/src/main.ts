// The action's one edge: parse inputs, read the bundle, the profile and the window's records,
// analyse, write the report and the summary, set the outputs; any error becomes setFailed.
import * as core from '@actions/core';
import { decileHistogram, loadProjectSpec, readText, resolveProjectSpecFile, writeFileAtomic } from '@slipway/shared';
import { analyse } from './analysis.js';
import { PROFILE_FILE, readBundle, type BundleFacts } from './bundle.js';
import { readInputs, type MonitorInputs } from './inputs.js';
import { referenceColumns, type ReferenceColumn } from './profile.js';
import { listLocalFiles, listS3Files, parseS3Root, s3Client } from './record-files.js';
import { workerEntry } from './part-worker.js';
import { readWindow, type ListFiles } from './read-window.js';
import { buildReport, type MonitorReport } from './report.js';
import { monitorSummary } from './summary.js';
import { thresholdsFrom } from './thresholds.js';

async function recordLister(inputs: MonitorInputs): Promise<ListFiles> {
  if (!inputs.records.startsWith('s3://'))
    return (kind, range) => Promise.resolve(listLocalFiles(inputs.records, inputs.project, kind, range));
  const root = parseS3Root(inputs.records, 'input records');
  const s3 = await s3Client();
  return (kind, range) => listS3Files(s3, root, inputs.project, kind, range);
}

function profileOf(inputs: MonitorInputs, bundle: BundleFacts): { columns: ReferenceColumn[]; source: string } | undefined {
  if (inputs.profileFile !== undefined) {
    const where = `input profile-file: ${inputs.profileFile}`;
    return {
      columns: referenceColumns(readText(inputs.profileFile, 'training data profile'), where, bundle.target),
      source: inputs.profileFile,
    };
  }
  if (bundle.profileText === undefined) return undefined;
  return {
    columns: referenceColumns(bundle.profileText, `${bundle.where}: ${PROFILE_FILE}`, bundle.target),
    source: `${bundle.where}: ${PROFILE_FILE}`,
  };
}

export async function monitor(inputs: MonitorInputs, info: (line: string) => void = () => undefined): Promise<MonitorReport> {
  const specFile = resolveProjectSpecFile({ project: inputs.project, workspace: inputs.workspace });
  const thresholds = thresholdsFrom(loadProjectSpec(specFile).monitoring, specFile);
  const bundle = await readBundle(inputs.bundle);
  if (bundle.project !== inputs.project)
    throw new Error(`input bundle: ${inputs.bundle} is a bundle of project "${bundle.project}", not "${inputs.project}"`);
  const profile = profileOf(inputs, bundle);
  const sorted = Float64Array.from(bundle.testPredictions).sort();
  const histogram = decileHistogram(sorted, sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0);
  const read = await readWindow({
    list: await recordLister(inputs),
    project: inputs.project,
    version: bundle.version,
    window: inputs.window,
    reference: profile?.columns ?? [],
    predictionEdges: histogram.edges,
    ...(inputs.oneThread ? {} : { workerEntry: workerEntry() }),
  });
  info(
    `read ${read.predictionFiles} prediction files and ${read.feedbackFiles} feedback files on ${read.threads} thread${read.threads === 1 ? '' : 's'}`,
  );
  const analysis = analyse({
    read,
    thresholds,
    testMetrics: bundle.testMetrics,
    testPredictions: { counts: histogram.counts, sorted: Array.from(sorted) },
    hasProfile: profile !== undefined,
  });
  return buildReport({
    project: inputs.project,
    bundle,
    records: inputs.records,
    profile: profile?.source ?? null,
    window: inputs.window,
    read,
    analysis,
    thresholds,
  });
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const report = await monitor(inputs, (line) => {
      core.info(line);
    });
    writeFileAtomic(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    core.setOutput('verdict', report.verdict);
    core.setOutput('retrain-needed', String(report.retrain_needed));
    core.setOutput('report-file', inputs.reportFile);
    core.setOutput('reasons', JSON.stringify(report.reasons));
    core.info(`${inputs.project}: ${report.verdict} (${report.counts.predictions} predictions, ${report.counts.labelled} labelled)`);
    for (const reason of report.reasons) core.info(`  ${reason}`);
    await core.summary.addRaw(monitorSummary(report)).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
