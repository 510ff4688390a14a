// The role an environment's SageMaker endpoints run their models as (deploy-sagemaker's
// execution-role-arn; SAGEMAKER_SERVING_ROLE_ARN): pull the SageMaker-served projects' API
// images, read the gated bundles, write the endpoints' logs, record predictions under
// records/<env>/ as the ECS task roles do, and put metrics in SageMaker's namespaces. Not the
// training execution role: a serving model cannot read training data or write models.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { apiRepositoryName } from '../shared/registries.js';
import { artifactsBucketName, grantRecords } from './records.js';
import { BUNDLES_PREFIX, endpointNames } from './sagemaker-endpoints.js';

export const servingRoleName = (envName: string): string => `slipway-sagemaker-serving-${envName}`;
/** SageMaker writes an endpoint's container logs to /aws/sagemaker/Endpoints/<endpoint name>. */
export const ENDPOINT_LOG_GROUPS = '/aws/sagemaker/Endpoints';

export interface SageMakerServingRoleProps {
  envName: string;
  /** The projects served from SageMaker endpoints in this environment. */
  projects: string[];
}

export class SageMakerServingRole extends Construct {
  readonly envName: string;
  readonly role: iam.Role;
  readonly logGroupArn: string;
  readonly bundlesArn: string;
  readonly recordsArn: string;

  constructor(scope: Construct, id: string, props: SageMakerServingRoleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.envName = props.envName;
    this.role = new iam.Role(this, 'Role', {
      roleName: servingRoleName(props.envName),
      description: `SageMaker endpoints of the ${props.envName} environment: the models' serving containers`,
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
    });
    const allow = (sid: string, actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
      this.role.addToPolicy(new iam.PolicyStatement({ sid, actions, resources, ...(conditions ? { conditions } : {}) }));

    if (props.projects.length > 0) {
      allow(
        'PullApiImages',
        ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
        props.projects.map((project) =>
          stack.formatArn({ service: 'ecr', resource: 'repository', resourceName: apiRepositoryName(project) }),
        ),
      );
    }
    // No resource-level permissions for these two; PutMetricData is held to SageMaker's namespaces.
    allow('EcrLogin', ['ecr:GetAuthorizationToken'], ['*']);
    allow('EndpointMetrics', ['cloudwatch:PutMetricData'], ['*'], { StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } });

    const bucketArn = `arn:${stack.partition}:s3:::${artifactsBucketName()}`;
    this.bundlesArn = `${bucketArn}/${BUNDLES_PREFIX}/*`;
    allow('ReadBundles', ['s3:GetObject'], [this.bundlesArn]);
    this.recordsArn = grantRecords(this.role, bucketArn, props.envName);

    this.logGroupArn = stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: `${ENDPOINT_LOG_GROUPS}/${endpointNames(props.envName)}`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    allow(
      'EndpointLogs',
      ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
      [this.logGroupArn, `${this.logGroupArn}:log-stream:*`],
    );
  }
}
