// The environment's ECS cluster (FARGATE + FARGATE_SPOT, Container Insights) and its Cloud Map
// private namespace slipway-<env>.local.
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config.js';

export const clusterName = (env: string) => `slipway-${env}`;
export const namespaceName = (env: string) => `slipway-${env}.local`;

export interface ClusterProps {
  vpc: ec2.IVpc;
  env: EnvironmentConfig;
}

export class SlipwayCluster extends Construct {
  readonly cluster: ecs.Cluster;
  readonly namespace: servicediscovery.PrivateDnsNamespace;
  readonly capacityProviderStrategies: ecs.CapacityProviderStrategy[];

  constructor(scope: Construct, id: string, props: ClusterProps) {
    super(scope, id);
    const { env } = props;
    this.cluster = new ecs.Cluster(this, 'Cluster', {
      clusterName: clusterName(env.name),
      vpc: props.vpc,
      enableFargateCapacityProviders: true,
      containerInsightsV2: ecs.ContainerInsights.ENABLED,
    });
    this.capacityProviderStrategies = [
      { capacityProvider: 'FARGATE', base: env.capacity.fargateBase, weight: env.capacity.fargateWeight },
      { capacityProvider: 'FARGATE_SPOT', weight: env.capacity.spotWeight },
    ];
    this.cluster.addDefaultCapacityProviderStrategy(this.capacityProviderStrategies);
    this.namespace = new servicediscovery.PrivateDnsNamespace(this, 'Namespace', {
      name: namespaceName(env.name),
      vpc: props.vpc,
      description: `Slipway ${env.name}: the UI reaches each project's API by name`,
    });
  }
}
