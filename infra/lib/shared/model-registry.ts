// SageMaker Model Registry, register side (actions/model-registry; docs/ENVIRONMENTS.md, "Model
// registry (SageMaker)"): the build role creates the project's model package group and registers
// packages as PendingManualApproval, and writes their model-quality statistics. It can never
// approve one: no UpdateModelPackage, and CreateModelPackage only with that status.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** model-registry names a project's group slipway-<project>. */
export const MODEL_PACKAGE_GROUPS = 'slipway-*';
/** Key prefix of the model-quality statistics in the artifacts bucket. */
export const MODEL_REGISTRY_PREFIX = 'model-registry';

/** A model package group's ARN pattern and its versioned packages' (model-package/<group>/<version>). */
export function modelPackageArns(scope: Construct): { groups: string; packages: string } {
  const stack = Stack.of(scope);
  return {
    groups: stack.formatArn({ service: 'sagemaker', resource: 'model-package-group', resourceName: MODEL_PACKAGE_GROUPS }),
    packages: stack.formatArn({ service: 'sagemaker', resource: 'model-package', resourceName: `${MODEL_PACKAGE_GROUPS}/*` }),
  };
}

export interface ModelRegistrationProps {
  /** The build role (register-model job on main). */
  role: iam.IRole;
  artifacts: s3.IBucket;
}

export class ModelRegistration extends Construct {
  constructor(scope: Construct, id: string, props: ModelRegistrationProps) {
    super(scope, id);
    const { groups, packages } = modelPackageArns(this);
    const allow = (statement: iam.PolicyStatementProps) => props.role.addToPrincipalPolicy(new iam.PolicyStatement(statement));
    allow({
      sid: 'ModelPackageGroups',
      actions: ['sagemaker:DescribeModelPackageGroup', 'sagemaker:CreateModelPackageGroup', 'sagemaker:ListModelPackages'],
      resources: [groups],
    });
    allow({
      sid: 'RegisterPendingApproval',
      actions: ['sagemaker:CreateModelPackage'],
      resources: [packages, groups],
      conditions: { StringEquals: { 'sagemaker:ModelApprovalStatus': 'PendingManualApproval' } },
    });
    allow({ sid: 'DescribeModelPackages', actions: ['sagemaker:DescribeModelPackage'], resources: [packages] });
    allow({
      sid: 'ModelQualityStatistics',
      actions: ['s3:PutObject'],
      resources: [props.artifacts.arnForObjects(`${MODEL_REGISTRY_PREFIX}/*`)],
    });
  }
}
