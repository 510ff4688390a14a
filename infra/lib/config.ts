import { RetentionDays } from 'aws-cdk-lib/aws-logs';

// Every figure of the AWS estate, in one typed place. bin/slipway.ts passes it to the stacks;
// tests build variants of it with withOverrides(). A team adopting Slipway edits this file
// (account, region, GitHub repository, certificates) and the availability-zones context key in
// cdk.json, which must name the same account and region so synth never asks AWS.

export type EnvironmentName = 'staging' | 'production';

/** The HTTPS listener's certificate: an existing ACM certificate, or one CDK requests with DNS validation. */
export type CertificateConfig =
  { kind: 'arn'; arn: string; domainName: string } | { kind: 'dns'; domainName: string; hostedZoneId: string; zoneName: string };

export interface TaskSizeConfig {
  /** Fargate CPU units. */
  cpu: number;
  memoryMiB: number;
  port: number;
}

export interface ScalingConfig {
  minCapacity: number;
  maxCapacity: number;
  cpuTargetPercent: number;
  memoryTargetPercent: number;
  /** ALBRequestCountPerTarget target: requests per target per minute. */
  requestsPerTarget: number;
}

export interface EnvironmentConfig {
  name: EnvironmentName;
  /** One NAT gateway per AZ in production; staging may save with one. */
  natGateways: number;
  /** FARGATE_SPOT's weight against FARGATE's (base on FARGATE first). */
  capacity: { fargateBase: number; fargateWeight: number; spotWeight: number };
  desiredCount: number;
  scaling: ScalingConfig;
  logRetentionDays: RetentionDays;
  certificate: CertificateConfig;
  /** true: the UI as static files on S3 behind CloudFront instead of the UI service. */
  staticUi: boolean;
}

export interface AlarmConfig {
  /** ALB 5xx responses as a percentage of requests, over one 5-minute period. */
  error5xxRatePercent: number;
  latencyP99Ms: number;
  cpuPercent: number;
  memoryPercent: number;
  evaluationPeriods: number;
  /** A SageMaker endpoint's alarms (AWS/SageMaker), on which deploy-sagemaker's canary rolls
   * back: 1-minute periods, so that they can fire within the canary's bake time. */
  endpoint: {
    /** Invocation5XXErrors as a percentage of Invocations, per minute. */
    invocation5xxRatePercent: number;
    /** ModelLatency p99 (the model container's time; SageMaker's overhead excluded). */
    modelLatencyP99Ms: number;
    /** Minutes above the threshold before the alarm fires (less than the canary's bake). */
    evaluationPeriods: number;
  };
}

export interface SlipwayConfig {
  account: string;
  region: string;
  /** owner/name of the GitHub repository whose workflows may assume the roles. */
  githubRepository: string;
  /** Model projects served; the first is the default project (/api/*, /docs, probes). */
  projects: string[];
  /** Those of them whose spec says `deploy: {target: sagemaker}` (test/config.test.ts checks
   * ml/projects agree): each environment alarms on their endpoints slipway-<env>-<project>. */
  sagemakerProjects: string[];
  network: {
    vpcCidr: string;
    maxAzs: number;
    publicSubnetCidrs: string[];
    privateSubnetCidrs: string[];
    flowLogRetentionDays: RetentionDays;
  };
  api: TaskSizeConfig & { readinessPath: string; livenessPath: string };
  ui: TaskSizeConfig & { healthPath: string };
  alarms: AlarmConfig;
  ecr: { keepImages: number };
  data: { noncurrentVersionDays: number };
  environments: Record<EnvironmentName, EnvironmentConfig>;
}

export const PROJECT_NAME = /^[a-z][a-z0-9-]{0,30}$/;

const sharedScaling = { cpuTargetPercent: 70, memoryTargetPercent: 80, requestsPerTarget: 1000 };

export const slipwayConfig: SlipwayConfig = {
  // AWS's documentation account; also moto's default account, so offline deploys match.
  account: '123456789012',
  region: 'eu-west-1',
  githubRepository: 'slipway-org/slipway',
  projects: ['house-prices', 'abalone'],
  sagemakerProjects: ['abalone'],
  network: {
    vpcCidr: '10.0.0.0/16',
    maxAzs: 2,
    publicSubnetCidrs: ['10.0.1.0/24', '10.0.2.0/24'],
    privateSubnetCidrs: ['10.0.3.0/24', '10.0.4.0/24'],
    flowLogRetentionDays: RetentionDays.THREE_MONTHS,
  },
  api: { cpu: 512, memoryMiB: 1024, port: 8000, readinessPath: '/readyz', livenessPath: '/healthz' },
  ui: { cpu: 256, memoryMiB: 512, port: 8080, healthPath: '/healthz' },
  alarms: {
    error5xxRatePercent: 1,
    latencyP99Ms: 200,
    cpuPercent: 85,
    memoryPercent: 90,
    evaluationPeriods: 3,
    endpoint: { invocation5xxRatePercent: 1, modelLatencyP99Ms: 200, evaluationPeriods: 3 },
  },
  ecr: { keepImages: 50 },
  data: { noncurrentVersionDays: 90 },
  environments: {
    staging: {
      name: 'staging',
      natGateways: 1,
      capacity: { fargateBase: 0, fargateWeight: 1, spotWeight: 3 },
      desiredCount: 1,
      scaling: { minCapacity: 1, maxCapacity: 4, ...sharedScaling },
      logRetentionDays: RetentionDays.ONE_MONTH,
      certificate: {
        kind: 'dns',
        domainName: 'staging.slipway.example.com',
        hostedZoneId: 'Z0123456789EXAMPLE',
        zoneName: 'slipway.example.com',
      },
      staticUi: false,
    },
    production: {
      name: 'production',
      natGateways: 2,
      capacity: { fargateBase: 2, fargateWeight: 1, spotWeight: 1 },
      desiredCount: 2,
      scaling: { minCapacity: 2, maxCapacity: 10, ...sharedScaling },
      logRetentionDays: RetentionDays.ONE_YEAR,
      certificate: {
        kind: 'arn',
        arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
        domainName: 'ml.slipway.example.com',
      },
      staticUi: false,
    },
  },
};

/** The project behind the unprefixed API paths: the first one listed. */
export function defaultProject(config: SlipwayConfig): string {
  const [first] = config.projects;
  if (first === undefined) throw new Error('infra/lib/config.ts: projects is empty: list at least one model project');
  return first;
}

/** Rejects a configuration that would synthesize a broken estate, naming the field and the fix. */
export function validateConfig(config: SlipwayConfig): SlipwayConfig {
  const fail = (field: string, problem: string): never => {
    throw new Error(`infra/lib/config.ts: ${field} ${problem}`);
  };
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(config.githubRepository)) {
    fail('githubRepository', `"${config.githubRepository}" is not owner/name`);
  }
  if (config.projects.length === 0) fail('projects', 'is empty: list at least one model project');
  for (const project of config.projects) {
    if (!PROJECT_NAME.test(project)) fail('projects', `"${project}" does not match ${PROJECT_NAME.source}`);
  }
  if (new Set(config.projects).size !== config.projects.length) fail('projects', 'lists a project twice');
  for (const project of config.sagemakerProjects) {
    if (!config.projects.includes(project)) fail('sagemakerProjects', `"${project}" is not one of projects: add it there too`);
  }
  const { maxAzs, publicSubnetCidrs, privateSubnetCidrs } = config.network;
  if (publicSubnetCidrs.length !== maxAzs || privateSubnetCidrs.length !== maxAzs) {
    fail('network', `needs one public and one private subnet CIDR per AZ (maxAzs ${maxAzs})`);
  }
  for (const env of Object.values(config.environments)) {
    if (env.natGateways < 1 || env.natGateways > maxAzs) {
      fail(`environments.${env.name}.natGateways`, `is ${env.natGateways}: use 1 to ${maxAzs}`);
    }
    if (env.scaling.minCapacity > env.scaling.maxCapacity) {
      fail(`environments.${env.name}.scaling`, 'has minCapacity above maxCapacity');
    }
  }
  return config;
}
