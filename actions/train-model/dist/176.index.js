export const id = 176;
export const ids = [176];
export const modules = {

/***/ 88176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SageMakerBackend: () => (/* binding */ SageMakerBackend)
});

// UNUSED EXPORTS: remoteTraining

// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var dist_cjs = __webpack_require__(65695);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../shared/src/index.ts + 17 modules
var src = __webpack_require__(47509);
;// CONCATENATED MODULE: ./src/backends/sagemaker/clients.ts
const USER_AGENT = 'slipway-train-model';
function region() {
    return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}
async function awsClients() {
    const [{ S3Client }, { SageMakerClient }, { CloudWatchLogsClient }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 28299, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 65695, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1107, 19)),
    ]);
    const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    const common = { region: region(), customUserAgent: USER_AGENT };
    return {
        // Endpoints other than AWS (moto, MinIO) take the bucket in the path, not the host name.
        s3: new S3Client({ ...common, followRegionRedirects: true, forcePathStyle: endpoint !== undefined }),
        sagemaker: new SageMakerClient(common),
        logs: new CloudWatchLogsClient(common),
    };
}

// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(28299);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/backends/sagemaker/download.ts
// The job's model.tar.gz into the local bundle layout: bundles/<version>/ and
// bundles/<version>.tar.gz, each under its final name only when complete (as the trainer does).






function parseS3Uri(uri) {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (match === null)
        throw new Error(`"${uri}" is not an s3://bucket/key URI`);
    return { bucket: match[1] ?? '', key: match[2] ?? '' };
}
async function downloadObject(s3, uri, file) {
    const { bucket, key } = parseS3Uri(uri);
    try {
        const response = await s3.send(new client_s3_dist_cjs.GetObjectCommand({ Bucket: bucket, Key: key }));
        if (response.Body === undefined)
            throw new Error('the response has no body');
        await (0,promises_.pipeline)(response.Body, (0,external_node_fs_.createWriteStream)(file));
    }
    catch (error) {
        throw new Error(`${uri}: ${error.name === 'NoSuchKey' ? 'no such object' : error.message}`);
    }
}
/** GNU tar refuses members that climb out of the target (`..`, absolute names) by default. */
function extract(tarball, dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    try {
        (0,external_node_child_process_.execFileSync)('tar', ['-xzf', tarball, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    catch (error) {
        const stderr = error.stderr?.toString().trim();
        throw new Error(`${tarball}: not a readable .tar.gz (${stderr || error.message})`);
    }
}
async function placeModelArtifact(s3, modelUri, outputDir) {
    const bundles = (0,external_node_path_.join)(outputDir, 'bundles');
    (0,external_node_fs_.mkdirSync)(bundles, { recursive: true });
    const building = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(bundles, '.sagemaker-'));
    try {
        const tarball = (0,external_node_path_.join)(building, 'model.tar.gz');
        await downloadObject(s3, modelUri, tarball);
        const unpacked = (0,external_node_path_.join)(building, 'bundle');
        extract(tarball, unpacked);
        const manifestFile = (0,external_node_path_.join)(unpacked, 'manifest.json');
        if (!(0,external_node_fs_.existsSync)(manifestFile))
            throw new Error(`${modelUri}: no manifest.json at the archive's top level; it is not a Slipway bundle`);
        const version = (0,src/* readJsonFile */.JE)(manifestFile, 'bundle manifest').version;
        if (typeof version !== 'string' || !/^[a-z][a-z0-9-]*-[0-9a-f]{12}$/.test(version))
            throw new Error(`${modelUri}: manifest.json: version ${JSON.stringify(version)} is not <project>-<12 hex>`);
        const bundleDir = (0,external_node_path_.join)(bundles, version);
        const bundleTarball = (0,external_node_path_.join)(bundles, `${version}.tar.gz`);
        (0,external_node_fs_.rmSync)(bundleDir, { recursive: true, force: true }); // a rerun of the same version replaces it
        (0,external_node_fs_.renameSync)(tarball, bundleTarball);
        (0,external_node_fs_.renameSync)(unpacked, bundleDir);
        return { version, bundleDir, bundleTarball };
    }
    finally {
        (0,external_node_fs_.rmSync)(building, { recursive: true, force: true });
    }
}
/** One file out of the job's output.tar.gz (/opt/ml/output/data), or undefined when absent. */
async function extractOutputFile(s3, outputUri, name, target) {
    const scratch = (0,external_node_fs_.mkdtempSync)(`${target}.`);
    try {
        const tarball = (0,external_node_path_.join)(scratch, 'output.tar.gz');
        await downloadObject(s3, outputUri, tarball);
        extract(tarball, (0,external_node_path_.join)(scratch, 'out'));
        const file = (0,external_node_path_.join)(scratch, 'out', name);
        if (!(0,external_node_fs_.existsSync)(file))
            return undefined;
        (0,external_node_fs_.renameSync)(file, target);
        return target;
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/backends/sagemaker/job-request.ts
/** SageMaker's limit on one hyperparameter value. */
const HYPERPARAMETER_MAX = 2500;
function hyperparameters(job) {
    const values = {
        project: job.projectFile,
        seed: job.seed === undefined ? undefined : String(job.seed),
        overrides: job.overrides === undefined ? undefined : JSON.stringify(job.overrides),
        git_sha: job.gitSha,
        data_source: job.dataSource,
    };
    const result = {};
    for (const [name, value] of Object.entries(values)) {
        if (value === undefined)
            continue;
        if (value.length > HYPERPARAMETER_MAX)
            throw new Error(`${name}: ${value.length} characters, more than SageMaker's ${HYPERPARAMETER_MAX} for a hyperparameter; shorten it`);
        result[name] = value;
    }
    return result;
}
function channel(name, uri, distribution) {
    return {
        ChannelName: name,
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: uri, S3DataDistributionType: distribution } },
        InputMode: 'File',
    };
}
function outputPath(settings) {
    return `s3://${settings.bucket}/${settings.prefix}/output`;
}
/** Where the trainer writes its checkpoints (ml/slipway_ml/checkpoints.py); SageMaker's default,
 * named so that the contract does not depend on a default. */
const CHECKPOINT_LOCAL_PATH = '/opt/ml/checkpoints';
function checkpointUri(settings, jobName) {
    return `s3://${settings.bucket}/${settings.prefix}/checkpoints/${jobName}`;
}
function trainingJobRequest(settings, job) {
    const channels = [channel('train', job.dataUri, 'FullyReplicated'), channel('config', job.configUri, 'FullyReplicated')];
    if (job.productionUri !== undefined)
        channels.push(channel('production', job.productionUri, 'FullyReplicated'));
    return {
        TrainingJobName: job.jobName,
        RoleArn: settings.roleArn,
        AlgorithmSpecification: { TrainingImage: settings.image, TrainingInputMode: 'File' },
        HyperParameters: hyperparameters(job),
        InputDataConfig: channels,
        OutputDataConfig: { S3OutputPath: outputPath(settings) },
        ResourceConfig: {
            InstanceType: settings.instanceType,
            InstanceCount: settings.instanceCount,
            VolumeSizeInGB: settings.volumeGb,
        },
        StoppingCondition: {
            MaxRuntimeInSeconds: settings.maxRuntimeSeconds,
            ...(settings.spot.enabled ? { MaxWaitTimeInSeconds: settings.spot.maxWaitSeconds } : {}),
        },
        EnableManagedSpotTraining: settings.spot.enabled,
        // The trainer checkpoints each fitted candidate and the finished bundle in LocalPath;
        // SageMaker copies it to S3Uri as it runs and back when an interrupted Spot job restarts.
        ...(settings.spot.enabled
            ? { CheckpointConfig: { S3Uri: checkpointUri(settings, job.jobName), LocalPath: CHECKPOINT_LOCAL_PATH } }
            : {}),
        Tags: [
            { Key: 'slipway:project', Value: job.project },
            ...(job.gitSha === undefined ? [] : [{ Key: 'slipway:git-sha', Value: job.gitSha }]),
        ],
    };
}

// EXTERNAL MODULE: ../../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(1107);
;// CONCATENATED MODULE: ./src/backends/sagemaker/logs.ts
// The training job's log in CloudWatch Logs (/aws/sagemaker/TrainingJobs, one stream per host:
// <job>/algo-1-<epoch>), followed as it grows. The last lines are kept for a failure message.

const LOG_GROUP = '/aws/sagemaker/TrainingJobs';
const KEPT_LINES = 20;
// The trainer's line when a restarted Spot job found its checkpoint (slipway_ml.checkpoints).
const RESUMED = /^\[slipway\] checkpoint: resumed from checkpoint: stages (.+)$/;
class TrainingLog {
    logs;
    jobName;
    print;
    tokens = new Map();
    last = [];
    resumed;
    constructor(logs, jobName, print) {
        this.logs = logs;
        this.jobName = jobName;
        this.print = print;
    }
    /** Prints every line written since the last call; a missing group or stream is not an error
     * (SageMaker creates them when the container starts). */
    async poll() {
        for (const stream of await this.streams()) {
            for (;;) {
                const token = this.tokens.get(stream);
                const page = await this.logs.send(new client_cloudwatch_logs_dist_cjs.GetLogEventsCommand({
                    logGroupName: LOG_GROUP,
                    logStreamName: stream,
                    startFromHead: true,
                    ...(token === undefined ? {} : { nextToken: token }),
                }));
                for (const event of page.events ?? [])
                    this.line(event.message ?? '');
                this.tokens.set(stream, page.nextForwardToken);
                // The same token back means nothing more for now.
                if (page.nextForwardToken === undefined || page.nextForwardToken === token || (page.events ?? []).length === 0)
                    break;
            }
        }
    }
    lastLines() {
        return [...this.last];
    }
    /** The checkpoint stages the (last) restarted container resumed from, if it said so. */
    resumedStages() {
        return this.resumed === undefined ? undefined : [...this.resumed];
    }
    line(message) {
        for (const line of message.replace(/\n$/, '').split('\n')) {
            this.print(line);
            const resumed = RESUMED.exec(line);
            if (resumed?.[1] !== undefined)
                this.resumed = resumed[1].split(', ');
            this.last.push(line);
            if (this.last.length > KEPT_LINES)
                this.last.shift();
        }
    }
    async streams() {
        try {
            const found = await this.logs.send(new client_cloudwatch_logs_dist_cjs.DescribeLogStreamsCommand({ logGroupName: LOG_GROUP, logStreamNamePrefix: `${this.jobName}/` }));
            return (found.logStreams ?? [])
                .map((s) => s.logStreamName ?? '')
                .filter((name) => name !== '')
                .sort();
        }
        catch (error) {
            if (error.name === 'ResourceNotFoundException')
                return [];
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/backends/sagemaker/settings.ts
var sagemaker_settings = __webpack_require__(84168);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/backends/trainer-command.ts
var trainer_command = __webpack_require__(26599);
;// CONCATENATED MODULE: ./src/backends/sagemaker/trainer-tools.ts
// The two trainer commands the SageMaker backend runs on the runner: resolving the project's
// data to a local file (when no data input is given) and logging the bundle to MLflow.






function runPython(python, args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(python, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error === null) {
                resolve(stdout);
                return;
            }
            if (error.code === 'ENOENT') {
                reject(new Error(`python "${python}" could not be started: ${error.message}; set the python input to an interpreter that exists`));
                return;
            }
            reject(new Error((0,trainer_command/* trainerFailure */.aO)({ python, exitCode: typeof error.code === 'number' ? error.code : 1, stderr })));
        });
    });
}
async function resolveProjectData(options) {
    const out = await runPython(options.python, ['-m', 'slipway_ml', 'resolve-data', '--project', options.specFile, '--data-root', options.dataRoot], options.cwd);
    const file = out.trim().split('\n').at(-1) ?? '';
    if (file === '')
        throw new Error(`python -m slipway_ml resolve-data printed no path for ${options.specFile}`);
    return file;
}
async function logBundle(options) {
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-log-bundle-'));
    try {
        const resultFile = (0,external_node_path_.join)(scratch, 'result.json');
        const args = [
            '-m',
            'slipway_ml',
            'log-bundle',
            '--bundle',
            options.bundleDir,
            '--output-dir',
            options.outputDir,
            '--result-file',
            resultFile,
        ];
        if (options.trackingUri !== undefined)
            args.push('--tracking-uri', options.trackingUri);
        await runPython(options.python, args, options.cwd);
        const result = (0,src/* readJsonFile */.JE)(resultFile, 'log-bundle result');
        if (typeof result.mlflow_run_id !== 'string' || typeof result.tracking_uri !== 'string')
            throw new Error(`${resultFile}: expected mlflow_run_id and tracking_uri from log-bundle`);
        return { mlflowRunId: result.mlflow_run_id, trackingUri: result.tracking_uri };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/backends/sagemaker/upload.ts
// Inputs of a training job in S3: the data content-addressed by its sha256 (uploaded once, found
// again by later runs), the spec and contract under the job's own prefix.




async function exists(s3, bucket, key) {
    try {
        await s3.send(new client_s3_dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
    }
    catch (error) {
        const status = error.$metadata?.httpStatusCode;
        if (status === 404 || error.name === 'NotFound')
            return false;
        throw new Error(`s3://${bucket}/${key}: ${error.message}`);
    }
}
/** `<prefix>/data/<sha256>/<file name>`: the name keeps its extension (CSV or Parquet). */
async function uploadData(s3, options) {
    const sha256 = (0,src/* fileSha256 */.sN)(options.file);
    const key = `${options.prefix}/data/${sha256}/${(0,external_node_path_.basename)(options.file)}`;
    const uri = `s3://${options.bucket}/${key}`;
    if (await exists(s3, options.bucket, key))
        return { uri, sha256, uploaded: false };
    await s3.send(new client_s3_dist_cjs.PutObjectCommand({
        Bucket: options.bucket,
        Key: key,
        Body: (0,external_node_fs_.createReadStream)(options.file),
        ContentLength: (0,external_node_fs_.statSync)(options.file).size,
        ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
    }));
    return { uri, sha256, uploaded: true };
}
/** Small files under one key prefix; returns the prefix's s3:// URI. */
async function uploadFiles(s3, options) {
    for (const [relative, file] of Object.entries(options.files)) {
        await s3.send(new client_s3_dist_cjs.PutObjectCommand({ Bucket: options.bucket, Key: `${options.prefix}/${relative}`, Body: (0,external_node_fs_.readFileSync)(file) }));
    }
    return `s3://${options.bucket}/${options.prefix}/`;
}

;// CONCATENATED MODULE: ./src/backends/sagemaker/watch.ts
// Follows a training job to its end: status and secondary-status transitions as they happen,
// the log as it grows; a cancel (SIGINT/SIGTERM from the runner) stops the job first.


const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
class JobWatcher {
    options;
    status;
    transitionsSeen = 0;
    stopRequested = false;
    constructor(options) {
        this.options = options;
    }
    /** Resolves with the job's final description (Completed, Failed or Stopped). */
    async follow() {
        const { sagemaker, jobName, log, pollMs, cancel } = this.options;
        for (;;) {
            if (cancel.aborted && !this.stopRequested)
                await this.stop();
            const job = await sagemaker.send(new dist_cjs.DescribeTrainingJobCommand({ TrainingJobName: jobName }));
            this.report(job);
            await log.poll();
            if (TERMINAL.has(job.TrainingJobStatus ?? ''))
                return job;
            await src/* realClock */.dQ.sleep(pollMs, this.stopRequested ? undefined : cancel);
        }
    }
    async stop() {
        this.stopRequested = true;
        this.options.print(`cancelled: stopping the training job ${this.options.jobName}`);
        await this.options.sagemaker.send(new dist_cjs.StopTrainingJobCommand({ TrainingJobName: this.options.jobName }));
    }
    report(job) {
        const status = job.TrainingJobStatus ?? 'unknown';
        if (status !== this.status) {
            this.options.print(`status: ${status}`);
            this.status = status;
        }
        const transitions = job.SecondaryStatusTransitions ?? [];
        for (const transition of transitions.slice(this.transitionsSeen)) {
            const message = transition.StatusMessage ? ` — ${transition.StatusMessage}` : '';
            this.options.print(`secondary status: ${transition.Status ?? 'unknown'}${message}`);
        }
        this.transitionsSeen = Math.max(this.transitionsSeen, transitions.length);
    }
}
function billing(job) {
    const training = job.TrainingTimeInSeconds;
    const billable = job.BillableTimeInSeconds;
    if (training === undefined || billable === undefined)
        return undefined;
    return { trainingSeconds: training, billableSeconds: billable, spotSaving: training > 0 ? Math.max(0, 1 - billable / training) : 0 };
}
/** Times Spot took the instances away (SageMaker restarts the job each time). */
function spotInterruptions(job) {
    return (job.SecondaryStatusTransitions ?? []).filter((t) => t.Status === 'Interrupted').length;
}
/** Why SageMaker stopped a job on one of its limits, naming the setting and the fix. */
function limitReason(job) {
    const limits = job.StoppingCondition ?? {};
    if (job.SecondaryStatus === 'MaxWaitTimeExceeded') {
        const waited = limits.MaxWaitTimeInSeconds === undefined ? '' : ` (${limits.MaxWaitTimeInSeconds} s)`;
        const interrupted = spotInterruptions(job);
        return (`StoppingCondition.MaxWaitTimeInSeconds${waited} exceeded: waiting for Spot capacity plus training took longer` +
            (interrupted > 0 ? ` (${interrupted} Spot interruption${interrupted === 1 ? '' : 's'})` : '') +
            '; raise training.spot.max_wait_seconds in the project spec (or the input spot-max-wait-seconds), ' +
            'or train on demand (training.spot.enabled: false or the input spot: false)');
    }
    if (job.SecondaryStatus === 'MaxRuntimeExceeded') {
        const ran = limits.MaxRuntimeInSeconds === undefined ? '' : ` (${limits.MaxRuntimeInSeconds} s)`;
        return (`StoppingCondition.MaxRuntimeInSeconds${ran} exceeded: the training ran longer; raise ` +
            'training.max_runtime_seconds in the project spec (or the input max-runtime-seconds), or use a larger instance type');
    }
    return undefined;
}
function failureMessage(job, lastLines) {
    const status = job.TrainingJobStatus ?? 'unknown';
    const reason = limitReason(job) ?? job.FailureReason ?? (status === 'Stopped' ? 'stopped before it completed' : 'no reason given');
    const tail = lastLines.length > 0 ? `\nlast log lines:\n${lastLines.join('\n')}` : '\nthe job wrote no log lines';
    return `training job ${job.TrainingJobName ?? ''} ${status.toLowerCase()}: ${reason}${tail}`;
}

;// CONCATENATED MODULE: ./src/backends/sagemaker/backend.ts
// `backend: sagemaker`: the same trainer as `local`, run as a SageMaker training job on
// Slipway's trainer image; its model.tar.gz comes back as the same bundle layout, so the rest
// of the chain does not know where training ran.











const PAIRED_COMPARISON = 'paired-comparison.json';
class SageMakerBackend {
    options;
    name = 'sagemaker';
    constructor(options) {
        this.options = options;
    }
    async train(request) {
        const { settings, print } = this.options;
        const clients = await (this.options.clients ?? awsClients)();
        const spec = (0,src/* loadProjectSpec */.ZQ)(request.specFile);
        const dataRoot = (0,src/* dataRootFor */.y8)(request.specFile, request.workspace);
        const jobName = settings.jobName ?? (0,sagemaker_settings/* makeJobName */.NK)(spec.project, new Date());
        const dataFile = request.dataFile ??
            (await resolveProjectData({ python: this.options.python, specFile: request.specFile, dataRoot, cwd: request.workspace }));
        const data = await uploadData(clients.s3, { bucket: settings.bucket, prefix: settings.prefix, file: dataFile });
        print(`data: ${data.uri} (${data.uploaded ? 'uploaded' : 'already there, not uploaded again'})`);
        const jobPrefix = `${settings.prefix}/jobs/${jobName}`;
        const configUri = await uploadFiles(clients.s3, {
            bucket: settings.bucket,
            prefix: `${jobPrefix}/config`,
            files: {
                [(0,external_node_path_.basename)(request.specFile)]: request.specFile,
                [`data/${spec.dataset}/contract.yaml`]: (0,src/* contractFileFor */.GS)({ dataset: spec.dataset, dataRoot }),
            },
        });
        const productionUri = await this.productionChannel(clients, request.productionBundle, jobPrefix);
        const job = trainingJobRequest(settings, {
            jobName,
            project: spec.project,
            dataUri: data.uri,
            configUri,
            projectFile: (0,external_node_path_.basename)(request.specFile),
            ...(productionUri === undefined ? {} : { productionUri }),
            ...(request.seed === undefined ? {} : { seed: request.seed }),
            ...(request.overrides === undefined ? {} : { overrides: request.overrides }),
            ...(request.gitSha === undefined ? {} : { gitSha: request.gitSha }),
            // What the local backend records for a data input; without one, the contract's source.
            ...(request.dataFile === undefined ? {} : { dataSource: `file:${request.dataFile}` }),
        });
        // Cancelled while uploading: no job to start only to stop it.
        if (this.cancelled())
            throw new Error(`cancelled before the training job ${jobName} was created`);
        await clients.sagemaker.send(new dist_cjs.CreateTrainingJobCommand(job));
        print(`training job ${jobName}: ${settings.instanceCount} × ${settings.instanceType}, ${settings.volumeGb} GB, ` +
            `at most ${settings.maxRuntimeSeconds} s${settings.spot.enabled ? `, managed Spot (wait at most ${settings.spot.maxWaitSeconds} s)` : ''}`);
        const log = new TrainingLog(clients.logs, jobName, print);
        const final = await new JobWatcher({
            sagemaker: clients.sagemaker,
            jobName,
            log,
            print,
            pollMs: this.options.pollMs ?? 15_000,
            cancel: this.options.cancel ?? new AbortController().signal,
        }).follow();
        if (this.cancelled())
            throw new Error(`cancelled: training job ${jobName} ${(final.TrainingJobStatus ?? '').toLowerCase()}`);
        if (final.TrainingJobStatus !== 'Completed')
            throw new Error(failureMessage(final, log.lastLines()));
        return this.collect(clients, request, final, productionUri !== undefined, log.resumedStages());
    }
    cancelled() {
        return this.options.cancel?.aborted === true;
    }
    async productionChannel(clients, bundle, jobPrefix) {
        if (bundle === undefined || bundle.startsWith('s3://'))
            return bundle;
        if (!bundle.endsWith('.tar.gz'))
            throw new Error(`input production-bundle: "${bundle}": the sagemaker backend takes the bundle's .tar.gz or an s3:// URI, not a folder`);
        return uploadFiles(clients.s3, {
            bucket: this.options.settings.bucket,
            prefix: `${jobPrefix}/production`,
            files: { [(0,external_node_path_.basename)(bundle)]: bundle },
        });
    }
    async collect(clients, request, final, paired, resumedStages) {
        const jobName = final.TrainingJobName ?? '';
        const modelUri = final.ModelArtifacts?.S3ModelArtifacts;
        if (modelUri === undefined)
            throw new Error(`training job ${jobName} completed without ModelArtifacts.S3ModelArtifacts`);
        const placed = await placeModelArtifact(clients.s3, modelUri, request.outputDir);
        this.options.print(`bundle ${placed.version}: ${placed.bundleDir} (from ${modelUri})`);
        let pairedComparisonFile;
        if (paired) {
            const outputUri = `${outputPath(this.options.settings)}/${jobName}/output/output.tar.gz`;
            pairedComparisonFile = await extractOutputFile(clients.s3, outputUri, PAIRED_COMPARISON, (0,external_node_path_.join)(request.outputDir, PAIRED_COMPARISON));
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
            metricsFile: (0,external_node_path_.join)(placed.bundleDir, 'metrics.json'),
            ...tracked,
            ...(pairedComparisonFile === undefined ? {} : { pairedComparisonFile }),
            remote: remoteTraining(this.options.settings, final, resumedStages),
        };
    }
}
/** What the summary says about the job: where, how long, what Spot saved and interrupted. */
function remoteTraining(settings, final, resumedStages) {
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


/***/ })

};
