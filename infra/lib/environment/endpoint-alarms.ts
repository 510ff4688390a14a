// Alarms on each SageMaker-served project's endpoint slipway-<env>-<project> (AWS/SageMaker,
// variant AllTraffic as deploy-sagemaker names it): the invocation 5xx rate and the model's p99
// latency, notifying the environment's alarm topic. deploy-sagemaker gives them to SageMaker as
// the canary's auto-rollback alarms, so ALARM_NAMES[project] lists them (not the ECS alarms).
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { AlarmConfig } from '../config.js';

/** deploy-sagemaker's default variant-name (the workflow keeps it). */
export const ENDPOINT_VARIANT = 'AllTraffic';
export const endpointName = (envName: string, project: string): string => `slipway-${envName}-${project}`;
const PERIOD = Duration.minutes(1);

export interface EndpointAlarmsProps {
  envName: string;
  projects: string[];
  alarms: AlarmConfig['endpoint'];
  topic: sns.ITopic;
  dashboard: cloudwatch.Dashboard;
}

export class EndpointAlarms extends Construct {
  /** Alarm names per SageMaker-served project. */
  readonly alarmNames: Record<string, string[]> = {};
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: EndpointAlarmsProps) {
    super(scope, id);
    for (const project of props.projects) this.watchEndpoint(project, props);
    if (this.alarms.length > 0) {
      props.dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'SageMaker endpoint alarms', alarms: this.alarms, width: 24 }));
    }
  }

  private watchEndpoint(project: string, props: EndpointAlarmsProps): void {
    const endpoint = endpointName(props.envName, project);
    const metric = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/SageMaker',
        metricName,
        dimensionsMap: { EndpointName: endpoint, VariantName: ENDPOINT_VARIANT },
        statistic,
        period: PERIOD,
      });
    const { alarms } = props;
    const errors = new cloudwatch.MathExpression({
      expression: 'IF(invocations > 0, 100 * FILL(errors, 0) / invocations, 0)',
      usingMetrics: { errors: metric('Invocation5XXErrors', 'Sum'), invocations: metric('Invocations', 'Sum') },
      period: PERIOD,
    });
    const latency = metric('ModelLatency', 'p99'); // microseconds
    const errorsName = `${endpoint}-5xx-rate`;
    const latencyName = `${endpoint}-p99-model-latency`;
    this.alarm(
      props,
      `${project}Errors`,
      errorsName,
      errors,
      alarms.invocation5xxRatePercent,
      `${endpoint}: invocation 5xx errors as % of invocations`,
    );
    this.alarm(
      props,
      `${project}Latency`,
      latencyName,
      latency,
      alarms.modelLatencyP99Ms * 1000,
      `${endpoint}: p99 model latency above ${alarms.modelLatencyP99Ms} ms`,
    );
    this.alarmNames[project] = [errorsName, latencyName];
    props.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: `${endpoint}: invocations and 5xx`,
        left: [metric('Invocations', 'Sum')],
        right: [metric('Invocation5XXErrors', 'Sum')],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: `${endpoint}: p99 model latency (µs)`,
        left: [latency],
        leftAnnotations: [{ value: alarms.modelLatencyP99Ms * 1000, label: `${alarms.modelLatencyP99Ms} ms` }],
        width: 12,
      }),
    );
  }

  private alarm(
    props: EndpointAlarmsProps,
    id: string,
    alarmName: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    description: string,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName,
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: props.alarms.evaluationPeriods,
      // No traffic (an idle endpoint) is not an outage.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new actions.SnsAction(props.topic));
    alarm.addOkAction(new actions.SnsAction(props.topic));
    this.alarms.push(alarm);
  }
}
