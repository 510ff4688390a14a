// The role an environment's deploy job assumes: trust pinned to `environment:<env>` of the
// configured repository; ECS rights on this environment's services only (deploy-ecs README),
// iam:PassRole only for their task and execution roles, and reading the alarms it watches.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { githubPrincipal, githubSubject } from '../shared/github-oidc.js';
import type { SlipwayService } from './service.js';
import type { StaticUi } from './static-ui.js';

export interface DeployRoleProps {
  envName: string;
  githubRepository: string;
  clusterArn: string;
  services: SlipwayService[];
  alarmNames: string[];
  staticUi?: StaticUi;
}

export const deployRoleName = (env: string) => `slipway-deploy-${env}`;

export class DeployRole extends Construct {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: DeployRoleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.role = new iam.Role(this, 'Role', {
      roleName: deployRoleName(props.envName),
      description: `GitHub Actions deploy jobs of the ${props.envName} environment`,
      assumedBy: githubPrincipal(this, [githubSubject.environment(props.githubRepository, props.envName)]),
    });
    const allow = (sid: string, actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
      this.role.addToPolicy(new iam.PolicyStatement({ sid, actions, resources, ...(conditions ? { conditions } : {}) }));

    // These four actions have no resource-level permissions.
    allow(
      'TaskDefinitions',
      ['ecs:RegisterTaskDefinition', 'ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitions', 'ecs:DeregisterTaskDefinition'],
      ['*'],
    );
    allow(
      'TheServices',
      ['ecs:DescribeServices', 'ecs:UpdateService'],
      props.services.map((s) => s.service.serviceArn),
    );
    allow('StoppedTaskReasons', ['ecs:ListTasks', 'ecs:DescribeTasks'], ['*'], { ArnEquals: { 'ecs:cluster': props.clusterArn } });
    allow(
      'PassTheTaskRoles',
      ['iam:PassRole'],
      props.services.flatMap((s) => [s.taskDefinition.taskRole.roleArn, s.taskDefinition.obtainExecutionRole().roleArn]),
      { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    );
    allow(
      'WatchAlarms',
      ['cloudwatch:DescribeAlarms'],
      props.alarmNames.map((name) =>
        stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: name, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      ),
    );
    if (props.staticUi) {
      allow(
        'PublishUiFiles',
        ['s3:PutObject', 's3:DeleteObject', 's3:ListBucket'],
        [props.staticUi.bucket.bucketArn, props.staticUi.bucket.arnForObjects('*')],
      );
      allow(
        'InvalidateUi',
        ['cloudfront:CreateInvalidation'],
        [
          stack.formatArn({
            service: 'cloudfront',
            region: '',
            resource: 'distribution',
            resourceName: props.staticUi.distribution.distributionId,
          }),
        ],
      );
    }
  }
}
