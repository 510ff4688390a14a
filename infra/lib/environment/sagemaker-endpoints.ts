// SageMaker-served projects (`deploy: {target: sagemaker}`; actions/deploy-sagemaker, "IAM
// permissions"): what this environment's deploy role needs to create and update the endpoints
// slipway-<env>-<project>, prune their old models and configs, pass this environment's SageMaker
// serving role (sagemaker-serving-role.ts) to SageMaker, and upload the gated bundle to
// <artifacts bucket>/bundles/.
// No cloudwatch:DescribeAlarms: SageMaker's auto-rollback reads the alarms itself.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { artifactsBucketName } from './records.js';

/** Key prefix of the content-addressed bundle tarballs in the artifacts bucket. */
export const BUNDLES_PREFIX = 'bundles';
/** deploy-sagemaker names endpoints slipway-<env>-<project>, and their models and configs after them. */
export const endpointNames = (envName: string): string => `slipway-${envName}-*`;

export interface SageMakerEndpointsProps {
  envName: string;
  /** The environment's deploy role. */
  role: iam.IRole;
  /** The role the endpoints' models run as: the only role the deploy role may pass to SageMaker. */
  servingRoleArn: string;
}

export class SageMakerEndpoints extends Construct {
  /** The model, endpoint-config and endpoint ARN patterns the deploy role may use. */
  readonly resourceArns: string[];
  readonly bundlesArn: string;

  constructor(scope: Construct, id: string, props: SageMakerEndpointsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const names = endpointNames(props.envName);
    this.resourceArns = ['model', 'endpoint-config', 'endpoint'].map((resource) =>
      stack.formatArn({ service: 'sagemaker', resource, resourceName: names }),
    );
    const bucketArn = `arn:${stack.partition}:s3:::${artifactsBucketName()}`;
    this.bundlesArn = `${bucketArn}/${BUNDLES_PREFIX}/*`;
    const allow = (statement: iam.PolicyStatementProps) => props.role.addToPrincipalPolicy(new iam.PolicyStatement(statement));
    allow({
      sid: 'SageMakerEndpoints',
      actions: [
        'sagemaker:CreateModel',
        'sagemaker:CreateEndpointConfig',
        'sagemaker:CreateEndpoint',
        'sagemaker:UpdateEndpoint',
        'sagemaker:DescribeEndpoint',
        'sagemaker:DeleteEndpointConfig',
        'sagemaker:DeleteModel',
        'sagemaker:AddTags',
      ],
      resources: this.resourceArns,
    });
    // The pruning lists (NameContains the endpoint name): no resource-level permissions.
    allow({ sid: 'ListSageMakerModels', actions: ['sagemaker:ListModels', 'sagemaker:ListEndpointConfigs'], resources: ['*'] });
    allow({
      sid: 'PassSageMakerServingRole',
      actions: ['iam:PassRole'],
      resources: [props.servingRoleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    });
    allow({ sid: 'Bundles', actions: ['s3:GetObject', 's3:PutObject'], resources: [this.bundlesArn] });
    // Without it the HeadObject of a bundle not uploaded yet answers 403, not 404.
    allow({
      sid: 'ListBundles',
      actions: ['s3:ListBucket'],
      resources: [bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${BUNDLES_PREFIX}/*`] } },
    });
  }
}
