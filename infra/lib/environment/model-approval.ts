// SageMaker Model Registry, approval side (actions/model-registry): the production deploy job,
// which only a required reviewer's approval unlocks, approves the registered package after a
// successful deploy or rejects it after a failed one. Production only.
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { modelPackageArns } from '../shared/model-registry.js';

export interface ModelApprovalProps {
  /** The production deploy role. */
  role: iam.IRole;
}

export class ModelApproval extends Construct {
  readonly packagesArn: string;

  constructor(scope: Construct, id: string, props: ModelApprovalProps) {
    super(scope, id);
    this.packagesArn = modelPackageArns(this).packages;
    props.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ApproveModelPackages',
        actions: ['sagemaker:DescribeModelPackage', 'sagemaker:UpdateModelPackage'],
        resources: [this.packagesArn],
      }),
    );
  }
}
