// One Fargate service of Slipway (a project's API or the UI): task definition, log group,
// service with circuit breaker and rollback, Cloud Map registration, ALB target group and
// target-tracking autoscaling on CPU, memory and requests per target.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import { Construct } from 'constructs';
import type { EnvironmentConfig, TaskSizeConfig } from '../config.js';
import { fargateTargetGroup } from './front-door.js';
import type { SlipwayCluster } from './cluster.js';

export interface SlipwayServiceProps {
  env: EnvironmentConfig;
  cluster: SlipwayCluster;
  securityGroup: ec2.ISecurityGroup;
  serviceName: string;
  containerName: string;
  cloudMapName: string;
  size: TaskSizeConfig;
  healthPath: string;
  repository: ecr.IRepository;
  imageTag: string;
  environment: Record<string, string>;
}

export class SlipwayService extends Construct {
  readonly service: ecs.FargateService;
  readonly taskDefinition: ecs.FargateTaskDefinition;
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  readonly logGroup: logs.LogGroup;
  /** The ECS service name, as a plain string (serviceName is a token). */
  readonly name: string;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: SlipwayServiceProps,
  ) {
    super(scope, id);
    const { env, size } = props;
    this.name = props.serviceName;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/slipway/${env.name}/${props.serviceName}`,
      retention: env.logRetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.taskDefinition = new ecs.FargateTaskDefinition(this, 'Task', {
      family: props.serviceName,
      cpu: size.cpu,
      memoryLimitMiB: size.memoryMiB,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.X86_64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });
    this.taskDefinition.addContainer(props.containerName, {
      containerName: props.containerName,
      image: ecs.ContainerImage.fromEcrRepository(props.repository, props.imageTag),
      essential: true,
      portMappings: [{ containerPort: size.port, protocol: ecs.Protocol.TCP }],
      environment: props.environment,
      logging: ecs.LogDrivers.awsLogs({ logGroup: this.logGroup, streamPrefix: props.containerName }),
      readonlyRootFilesystem: false,
    });

    this.service = new ecs.FargateService(this, 'Service', {
      serviceName: props.serviceName,
      cluster: props.cluster.cluster,
      taskDefinition: this.taskDefinition,
      desiredCount: env.desiredCount,
      capacityProviderStrategies: props.cluster.capacityProviderStrategies,
      securityGroups: [props.securityGroup],
      vpcSubnets: { subnets: props.cluster.cluster.vpc.privateSubnets },
      assignPublicIp: false,
      circuitBreaker: { enable: true, rollback: true },
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      healthCheckGracePeriod: Duration.seconds(60),
      enableExecuteCommand: false,
      cloudMapOptions: {
        name: props.cloudMapName,
        cloudMapNamespace: props.cluster.namespace,
        dnsRecordType: servicediscovery.DnsRecordType.A,
        dnsTtl: Duration.seconds(10),
        containerPort: size.port,
      },
    });
    // A service created before the cluster's capacity providers are associated fails.
    this.service.node.addDependency(props.cluster.cluster);

    this.targetGroup = fargateTargetGroup(this, 'TargetGroup', props.cluster.cluster.vpc, size.port, props.healthPath);
    this.service.attachToApplicationTargetGroup(this.targetGroup);
  }

  /** Target tracking on CPU, memory and ALB requests per target (call after routing the target group). */
  addScaling(): void {
    const { scaling } = this.props.env;
    const capacity = this.service.autoScaleTaskCount({ minCapacity: scaling.minCapacity, maxCapacity: scaling.maxCapacity });
    capacity.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: scaling.cpuTargetPercent });
    capacity.scaleOnMemoryUtilization('Memory', { targetUtilizationPercent: scaling.memoryTargetPercent });
    capacity.scaleOnRequestCount('Requests', { requestsPerTarget: scaling.requestsPerTarget, targetGroup: this.targetGroup });
  }
}
