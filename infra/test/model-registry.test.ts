// The SageMaker Model Registry grants (lib/shared/model-registry.ts, lib/environment/model-approval.ts):
// the build role registers PendingManualApproval packages and cannot approve; only the production
// deploy role approves or rejects.
import { describe, expect, it } from '@jest/globals';
import type { CfnElement } from 'aws-cdk-lib';
import { buildTestApp } from './support/test-app.js';
import { actionsOf, roleStatements } from './support/policy.js';

const app = buildTestApp();
const text = (value: unknown): string => JSON.stringify(value);
const GROUPS = 'arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/slipway-*';
const PACKAGES = 'arn:aws:sagemaker:eu-west-1:123456789012:model-package/slipway-*/*';

describe('the build role (register-model)', () => {
  const byId = roleStatements(app.template(app.shared), 'slipway-build');

  it('describes, creates and lists slipway-* model package groups', () => {
    expect(byId.ModelPackageGroups).toMatchObject({
      Effect: 'Allow',
      Action: ['sagemaker:CreateModelPackageGroup', 'sagemaker:DescribeModelPackageGroup', 'sagemaker:ListModelPackages'],
      Resource: GROUPS,
    });
  });

  it('creates packages only as PendingManualApproval, and describes them', () => {
    expect(byId.RegisterPendingApproval).toMatchObject({
      Action: 'sagemaker:CreateModelPackage',
      Resource: [GROUPS, PACKAGES],
      Condition: { StringEquals: { 'sagemaker:ModelApprovalStatus': 'PendingManualApproval' } },
    });
    expect(byId.DescribeModelPackages).toMatchObject({ Action: 'sagemaker:DescribeModelPackage', Resource: PACKAGES });
  });

  it('writes the model-quality statistics under model-registry/ of the artifacts bucket only', () => {
    const artifactsId = app.shared.getLogicalId(app.shared.buckets.artifacts.node.defaultChild as CfnElement);
    expect(byId.ModelQualityStatistics?.Action).toBe('s3:PutObject');
    expect(byId.ModelQualityStatistics?.Resource).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': [artifactsId, 'Arn'] }, '/model-registry/*']],
    });
  });

  it('can never approve a model: no UpdateModelPackage, and no sagemaker wildcard', () => {
    const sagemaker = actionsOf(byId).filter((a) => a.startsWith('sagemaker:'));
    expect(sagemaker).not.toContain('sagemaker:UpdateModelPackage');
    expect(sagemaker.some((a) => a.includes('*'))).toBe(false);
    const unconditioned = Object.values(byId).filter((s) => [s.Action].flat().includes('sagemaker:CreateModelPackage') && !s.Condition);
    expect(unconditioned).toEqual([]);
  });
});

describe('the deploy roles (approve or reject)', () => {
  it('lets the production deploy role describe and update slipway-* model packages', () => {
    const byId = roleStatements(app.template(app.environments.production), 'slipway-deploy-production');
    expect(byId.ApproveModelPackages).toEqual({
      Sid: 'ApproveModelPackages',
      Effect: 'Allow',
      Action: ['sagemaker:DescribeModelPackage', 'sagemaker:UpdateModelPackage'],
      Resource: PACKAGES,
    });
  });

  it('gives the staging deploy role no model registry action', () => {
    const byId = roleStatements(app.template(app.environments.staging), 'slipway-deploy-staging');
    expect(actionsOf(byId).filter((a) => a.includes('ModelPackage'))).toEqual([]);
    expect(text(byId)).not.toContain('model-package');
  });
});
