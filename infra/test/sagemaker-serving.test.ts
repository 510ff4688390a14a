// Each environment's SageMaker serving role (lib/environment/sagemaker-serving-role.ts) — the
// only role the deploy role may pass to SageMaker — and the alarms on the SageMaker-served
// projects' endpoints (lib/environment/endpoint-alarms.ts) that ALARM_NAMES hands to
// deploy-sagemaker's auto-rollback.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slipwayConfig, validateConfig, type EnvironmentName } from '../lib/config.js';
import { buildTestApp, configWith } from './support/test-app.js';
import { actionsOf, roleStatements } from './support/policy.js';

const app = buildTestApp();
const ENVS: EnvironmentName[] = ['staging', 'production'];
const text = (value: unknown): string => JSON.stringify(value);
const bucket = { 'Fn::ImportValue': 'Slipway-Shared-ArtifactsBucketName' };
const projectsDir = fileURLToPath(new URL('../../ml/projects', import.meta.url));

describe.each(ENVS)('%s SageMaker serving role', (env) => {
  const template = app.template(app.environments[env]);
  const byId = roleStatements(template, `slipway-sagemaker-serving-${env}`);
  const other = env === 'staging' ? 'production' : 'staging';

  it('is assumed by SageMaker only', () => {
    const role = Object.values(
      template.findResources('AWS::IAM::Role', { Properties: { RoleName: `slipway-sagemaker-serving-${env}` } }),
    )[0] as {
      Properties: { AssumeRolePolicyDocument: { Statement: unknown[] } };
    };
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' } },
    ]);
  });

  it("pulls only the SageMaker-served projects' API images", () => {
    expect(byId.PullApiImages?.Resource).toEqual('arn:aws:ecr:eu-west-1:123456789012:repository/slipway/abalone-api');
    expect(text(byId)).not.toContain('house-prices');
    expect(text(byId)).not.toContain('slipway/trainer');
  });

  it('reads bundles/ (no write), records under records/<env>/ only, logs only its endpoints', () => {
    expect(byId.ReadBundles).toMatchObject({
      Action: 's3:GetObject',
      Resource: { 'Fn::Join': ['', ['arn:aws:s3:::', bucket, '/bundles/*']] },
    });
    expect(byId.RecordPredictions).toMatchObject({
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: { 'Fn::Join': ['', ['arn:aws:s3:::', bucket, `/records/${env}/*`]] },
    });
    expect(byId.ListRecords?.Condition).toEqual({ StringLike: { 's3:prefix': [`records/${env}/*`] } });
    expect(byId.EndpointLogs?.Resource).toEqual([
      `arn:aws:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/slipway-${env}-*`,
      `arn:aws:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/slipway-${env}-*:log-stream:*`,
    ]);
    expect(byId.EndpointMetrics?.Condition).toEqual({ StringLike: { 'cloudwatch:namespace': '/aws/sagemaker/*' } });
    expect(text(byId)).not.toContain(`records/${other}`);
    expect(text(byId)).not.toContain('sagemaker/data');
    expect(actionsOf(byId)).not.toEqual(expect.arrayContaining(['s3:DeleteObject']));
    expect(actionsOf(byId).filter((a) => a.startsWith('sagemaker:') || a.startsWith('iam:'))).toEqual([]);
  });

  it('is the only role the deploy role passes to SageMaker, and an output for SAGEMAKER_SERVING_ROLE_ARN', () => {
    const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: `slipway-sagemaker-serving-${env}` } });
    const deploy = roleStatements(template, `slipway-deploy-${env}`);
    expect(deploy.PassSageMakerServingRole).toEqual({
      Sid: 'PassSageMakerServingRole',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: { 'Fn::GetAtt': [roleId, 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    });
    expect(text(deploy)).not.toContain('SageMakerExecutionRoleArn');
    const output = template.findOutputs('SageMakerServingRoleArn').SageMakerServingRoleArn;
    expect(output?.Value).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    expect(output?.Description).toContain('SAGEMAKER_SERVING_ROLE_ARN');
  });
});

describe.each(ENVS)('%s endpoint alarms', (env) => {
  const template = app.template(app.environments[env]);
  const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as { Properties: Record<string, unknown> }[];
  const named = (name: string) => alarms.find((a) => a.Properties.AlarmName === name)?.Properties;
  const topic = template.getResourceId('AWS::SNS::Topic', { Properties: { TopicName: `slipway-${env}-alarms` } });
  const dimensions = [
    { Name: 'EndpointName', Value: `slipway-${env}-abalone` },
    { Name: 'VariantName', Value: 'AllTraffic' },
  ];

  it("alarms on the endpoint's p99 model latency (µs) within the canary's bake time", () => {
    expect(named(`slipway-${env}-abalone-p99-model-latency`)).toMatchObject({
      Namespace: 'AWS/SageMaker',
      MetricName: 'ModelLatency',
      ExtendedStatistic: 'p99',
      Dimensions: dimensions,
      Period: 60,
      Threshold: slipwayConfig.alarms.endpoint.modelLatencyP99Ms * 1000,
      EvaluationPeriods: slipwayConfig.alarms.endpoint.evaluationPeriods,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topic }],
      OKActions: [{ Ref: topic }],
    });
    expect(slipwayConfig.alarms.endpoint.evaluationPeriods).toBeLessThan(5); // abalone's canary bakes 5 minutes
  });

  it('alarms on invocation 5xx errors as a share of invocations', () => {
    const errors = named(`slipway-${env}-abalone-5xx-rate`);
    expect(errors).toMatchObject({ Threshold: slipwayConfig.alarms.endpoint.invocation5xxRatePercent, AlarmActions: [{ Ref: topic }] });
    const metrics = errors?.Metrics as { Id: string; MetricStat?: { Metric: { MetricName: string; Dimensions: unknown }; Stat: string } }[];
    expect(
      metrics
        .filter((m) => m.MetricStat)
        .map((m) => [m.MetricStat!.Metric.MetricName, m.MetricStat!.Stat, m.MetricStat!.Metric.Dimensions]),
    ).toEqual(
      expect.arrayContaining([
        ['Invocation5XXErrors', 'Sum', dimensions],
        ['Invocations', 'Sum', dimensions],
      ]),
    );
  });

  it("lists the endpoint's alarms under the SageMaker project in ALARM_NAMES, the ECS alarms under the others", () => {
    const output = template.findOutputs('AlarmNames').AlarmNames?.Value as string;
    const names = JSON.parse(output) as Record<string, string[]>;
    expect(names.abalone).toEqual([`slipway-${env}-abalone-5xx-rate`, `slipway-${env}-abalone-p99-model-latency`]);
    expect(names['house-prices']).toContain(`slipway-${env}-house-prices-api-p99-latency`);
    expect(alarms.some((a) => text(a).includes(`slipway-${env}-house-prices"`))).toBe(false); // no endpoint alarm for an ECS project
  });
});

describe('sagemakerProjects', () => {
  it('are the projects whose spec says deploy.target sagemaker (ml/projects)', () => {
    const onSageMaker = readdirSync(projectsDir)
      .filter((file) => file.endsWith('.yaml'))
      .filter((file) => /^deploy:\s*\n(?:\s+#.*\n)*\s+target:\s*sagemaker\b/m.test(readFileSync(join(projectsDir, file), 'utf8')))
      .map((file) => file.replace(/\.yaml$/, ''))
      .filter((project) => slipwayConfig.projects.includes(project));
    expect([...slipwayConfig.sagemakerProjects].sort()).toEqual(onSageMaker.sort());
  });

  it('must be served projects', () => {
    expect(() => validateConfig(configWith((config) => (config.sagemakerProjects = ['wine'])))).toThrow(
      'infra/lib/config.ts: sagemakerProjects "wine" is not one of projects: add it there too',
    );
  });

  it('none: no endpoint alarms, no image pull, every project keeps its ECS alarms', () => {
    const ecsOnly = buildTestApp(configWith((config) => (config.sagemakerProjects = [])));
    const template = ecsOnly.template(ecsOnly.environments.staging);
    expect(text(template.findResources('AWS::CloudWatch::Alarm'))).not.toContain('AWS/SageMaker');
    expect(roleStatements(template, 'slipway-sagemaker-serving-staging').PullApiImages).toBeUndefined();
    const names = JSON.parse(template.findOutputs('AlarmNames').AlarmNames?.Value as string) as Record<string, string[]>;
    expect(names.abalone).toContain('slipway-staging-abalone-api-p99-latency');
  });
});
