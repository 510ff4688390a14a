// SageMaker training for train-model's `backend: sagemaker` (docs/ENVIRONMENTS.md): the trainer
// image's repository, the execution role the job runs as, and the OIDC role the training step
// assumes to start, follow and stop jobs. Everything under the artifacts bucket's sagemaker/.
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { githubPrincipal, githubSubject } from './github-oidc.js';

export const TRAINER_REPOSITORY_NAME = 'slipway/trainer';
/** Key prefix of the jobs' data, config, output and checkpoints in the artifacts bucket. */
export const SAGEMAKER_PREFIX = 'sagemaker';
/** train-model names its jobs slipway-<project>-<time>-<hex>. */
const JOB_NAMES = 'slipway-*';
const LOG_GROUP = '/aws/sagemaker/TrainingJobs';

export interface SageMakerTrainingProps {
  githubRepository: string;
  artifacts: s3.IBucket;
  keepImages: number;
  /** The OIDC provider: roles trusting it are created after it. */
  oidc: Construct;
}

export class SageMakerTraining extends Construct {
  readonly trainerRepository: ecr.Repository;
  readonly executionRole: iam.Role;
  readonly trainingRole: iam.Role;
  /** The jobs' CloudWatch log group and the job names the training role may use. */
  readonly logGroupArn: string;
  readonly trainingJobsArn: string;

  constructor(scope: Construct, id: string, props: SageMakerTrainingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.logGroupArn = stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: `${LOG_GROUP}:*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.trainingJobsArn = stack.formatArn({ service: 'sagemaker', resource: 'training-job', resourceName: JOB_NAMES });
    this.trainerRepository = new ecr.Repository(this, 'TrainerRepository', {
      repositoryName: TRAINER_REPOSITORY_NAME,
      imageScanOnPush: true,
      imageTagMutability: ecr.TagMutability.IMMUTABLE,
      encryption: ecr.RepositoryEncryption.AES_256,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          description: 'Untagged images from interrupted pushes',
          tagStatus: ecr.TagStatus.UNTAGGED,
          maxImageAge: Duration.days(1),
          rulePriority: 1,
        },
        {
          description: `Keep the newest ${props.keepImages} images`,
          tagStatus: ecr.TagStatus.ANY,
          maxImageCount: props.keepImages,
          rulePriority: 2,
        },
      ],
    });
    this.executionRole = this.createExecutionRole(props.artifacts);
    this.trainingRole = this.createTrainingRole(props);
  }

  private createExecutionRole(artifacts: s3.IBucket): iam.Role {
    const role = new iam.Role(this, 'ExecutionRole', {
      roleName: 'slipway-sagemaker-execution',
      description: 'SageMaker training jobs of train-model: read their inputs, write their model and log',
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadJobInputs',
        actions: ['s3:GetObject'],
        resources: [artifacts.arnForObjects(`${SAGEMAKER_PREFIX}/data/*`), artifacts.arnForObjects(`${SAGEMAKER_PREFIX}/jobs/*`)],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'WriteJobOutputs',
        actions: ['s3:PutObject', 's3:GetObject'],
        resources: [artifacts.arnForObjects(`${SAGEMAKER_PREFIX}/output/*`), artifacts.arnForObjects(`${SAGEMAKER_PREFIX}/checkpoints/*`)],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ListJobPrefix',
        actions: ['s3:ListBucket'],
        resources: [artifacts.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${SAGEMAKER_PREFIX}/*`] } },
      }),
    );
    this.trainerRepository.grantPull(role);
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'JobLog',
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [this.logGroupArn],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'JobMetrics',
        actions: ['cloudwatch:PutMetricData'],
        resources: ['*'],
        conditions: { StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } },
      }),
    );
    return role;
  }

  private createTrainingRole(props: SageMakerTrainingProps): iam.Role {
    const role = new iam.Role(this, 'TrainingRole', {
      roleName: 'slipway-training',
      description: 'GitHub Actions training step: start, follow and stop SageMaker training jobs',
      // The jobs that train: runs on main and pull requests from this repository's branches.
      assumedBy: githubPrincipal(this, [
        githubSubject.branch(props.githubRepository, 'main'),
        githubSubject.pullRequest(props.githubRepository),
      ]),
    });
    role.node.addDependency(props.oidc);
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'TrainingJobs',
        actions: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob', 'sagemaker:AddTags'],
        resources: [this.trainingJobsArn],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PassExecutionRole',
        actions: ['iam:PassRole'],
        resources: [this.executionRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'JobFiles',
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [props.artifacts.arnForObjects(`${SAGEMAKER_PREFIX}/*`)],
      }),
    );
    role.addToPolicy(
      // Without it a HeadObject of a missing key answers 403, not 404 (the content-addressed check).
      new iam.PolicyStatement({
        sid: 'ListJobPrefix',
        actions: ['s3:ListBucket'],
        resources: [props.artifacts.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${SAGEMAKER_PREFIX}/*`] } },
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadJobLog',
        actions: ['logs:DescribeLogStreams', 'logs:GetLogEvents'],
        resources: [this.logGroupArn],
      }),
    );
    return role;
  }
}
