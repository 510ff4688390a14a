// The GitHub roles' trust, evaluated against tokens with the claims GitHub issues: a job's
// token may assume exactly the role meant for it. And the deploy role's permissions.
import { describe, expect, it } from '@jest/globals';
import type { Template } from 'aws-cdk-lib/assertions';
import { slipwayConfig } from '../lib/config.js';
import { buildTestApp } from './support/test-app.js';
import { trustAllows, type GithubToken } from './support/trust.js';

const app = buildTestApp();
const repo = slipwayConfig.githubRepository;
// The provider Slipway-Shared creates, in the configured account (enablePartitionLiterals).
const PROVIDER = `arn:aws:iam::${slipwayConfig.account}:oidc-provider/token.actions.githubusercontent.com`;

interface Role {
  template: Template;
  trust: { Statement: never[] };
}

function role(template: Template, roleName: string): Role {
  const found = Object.values(template.findResources('AWS::IAM::Role', { Properties: { RoleName: roleName } }));
  expect(found).toHaveLength(1);
  return {
    template,
    trust: (found[0] as { Properties: { AssumeRolePolicyDocument: { Statement: never[] } } }).Properties.AssumeRolePolicyDocument,
  };
}

const roles = {
  build: role(app.template(app.shared), 'slipway-build'),
  dataRead: role(app.template(app.shared), 'slipway-data-read'),
  training: role(app.template(app.shared), 'slipway-training'),
  deployStaging: role(app.template(app.environments.staging), 'slipway-deploy-staging'),
  deployProduction: role(app.template(app.environments.production), 'slipway-deploy-production'),
};

const token = (sub: string, aud = 'sts.amazonaws.com'): GithubToken => ({ sub, aud });
const tokens = {
  main: token(`repo:${repo}:ref:refs/heads/main`),
  otherBranch: token(`repo:${repo}:ref:refs/heads/feature`),
  pullRequest: token(`repo:${repo}:pull_request`),
  staging: token(`repo:${repo}:environment:staging`),
  production: token(`repo:${repo}:environment:production`),
  otherRepoProduction: token('repo:someone/fork:environment:production'),
  productionWrongAudience: token(`repo:${repo}:environment:production`, 'https://github.com/someone'),
};

const allows = (r: Role, t: GithubToken) => trustAllows(r.trust, PROVIDER, t);

describe('GitHub OIDC trust', () => {
  it('federates every role through the account GitHub provider, no other principal', () => {
    for (const r of Object.values(roles)) {
      expect(r.trust.Statement).toHaveLength(1);
      expect(r.trust.Statement[0]).toMatchObject({ Principal: { Federated: PROVIDER } });
    }
  });

  it.each([
    ['main', { build: true, dataRead: true, training: true, deployStaging: false, deployProduction: false }],
    ['otherBranch', { build: false, dataRead: false, training: false, deployStaging: false, deployProduction: false }],
    ['pullRequest', { build: false, dataRead: true, training: true, deployStaging: false, deployProduction: false }],
    ['staging', { build: false, dataRead: false, training: false, deployStaging: true, deployProduction: false }],
    ['production', { build: false, dataRead: false, training: false, deployStaging: false, deployProduction: true }],
    ['otherRepoProduction', { build: false, dataRead: false, training: false, deployStaging: false, deployProduction: false }],
    ['productionWrongAudience', { build: false, dataRead: false, training: false, deployStaging: false, deployProduction: false }],
  ] as const)('a %s token assumes exactly the roles meant for it', (name, expected) => {
    const got = Object.fromEntries(Object.entries(roles).map(([key, r]) => [key, allows(r, tokens[name])]));
    expect(got).toEqual(expected);
  });

  it('a staging token cannot assume the production deploy role', () => {
    expect(allows(roles.deployProduction, tokens.staging)).toBe(false);
    expect(allows(roles.deployStaging, tokens.staging)).toBe(true);
  });
});

describe('deploy role permissions', () => {
  const statements = (env: 'staging' | 'production') => {
    const template = app.template(app.environments[env]);
    const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: `slipway-deploy-${env}` } });
    const policy = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }))[0] as {
      Properties: { PolicyDocument: { Statement: { Sid: string; Action: string | string[]; Resource: unknown; Condition?: unknown }[] } };
    };
    return { template, byId: Object.fromEntries(policy.Properties.PolicyDocument.Statement.map((s) => [s.Sid, s])) };
  };

  it.each(['staging', 'production'] as const)('%s: updates only its own services and passes only their task roles to ECS tasks', (env) => {
    const { template, byId } = statements(env);
    const serviceIds = Object.keys(template.findResources('AWS::ECS::Service'));
    expect(byId.TheServices!.Resource).toEqual(expect.arrayContaining(serviceIds.map((id) => ({ Ref: id }))));
    expect(byId.TheServices!.Resource).toHaveLength(serviceIds.length);

    const pass = byId.PassTheTaskRoles!;
    expect(pass.Action).toBe('iam:PassRole');
    expect(pass.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } });
    const taskRoleIds = Object.values(template.findResources('AWS::ECS::TaskDefinition')).flatMap((task) => {
      const p = (task as { Properties: { TaskRoleArn: { 'Fn::GetAtt': [string] }; ExecutionRoleArn: { 'Fn::GetAtt': [string] } } })
        .Properties;
      return [p.TaskRoleArn['Fn::GetAtt'][0], p.ExecutionRoleArn['Fn::GetAtt'][0]];
    });
    expect(taskRoleIds).toHaveLength(6);
    expect(pass.Resource).toEqual(expect.arrayContaining(taskRoleIds.map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] }))));
    expect(pass.Resource).toHaveLength(taskRoleIds.length);
    expect(byId.StoppedTaskReasons!.Condition).toEqual({ ArnEquals: { 'ecs:cluster': expect.anything() } });
  });

  it('has no IAM user or access key in any stack', () => {
    for (const stack of [app.shared, app.environments.staging, app.environments.production]) {
      const types = Object.values(app.template(stack).toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type);
      expect(types).not.toContain('AWS::IAM::User');
      expect(types).not.toContain('AWS::IAM::AccessKey');
    }
  });
});
