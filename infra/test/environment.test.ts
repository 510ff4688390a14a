import { describe, expect, it } from '@jest/globals';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { slipwayConfig, type EnvironmentName } from '../lib/config.js';
import { buildTestApp, propertiesOf, TEST_IMAGE_TAG } from './support/test-app.js';

const app = buildTestApp();
const templates: Record<EnvironmentName, Template> = {
  staging: app.template(app.environments.staging),
  production: app.template(app.environments.production),
};
const ENVS: EnvironmentName[] = ['staging', 'production'];

type Props = Record<string, unknown>;
const only = (template: Template, type: string, props: Props = {}): Props => {
  const found = Object.values(template.findResources(type, { Properties: props }));
  expect(found).toHaveLength(1);
  return (found[0] as { Properties: Props }).Properties;
};
const resource = (template: Template, id: string): Props =>
  (template.toJSON() as { Resources: Record<string, { Properties: Props }> }).Resources[id]!.Properties;
const idOf = (template: Template, type: string, props: Props) => template.getResourceId(type, { Properties: props });

describe.each(ENVS)('%s network', (env) => {
  const template = templates[env];

  it('is the seed VPC: 10.0.0.0/16, public 10.0.1.0/24 + 10.0.2.0/24, private 10.0.3.0/24 + 10.0.4.0/24 in two AZs', () => {
    only(template, 'AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' });
    const subnets = Object.values(propertiesOf(template, 'AWS::EC2::Subnet'));
    const byKind = (isPublic: boolean) =>
      subnets.filter((s) => s.MapPublicIpOnLaunch === isPublic).map((s) => [s.CidrBlock, s.AvailabilityZone]);
    expect(byKind(true)).toEqual([
      ['10.0.1.0/24', 'eu-west-1a'],
      ['10.0.2.0/24', 'eu-west-1b'],
    ]);
    expect(byKind(false)).toEqual([
      ['10.0.3.0/24', 'eu-west-1a'],
      ['10.0.4.0/24', 'eu-west-1b'],
    ]);
  });

  it(`has ${slipwayConfig.environments[env].natGateways} NAT gateway(s), as configured`, () => {
    template.resourceCountIs('AWS::EC2::NatGateway', slipwayConfig.environments[env].natGateways);
  });

  it('logs all VPC traffic to a CloudWatch log group with a retention', () => {
    const flowLog = only(template, 'AWS::EC2::FlowLog');
    expect(flowLog).toMatchObject({ ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs' });
    const groupId = (flowLog.LogGroupName as { Ref: string }).Ref;
    expect(resource(template, groupId).RetentionInDays).toBe(90);
  });

  it('opens the ALB on 80 and 443 only, from anywhere', () => {
    const alb = only(template, 'AWS::EC2::SecurityGroup', { GroupDescription: 'Slipway ALB: HTTP and HTTPS from anywhere' });
    expect((alb.SecurityGroupIngress as Props[]).map((r) => [r.CidrIp, r.IpProtocol, r.FromPort, r.ToPort])).toEqual([
      ['0.0.0.0/0', 'tcp', 80, 80],
      ['0.0.0.0/0', 'tcp', 443, 443],
    ]);
  });

  it('lets the tasks be reached only from the ALB and from each other, on the service ports', () => {
    const albSg = idOf(template, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('Slipway ALB') });
    const tasksSg = idOf(template, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('Slipway tasks') });
    const tasks = only(template, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('Slipway tasks') });
    expect(tasks.SecurityGroupIngress).toBeUndefined();
    const ingress = Object.values(propertiesOf(template, 'AWS::EC2::SecurityGroupIngress'));
    expect(ingress.every((rule) => JSON.stringify(rule.GroupId).includes(tasksSg))).toBe(true);
    const sources = ingress.map((rule) => [JSON.stringify(rule.SourceSecurityGroupId).includes(albSg) ? 'alb' : 'tasks', rule.FromPort]);
    expect(sources.sort()).toEqual([
      ['alb', 8000],
      ['alb', 8080],
      ['tasks', 8000],
      ['tasks', 8080],
    ]);
    expect(ingress.every((rule) => rule.CidrIp === undefined)).toBe(true);
  });
});

describe.each(ENVS)('%s front door', (env) => {
  const template = templates[env];
  const listener443 = () => only(template, 'AWS::ElasticLoadBalancingV2::Listener', { Port: 443 });

  it('redirects HTTP to HTTPS with a 301', () => {
    const http = only(template, 'AWS::ElasticLoadBalancingV2::Listener', { Port: 80 });
    expect(http.DefaultActions).toEqual([{ Type: 'redirect', RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }]);
  });

  it('serves HTTPS with a TLS 1.2+ policy and the configured certificate', () => {
    const https = listener443();
    expect(https.Protocol).toBe('HTTPS');
    expect(https.SslPolicy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');
    const certificate = slipwayConfig.environments[env].certificate;
    if (certificate.kind === 'arn') {
      expect(https.Certificates).toEqual([{ CertificateArn: certificate.arn }]);
      template.resourceCountIs('AWS::CertificateManager::Certificate', 0);
    } else {
      const cert = only(template, 'AWS::CertificateManager::Certificate', { DomainName: certificate.domainName });
      expect(cert.ValidationMethod).toBe('DNS');
      expect(cert.DomainValidationOptions).toEqual([{ DomainName: certificate.domainName, HostedZoneId: certificate.hostedZoneId }]);
      only(template, 'AWS::Route53::RecordSet', { Name: `${certificate.domainName}.`, Type: 'A', HostedZoneId: certificate.hostedZoneId });
    }
  });

  it('routes /projects/<project>/* to each project, the unprefixed API paths to the default project and the rest to the UI', () => {
    const targetGroupOf = (serviceName: string) => {
      const service = only(template, 'AWS::ECS::Service', { ServiceName: serviceName });
      return (service.LoadBalancers as { TargetGroupArn: unknown }[])[0]!.TargetGroupArn;
    };
    const rules = Object.values(propertiesOf(template, 'AWS::ElasticLoadBalancingV2::ListenerRule')).map((rule) => ({
      paths: (rule.Conditions as { PathPatternConfig: { Values: string[] } }[])[0]!.PathPatternConfig.Values,
      target: (rule.Actions as { TargetGroupArn: unknown }[])[0]!.TargetGroupArn,
      priority: rule.Priority,
    }));
    expect(rules).toEqual(
      expect.arrayContaining([
        {
          paths: ['/projects/house-prices', '/projects/house-prices/*'],
          target: targetGroupOf(`slipway-${env}-house-prices-api`),
          priority: 10,
        },
        {
          paths: ['/api/*', '/docs', '/openapi.json', '/healthz', '/readyz'],
          target: targetGroupOf(`slipway-${env}-house-prices-api`),
          priority: 20,
        },
        { paths: ['/projects/abalone', '/projects/abalone/*'], target: targetGroupOf(`slipway-${env}-abalone-api`), priority: 30 },
      ]),
    );
    expect(rules).toHaveLength(3);
    expect(listener443().DefaultActions).toEqual([{ Type: 'forward', TargetGroupArn: targetGroupOf(`slipway-${env}-ui`) }]);
  });

  it('health-checks the API on /readyz and the UI on /healthz', () => {
    const groups = Object.values(propertiesOf(template, 'AWS::ElasticLoadBalancingV2::TargetGroup')).map((g) => [
      g.Port,
      g.HealthCheckPath,
      g.TargetType,
    ]);
    expect(groups.sort()).toEqual([
      [8000, '/readyz', 'ip'],
      [8000, '/readyz', 'ip'],
      [8080, '/healthz', 'ip'],
    ]);
  });

  it('drops invalid headers and writes access logs', () => {
    const alb = only(template, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(alb.Scheme).toBe('internet-facing');
    expect(alb.LoadBalancerAttributes).toEqual(
      expect.arrayContaining([
        { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
        { Key: 'access_logs.s3.enabled', Value: 'true' },
      ]),
    );
  });
});

describe.each(ENVS)('%s ECS', (env) => {
  const template = templates[env];
  const capacity = slipwayConfig.environments[env].capacity;
  const strategy = [
    { CapacityProvider: 'FARGATE', Base: capacity.fargateBase, Weight: capacity.fargateWeight },
    { CapacityProvider: 'FARGATE_SPOT', Weight: capacity.spotWeight },
  ];

  it('has the cluster slipway-<env> with Container Insights and FARGATE + FARGATE_SPOT by the configured share', () => {
    only(template, 'AWS::ECS::Cluster', {
      ClusterName: `slipway-${env}`,
      ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
    });
    const association = only(template, 'AWS::ECS::ClusterCapacityProviderAssociations');
    expect(association.CapacityProviders).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(association.DefaultCapacityProviderStrategy).toEqual(strategy);
  });

  it.each([
    [
      `slipway-${env}-house-prices-api`,
      'inference-api',
      8000,
      '512',
      '1024',
      'inference-api.house-prices',
      `house-prices-${TEST_IMAGE_TAG}`,
      'slipway/house-prices-api',
    ],
    [
      `slipway-${env}-abalone-api`,
      'inference-api',
      8000,
      '512',
      '1024',
      'inference-api.abalone',
      `abalone-${TEST_IMAGE_TAG}`,
      'slipway/abalone-api',
    ],
    [`slipway-${env}-ui`, 'ui', 8080, '256', '512', 'ui', `ui-${TEST_IMAGE_TAG}`, 'slipway/ui'],
  ])(
    'runs %s (container %s on %d, %s CPU / %s MiB, Cloud Map %s)',
    (serviceName, container, port, cpu, memory, cloudMapName, tag, repository) => {
      const service = only(template, 'AWS::ECS::Service', { ServiceName: serviceName });
      expect(service.CapacityProviderStrategy).toEqual(strategy);
      expect(service.LaunchType).toBeUndefined();
      expect(service.DesiredCount).toBe(slipwayConfig.environments[env].desiredCount);
      expect(service.DeploymentConfiguration).toMatchObject({
        DeploymentCircuitBreaker: { Enable: true, Rollback: true },
        MinimumHealthyPercent: 100,
        MaximumPercent: 200,
      });
      expect(service.NetworkConfiguration).toMatchObject({ AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } });
      expect(service.LoadBalancers).toEqual([expect.objectContaining({ ContainerName: container, ContainerPort: port })]);

      const task = only(template, 'AWS::ECS::TaskDefinition', { Family: serviceName });
      expect(task).toMatchObject({ Cpu: cpu, Memory: memory, NetworkMode: 'awsvpc', RequiresCompatibilities: ['FARGATE'] });
      const [definition] = task.ContainerDefinitions as Props[];
      expect(definition).toMatchObject({ Name: container, PortMappings: [{ ContainerPort: port, Protocol: 'tcp' }] });
      expect(JSON.stringify(definition!.Image)).toContain(`${repository}:${tag}`);
      const logGroup = only(template, 'AWS::Logs::LogGroup', { LogGroupName: `/slipway/${env}/${serviceName}` });
      expect(logGroup.RetentionInDays).toBe(env === 'production' ? 365 : 30);
      expect(definition!.LogConfiguration).toMatchObject({ LogDriver: 'awslogs' });

      const registryId = (service.ServiceRegistries as { RegistryArn: { 'Fn::GetAtt': [string, string] } }[])[0]!.RegistryArn[
        'Fn::GetAtt'
      ][0];
      expect(resource(template, registryId).Name).toBe(cloudMapName);
    },
  );

  it('puts the services in the private namespace slipway-<env>.local', () => {
    only(template, 'AWS::ServiceDiscovery::PrivateDnsNamespace', { Name: `slipway-${env}.local` });
  });

  it('gives each API its path prefix and the UI every project API by Cloud Map name, the default first', () => {
    const environment = (family: string) =>
      (only(template, 'AWS::ECS::TaskDefinition', { Family: family }).ContainerDefinitions as Props[])[0]!.Environment as {
        Name: string;
        Value: string;
      }[];
    // SLIPWAY_RECORDS_URI is checked in records.test.ts.
    const apiEnvironment = (family: string) => environment(family).filter((e) => e.Name !== 'SLIPWAY_RECORDS_URI');
    expect(apiEnvironment(`slipway-${env}-house-prices-api`)).toEqual([{ Name: 'SLIPWAY_PATH_PREFIX', Value: '/projects/house-prices' }]);
    expect(apiEnvironment(`slipway-${env}-abalone-api`)).toEqual([{ Name: 'SLIPWAY_PATH_PREFIX', Value: '/projects/abalone' }]);
    expect(environment(`slipway-${env}-ui`)).toEqual([
      {
        Name: 'SLIPWAY_PROJECT_APIS',
        Value: `house-prices=http://inference-api.house-prices.slipway-${env}.local:8000,abalone=http://inference-api.abalone.slipway-${env}.local:8000`,
      },
    ]);
  });

  it('scales every service on CPU 70 %, memory 80 % and ALB requests per target', () => {
    const { scaling } = slipwayConfig.environments[env];
    const targets = Object.values(propertiesOf(template, 'AWS::ApplicationAutoScaling::ScalableTarget'));
    expect(targets).toHaveLength(3);
    for (const target of targets)
      expect(target).toMatchObject({
        MinCapacity: scaling.minCapacity,
        MaxCapacity: scaling.maxCapacity,
        ScalableDimension: 'ecs:service:DesiredCount',
      });
    const policies = Object.values(propertiesOf(template, 'AWS::ApplicationAutoScaling::ScalingPolicy')).map((p) => {
      const config = p.TargetTrackingScalingPolicyConfiguration as {
        TargetValue: number;
        PredefinedMetricSpecification: { PredefinedMetricType: string };
      };
      return [config.PredefinedMetricSpecification.PredefinedMetricType, config.TargetValue];
    });
    const expected = [
      ['ECSServiceAverageCPUUtilization', 70],
      ['ECSServiceAverageMemoryUtilization', 80],
      ['ALBRequestCountPerTarget', scaling.requestsPerTarget],
    ];
    expect(policies.sort()).toEqual([...expected, ...expected, ...expected].sort());
  });
});

describe.each(ENVS)('%s monitoring', (env) => {
  const template = templates[env];
  const alarms = () => Object.values(propertiesOf(template, 'AWS::CloudWatch::Alarm'));
  const alarm = (name: string) => alarms().find((a) => a.AlarmName === name)!;

  it('has five alarms per service, the ALB 5xx rate and two per SageMaker endpoint, all to the encrypted SNS topic', () => {
    expect(alarms()).toHaveLength(3 * 5 + 1 + 2);
    const topicId = idOf(template, 'AWS::SNS::Topic', { TopicName: `slipway-${env}-alarms` });
    expect(only(template, 'AWS::SNS::Topic').KmsMasterKeyId).toBeDefined();
    for (const a of alarms()) expect(a.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it('alarms on p99 target latency above 200 ms', () => {
    expect(alarm(`slipway-${env}-house-prices-api-p99-latency`)).toMatchObject({
      MetricName: 'TargetResponseTime',
      ExtendedStatistic: 'p99',
      Threshold: 0.2,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('alarms on the 5xx rate (ALB and per target group) above 1 %, 0 when there are no requests', () => {
    for (const name of [`slipway-${env}-alb-5xx-rate`, `slipway-${env}-abalone-api-5xx-rate`]) {
      const a = alarm(name);
      expect(a.Threshold).toBe(1);
      expect((a.Metrics as { Expression?: string }[])[0]!.Expression).toBe('IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)');
    }
    expect(JSON.stringify(alarm(`slipway-${env}-alb-5xx-rate`).Metrics)).toContain('HTTPCode_ELB_5XX_Count');
    expect(JSON.stringify(alarm(`slipway-${env}-abalone-api-5xx-rate`).Metrics)).toContain('HTTPCode_Target_5XX_Count');
  });

  it('alarms on unhealthy hosts, CPU and memory', () => {
    expect(alarm(`slipway-${env}-ui-unhealthy-hosts`)).toMatchObject({ MetricName: 'UnHealthyHostCount', Threshold: 0 });
    expect(alarm(`slipway-${env}-ui-cpu`)).toMatchObject({ MetricName: 'CPUUtilization', Namespace: 'AWS/ECS', Threshold: 85 });
    expect(alarm(`slipway-${env}-ui-memory`)).toMatchObject({ MetricName: 'MemoryUtilization', Namespace: 'AWS/ECS', Threshold: 90 });
  });

  it('outputs ALARM_NAMES per project and ui, naming only alarms that exist', () => {
    const names = JSON.parse(template.findOutputs('AlarmNames').AlarmNames!.Value as string) as Record<string, string[]>;
    expect(Object.keys(names)).toEqual(['house-prices', 'abalone', 'ui']);
    const existing = new Set(alarms().map((a) => a.AlarmName));
    for (const [key, list] of Object.entries(names)) {
      // abalone is served from its SageMaker endpoint: its deploys watch the endpoint's two alarms.
      expect([key, list.length]).toEqual([key, key === 'abalone' ? 2 : 6]);
      for (const name of list) expect(existing.has(name)).toBe(true);
    }
    expect(names.abalone).toEqual([`slipway-${env}-abalone-5xx-rate`, `slipway-${env}-abalone-p99-model-latency`]);
    expect(names['house-prices']).toContain(`slipway-${env}-house-prices-api-p99-latency`);
  });

  it('has a dashboard slipway-<env>', () => {
    only(template, 'AWS::CloudWatch::Dashboard', { DashboardName: `slipway-${env}` });
  });
});

describe.each(ENVS)('%s outputs', (env) => {
  const template = templates[env];

  it('outputs every environment value the workflows read', () => {
    const outputs = template.findOutputs('*');
    expect(outputs.EcsCluster!.Value).toBe(`slipway-${env}`);
    expect(outputs.UiService!.Value).toBe(`slipway-${env}-ui`);
    expect(JSON.parse(outputs.ApiServices!.Value as string)).toEqual({
      'house-prices': `slipway-${env}-house-prices-api`,
      abalone: `slipway-${env}-abalone-api`,
    });
    expect(outputs.ServiceUrl!.Value).toBe(`https://${slipwayConfig.environments[env].certificate.domainName}`);
    expect(outputs.DeployRoleArn!.Value).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^DeployRole/), 'Arn'] });
    expect(outputs.AlarmTopicArn!.Value).toEqual({ Ref: expect.stringMatching(/^MonitoringAlarmTopic/) });
  });
});

describe('no custom resources or bootstrap rule in any template, one Lambda', () => {
  it.each(['Slipway-Shared', 'Slipway-Staging', 'Slipway-Production'])('%s', (stackName) => {
    const stack = [app.shared, app.environments.staging, app.environments.production].find((s) => s.stackName === stackName)!;
    const json = app.template(stack).toJSON() as { Resources: Record<string, { Type: string }>; Parameters?: unknown; Rules?: unknown };
    const types = Object.values(json.Resources).map((r) => r.Type);
    expect(types.filter((t) => t.startsWith('Custom::') || t === 'AWS::CloudFormation::CustomResource')).toEqual([]);
    // The one Lambda is the data-arrived function (its own code asset, bundled at synth).
    expect(types.filter((t) => t === 'AWS::Lambda::Function')).toHaveLength(stackName === 'Slipway-Shared' ? 1 : 0);
    expect(json.Parameters).toBeUndefined();
    expect(json.Rules).toBeUndefined();
  });
});
