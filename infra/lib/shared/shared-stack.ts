// Slipway-Shared: once per account and region. GitHub's OIDC provider, the ECR repositories,
// the data and artifacts buckets, and the two roles that are not per environment (build,
// data-read). Every value the workflows read is an output (names in docs/ENVIRONMENTS.md).
import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { SlipwayConfig } from '../config.js';
import { DataArrival } from './data-arrival.js';
import { DataBuckets } from './data.js';
import { GithubOidcProvider, githubPrincipal, githubSubject } from './github-oidc.js';
import { ModelRegistration } from './model-registry.js';
import { RecordsRead } from './records-read.js';
import { Registries } from './registries.js';
import { SageMakerTraining } from './sagemaker-training.js';

export interface SharedStackProps extends StackProps {
  config: SlipwayConfig;
}

export class SharedStack extends Stack {
  readonly registries: Registries;
  readonly buckets: DataBuckets;
  readonly buildRole: iam.Role;
  readonly dataReadRole: iam.Role;
  readonly dataArrival: DataArrival;
  readonly sagemakerTraining: SageMakerTraining;
  readonly recordsRead: RecordsRead;

  constructor(scope: Construct, id: string, props: SharedStackProps) {
    super(scope, id, props);
    const { config } = props;
    const oidc = new GithubOidcProvider(this, 'GithubOidc');
    this.registries = new Registries(this, 'Registries', { projects: config.projects, keepImages: config.ecr.keepImages });
    this.buckets = new DataBuckets(this, 'Buckets', { noncurrentVersionDays: config.data.noncurrentVersionDays });
    this.sagemakerTraining = new SageMakerTraining(this, 'SageMakerTraining', {
      githubRepository: config.githubRepository,
      artifacts: this.buckets.artifacts,
      keepImages: config.ecr.keepImages,
      oidc,
    });

    this.buildRole = new iam.Role(this, 'BuildRole', {
      roleName: 'slipway-build',
      description: 'GitHub Actions build job on main: push Slipway images to ECR',
      assumedBy: githubPrincipal(this, [githubSubject.branch(config.githubRepository, 'main')]),
    });
    this.buildRole.node.addDependency(oidc);
    this.buildRole.addToPolicy(new iam.PolicyStatement({ sid: 'EcrLogin', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] }));
    this.buildRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PushSlipwayImages',
        actions: [
          'ecr:BatchCheckLayerAvailability',
          'ecr:InitiateLayerUpload',
          'ecr:UploadLayerPart',
          'ecr:CompleteLayerUpload',
          'ecr:PutImage',
          'ecr:BatchGetImage',
          'ecr:GetDownloadUrlForLayer',
          'ecr:DescribeImages',
        ],
        resources: [...this.registries.all, this.sagemakerTraining.trainerRepository].map((repository) => repository.repositoryArn),
      }),
    );

    // Training reads datasets from jobs without an environment: runs on main (push, dispatch,
    // the data-arrival trigger) and pull requests from branches of this repository. Fork pull
    // requests get no OIDC token, so they cannot assume it.
    this.dataReadRole = new iam.Role(this, 'DataReadRole', {
      roleName: 'slipway-data-read',
      description: 'GitHub Actions training jobs: read the Slipway data bucket',
      assumedBy: githubPrincipal(this, [
        githubSubject.branch(config.githubRepository, 'main'),
        githubSubject.pullRequest(config.githubRepository),
      ]),
    });
    this.dataReadRole.node.addDependency(oidc);
    this.dataReadRole.addToPolicy(
      new iam.PolicyStatement({ sid: 'ListData', actions: ['s3:ListBucket'], resources: [this.buckets.data.bucketArn] }),
    );
    this.dataReadRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadData',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.buckets.data.arnForObjects('*')],
      }),
    );

    // The register-model job: model package groups and PendingManualApproval packages.
    new ModelRegistration(this, 'ModelRegistration', { role: this.buildRole, artifacts: this.buckets.artifacts });
    this.recordsRead = new RecordsRead(this, 'RecordsRead', {
      githubRepository: config.githubRepository,
      artifacts: this.buckets.artifacts,
      oidc,
    });

    this.dataArrival = new DataArrival(this, 'DataArrival', {
      dataBucket: this.buckets.data,
      projects: config.projects,
      githubRepository: config.githubRepository,
    });
    this.outputs();
  }

  private outputs(): void {
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description, exportName: `${this.stackName}-${id}` });
    output('AwsRegion', this.region, 'AWS_REGION');
    output('BuildRoleArn', this.buildRole.roleArn, 'AWS_BUILD_ROLE_ARN');
    output('DataReadRoleArn', this.dataReadRole.roleArn, 'AWS_DATA_READ_ROLE_ARN');
    output('DataBucketName', this.buckets.data.bucketName, 'DATA_BUCKET');
    output('ArtifactsBucketName', this.buckets.artifacts.bucketName, 'ARTIFACTS_BUCKET');
    output('EcrUiRepositoryUri', this.registries.uiRepository.repositoryUri, 'ECR_UI_REPOSITORY');
    output(
      'EcrApiRepositories',
      jsonObject(Object.entries(this.registries.apiRepositories).map(([project, repository]) => [project, repository.repositoryUri])),
      'ECR_API_REPOSITORIES: project -> API repository URI',
    );
    output('TrainingRoleArn', this.sagemakerTraining.trainingRole.roleArn, 'AWS_TRAINING_ROLE_ARN');
    output('SageMakerExecutionRoleArn', this.sagemakerTraining.executionRole.roleArn, 'SAGEMAKER_EXECUTION_ROLE_ARN');
    output('RecordsReadRoleArn', this.recordsRead.role.roleArn, 'AWS_RECORDS_READ_ROLE_ARN');
    output('EcrTrainerRepositoryUri', this.sagemakerTraining.trainerRepository.repositoryUri, 'ECR_TRAINER_REPOSITORY');
  }
}

/** A JSON object of string values, built with Fn.join so tokens resolve at deploy time. */
export function jsonObject(entries: [string, string][]): string {
  const parts: string[] = ['{'];
  entries.forEach(([key, value], index) => {
    parts.push(`${index === 0 ? '' : ','}${JSON.stringify(key)}:"`, value, '"');
  });
  parts.push('}');
  return Fn.join('', parts);
}
