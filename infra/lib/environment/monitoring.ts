// Per environment: an SNS topic (KMS-encrypted, CloudWatch may publish), alarms per service —
// target 5xx rate, p99 latency against the seed's 200 ms, unhealthy hosts, CPU, memory — plus
// the ALB's own 5xx rate, and a dashboard of them all. Alarm names are fixed strings so the
// deploy steps can watch them (ALARM_NAMES output).
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { AlarmConfig } from '../config.js';
import type { SlipwayService } from './service.js';

const PERIOD = Duration.minutes(5);

export interface MonitoringProps {
  envName: string;
  alarms: AlarmConfig;
  alb: elbv2.ApplicationLoadBalancer;
}

export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;
  readonly albErrorRateAlarm: cloudwatch.Alarm;
  /** Alarm names per service key (a project, or `ui`), the ALB's own alarm first in each. */
  readonly alarmNames: Record<string, string[]> = {};
  private readonly alarms: cloudwatch.Alarm[] = [];

  constructor(
    scope: Construct,
    id: string,
    private readonly props: MonitoringProps,
  ) {
    super(scope, id);
    const key = new kms.Key(this, 'TopicKey', {
      description: `Slipway ${props.envName} alarm topic`,
      enableKeyRotation: true,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      topicName: `slipway-${props.envName}-alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `slipway-${props.envName}` });

    const alb = props.alb.metrics;
    this.albErrorRateAlarm = this.alarm('AlbErrorRate', `slipway-${props.envName}-alb-5xx-rate`, {
      metric: errorRate(alb.httpCodeElb(elbv2.HttpCodeElb.ELB_5XX_COUNT, { period: PERIOD }), alb.requestCount({ period: PERIOD })),
      threshold: props.alarms.error5xxRatePercent,
      description: 'ALB-generated 5xx responses as % of requests',
    });
    this.dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }));
  }

  /** The five alarms of one service, listed under `key` in alarmNames with the ALB's alarm. */
  watchService(key: string, service: SlipwayService): void {
    const { name } = service;
    const { alarms } = this.props;
    const tg = service.targetGroup.metrics;
    const created = [
      this.alarm(`${key}ErrorRate`, `${name}-5xx-rate`, {
        metric: errorRate(
          tg.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, { period: PERIOD }),
          tg.requestCount({ period: PERIOD }),
        ),
        threshold: alarms.error5xxRatePercent,
        description: `${name}: target 5xx responses as % of requests`,
      }),
      this.alarm(`${key}Latency`, `${name}-p99-latency`, {
        metric: tg.targetResponseTime({ statistic: 'p99', period: PERIOD }),
        threshold: alarms.latencyP99Ms / 1000,
        description: `${name}: p99 target response time above ${alarms.latencyP99Ms} ms`,
      }),
      this.alarm(`${key}Unhealthy`, `${name}-unhealthy-hosts`, {
        metric: tg.unhealthyHostCount({ statistic: 'Maximum', period: Duration.minutes(1) }),
        threshold: 0,
        description: `${name}: targets failing the health check`,
      }),
      this.alarm(`${key}Cpu`, `${name}-cpu`, {
        metric: service.service.metricCpuUtilization({ period: PERIOD }),
        threshold: alarms.cpuPercent,
        description: `${name}: CPU above ${alarms.cpuPercent} %`,
      }),
      this.alarm(`${key}Memory`, `${name}-memory`, {
        metric: service.service.metricMemoryUtilization({ period: PERIOD }),
        threshold: alarms.memoryPercent,
        description: `${name}: memory above ${alarms.memoryPercent} %`,
      }),
    ];
    this.alarmNames[key] = [this.albErrorRateAlarm, ...created].map(literalAlarmName);
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: `${name}: requests and 5xx`,
        left: [tg.requestCount({ period: PERIOD })],
        right: [tg.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, { period: PERIOD })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: `${name}: p99 latency (s)`,
        left: [tg.targetResponseTime({ statistic: 'p99', period: PERIOD })],
        leftAnnotations: [{ value: alarms.latencyP99Ms / 1000, label: `${alarms.latencyP99Ms} ms` }],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: `${name}: CPU and memory (%)`,
        left: [service.service.metricCpuUtilization(), service.service.metricMemoryUtilization()],
        width: 8,
      }),
    );
  }

  private alarm(
    id: string,
    alarmName: string,
    props: { metric: cloudwatch.IMetric; threshold: number; description: string },
  ): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName,
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: this.props.alarms.evaluationPeriods,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(this.topic));
    alarm.addOkAction(new actions.SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}

/** 100 × errors / requests, 0 when there were no requests. */
function errorRate(errors: cloudwatch.IMetric, requests: cloudwatch.IMetric): cloudwatch.MathExpression {
  return new cloudwatch.MathExpression({
    expression: 'IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)',
    usingMetrics: { errors, requests },
    period: PERIOD,
  });
}

/** The name given at creation (alarm.alarmName is a Ref token; the workflows need the string). */
function literalAlarmName(alarm: cloudwatch.Alarm): string {
  const name = (alarm.node.defaultChild as cloudwatch.CfnAlarm).alarmName;
  if (name === undefined) throw new Error(`alarm ${alarm.node.path} has no name`);
  return name;
}
