// `backend: sagemaker`: the same trainer as `local`, run as a SageMaker training job on
// Slipway's trainer image; its model.tar.gz comes back as the same bundle layout, so the rest
// of the chain does not know where training ran.
import { CreateTrainingJobCommand } from '@aws-sdk/client-sagemaker';
import { basename, join } from 'node:path';
import { contractFileFor, dataRootFor, loadProjectSpec } from '@slipway/shared';
import type { RemoteTraining, TrainingBackend, TrainingRequest, TrainingResult } from '../types.js';
import { awsClients, type AwsClients } from './clients.js';
import { extractOutputFile, placeModelArtifact } from './download.js';
import { outputPath, trainingJobRequest } from './job-request.js';
import { TrainingLog } from './logs.js';
import { makeJobName, type SageMakerSettings } from './settings.js';
import { logBundle, resolveProjectData } from './trainer-tools.js';
import { uploadData, uploadFiles } from './upload.js';
import { billing, failureMessage, JobWatcher, spotInterruptions, type JobDescription } from './watch.js';

const PAIRED_COMPARISON = 'paired-comparison.json';

export interface SageMakerBackendOptions {
  python: string;
  settings: SageMakerSettings;
  print: (line: string) => void;
  /** Seconds between DescribeTrainingJob calls (15 in the action; small in tests). */
  pollMs?: number;
  /** Aborted on SIGINT/SIGTERM: the job is stopped. */
  cancel?: AbortSignal;
  clients?: () => Promise<AwsClients>;
}

export class SageMakerBackend implements TrainingBackend {
  readonly name = 'sagemaker';

  constructor(private readonly options: SageMakerBackendOptions) {}

  async train(request: TrainingRequest): Promise<TrainingResult> {
    const { settings, print } = this.options;
    const clients = await (this.options.clients ?? awsClients)();
    const spec = loadProjectSpec(request.specFile);
    const dataRoot = dataRootFor(request.specFile, request.workspace);
    const jobName = settings.jobName ?? makeJobName(spec.project, new Date());
    const dataFile =
      request.dataFile ??
      (await resolveProjectData({ python: this.options.python, specFile: request.specFile, dataRoot, cwd: request.workspace }));
    const data = await uploadData(clients.s3, { bucket: settings.bucket, prefix: settings.prefix, file: dataFile });
    print(`data: ${data.uri} (${data.uploaded ? 'uploaded' : 'already there, not uploaded again'})`);
    const jobPrefix = `${settings.prefix}/jobs/${jobName}`;
    const configUri = await uploadFiles(clients.s3, {
      bucket: settings.bucket,
      prefix: `${jobPrefix}/config`,
      files: {
        [basename(request.specFile)]: request.specFile,
        [`data/${spec.dataset}/contract.yaml`]: contractFileFor({ dataset: spec.dataset, dataRoot }),
      },
    });
    const productionUri = await this.productionChannel(clients, request.productionBundle, jobPrefix);
    const job = trainingJobRequest(settings, {
      jobName,
      project: spec.project,
      dataUri: data.uri,
      configUri,
      projectFile: basename(request.specFile),
      ...(productionUri === undefined ? {} : { productionUri }),
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      ...(request.overrides === undefined ? {} : { overrides: request.overrides }),
      ...(request.gitSha === undefined ? {} : { gitSha: request.gitSha }),
      // What the local backend records for a data input; without one, the contract's source.
      ...(request.dataFile === undefined ? {} : { dataSource: `file:${request.dataFile}` }),
    });
    // Cancelled while uploading: no job to start only to stop it.
    if (this.cancelled()) throw new Error(`cancelled before the training job ${jobName} was created`);
    await clients.sagemaker.send(new CreateTrainingJobCommand(job));
    print(
      `training job ${jobName}: ${settings.instanceCount} × ${settings.instanceType}, ${settings.volumeGb} GB, ` +
        `at most ${settings.maxRuntimeSeconds} s${settings.spot.enabled ? `, managed Spot (wait at most ${settings.spot.maxWaitSeconds} s)` : ''}`,
    );
    const log = new TrainingLog(clients.logs, jobName, print);
    const final = await new JobWatcher({
      sagemaker: clients.sagemaker,
      jobName,
      log,
      print,
      pollMs: this.options.pollMs ?? 15_000,
      cancel: this.options.cancel ?? new AbortController().signal,
    }).follow();
    if (this.cancelled()) throw new Error(`cancelled: training job ${jobName} ${(final.TrainingJobStatus ?? '').toLowerCase()}`);
    if (final.TrainingJobStatus !== 'Completed') throw new Error(failureMessage(final, log.lastLines()));
    return this.collect(clients, request, final, productionUri !== undefined, log.resumedStages());
  }

  private cancelled(): boolean {
    return this.options.cancel?.aborted === true;
  }

  private async productionChannel(clients: AwsClients, bundle: string | undefined, jobPrefix: string): Promise<string | undefined> {
    if (bundle === undefined || bundle.startsWith('s3://')) return bundle;
    if (!bundle.endsWith('.tar.gz'))
      throw new Error(
        `input production-bundle: "${bundle}": the sagemaker backend takes the bundle's .tar.gz or an s3:// URI, not a folder`,
      );
    return uploadFiles(clients.s3, {
      bucket: this.options.settings.bucket,
      prefix: `${jobPrefix}/production`,
      files: { [basename(bundle)]: bundle },
    });
  }

  private async collect(
    clients: AwsClients,
    request: TrainingRequest,
    final: JobDescription,
    paired: boolean,
    resumedStages: string[] | undefined,
  ): Promise<TrainingResult> {
    const jobName = final.TrainingJobName ?? '';
    const modelUri = final.ModelArtifacts?.S3ModelArtifacts;
    if (modelUri === undefined) throw new Error(`training job ${jobName} completed without ModelArtifacts.S3ModelArtifacts`);
    const placed = await placeModelArtifact(clients.s3, modelUri, request.outputDir);
    this.options.print(`bundle ${placed.version}: ${placed.bundleDir} (from ${modelUri})`);
    let pairedComparisonFile: string | undefined;
    if (paired) {
      const outputUri = `${outputPath(this.options.settings)}/${jobName}/output/output.tar.gz`;
      pairedComparisonFile = await extractOutputFile(clients.s3, outputUri, PAIRED_COMPARISON, join(request.outputDir, PAIRED_COMPARISON));
      if (pairedComparisonFile === undefined)
        throw new Error(`${outputUri}: no ${PAIRED_COMPARISON}, though a production bundle was given`);
    }
    const tracked = await logBundle({
      python: this.options.python,
      bundleDir: placed.bundleDir,
      outputDir: request.outputDir,
      cwd: request.workspace,
      ...(request.trackingUri === undefined ? {} : { trackingUri: request.trackingUri }),
    });
    return {
      version: placed.version,
      bundleDir: placed.bundleDir,
      bundleTarball: placed.bundleTarball,
      metricsFile: join(placed.bundleDir, 'metrics.json'),
      ...tracked,
      ...(pairedComparisonFile === undefined ? {} : { pairedComparisonFile }),
      remote: remoteTraining(this.options.settings, final, resumedStages),
    };
  }
}

/** What the summary says about the job: where, how long, what Spot saved and interrupted. */
export function remoteTraining(settings: SageMakerSettings, final: JobDescription, resumedStages: string[] | undefined): RemoteTraining {
  const interruptions = spotInterruptions(final);
  return {
    backend: 'sagemaker',
    jobName: final.TrainingJobName ?? '',
    ...(final.TrainingJobArn === undefined ? {} : { jobArn: final.TrainingJobArn }),
    instanceType: settings.instanceType,
    instanceCount: settings.instanceCount,
    spot: settings.spot.enabled,
    ...(billing(final) ?? {}),
    ...(interruptions > 0 ? { spotInterruptions: interruptions } : {}),
    ...(resumedStages === undefined ? {} : { resumedStages }),
  };
}
