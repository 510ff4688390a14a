// Slipway-Staging / Slipway-Production: one environment's network, front door, cluster,
// services (an API per project and the UI, or the static UI), monitoring and deploy role.
// Every value the workflows read is an output (the GitHub variables of docs/ENVIRONMENTS.md).
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { defaultProject, type EnvironmentConfig, type SlipwayConfig } from '../config.js';
import { secureBucketDefaults } from '../shared/data.js';
import { apiRepositoryName, UI_REPOSITORY_NAME } from '../shared/registries.js';
import { SlipwayCluster, clusterName, namespaceName } from './cluster.js';
import { DeployRole } from './deploy-role.js';
import { EndpointAlarms } from './endpoint-alarms.js';
import { DEFAULT_API_PATHS, FrontDoor, projectPaths } from './front-door.js';
import { ModelApproval } from './model-approval.js';
import { Monitoring } from './monitoring.js';
import { Network } from './network.js';
import { artifactsBucketName, recordPredictions } from './records.js';
import { SageMakerEndpoints } from './sagemaker-endpoints.js';
import { SageMakerServingRole } from './sagemaker-serving-role.js';
import { SlipwayService } from './service.js';
import { StaticUi } from './static-ui.js';

export const apiServiceName = (env: string, project: string) => `slipway-${env}-${project}-api`;
export const uiServiceName = (env: string) => `slipway-${env}-ui`;
export const apiCloudMapName = (project: string) => `inference-api.${project}`;
export const API_CONTAINER = 'inference-api';
export const UI_CONTAINER = 'ui';

export interface EnvironmentStackProps extends StackProps {
  config: SlipwayConfig;
  environment: EnvironmentConfig;
  /** The git SHA whose images the task definitions start with (deploy-ecs moves them on). */
  imageTag: string;
}

export class EnvironmentStack extends Stack {
  readonly network: Network;
  readonly frontDoor: FrontDoor;
  readonly cluster: SlipwayCluster;
  readonly apiServices: Record<string, SlipwayService> = {};
  readonly uiService?: SlipwayService;
  readonly staticUi?: StaticUi;
  readonly monitoring: Monitoring;
  readonly deployRole: DeployRole;
  readonly sagemakerEndpoints: SageMakerEndpoints;
  readonly sagemakerServing: SageMakerServingRole;
  readonly endpointAlarms: EndpointAlarms;
  readonly modelApproval?: ModelApproval;

  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, props);
    const { config, environment: env, imageTag } = props;
    this.network = new Network(this, 'Network', {
      network: config.network,
      natGateways: env.natGateways,
      taskPorts: [...new Set([config.api.port, config.ui.port])],
    });
    const logBucket = new s3.Bucket(this, 'Logs', {
      ...secureBucketDefaults,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    });
    this.frontDoor = new FrontDoor(this, 'FrontDoor', {
      vpc: this.network.vpc,
      securityGroup: this.network.albSecurityGroup,
      certificate: env.certificate,
      logBucket,
    });
    this.cluster = new SlipwayCluster(this, 'Ecs', { vpc: this.network.vpc, env });
    this.monitoring = new Monitoring(this, 'Monitoring', { envName: env.name, alarms: config.alarms, alb: this.frontDoor.alb });

    const common = { env, cluster: this.cluster, securityGroup: this.network.tasksSecurityGroup, imageTag };
    config.projects.forEach((project, index) => {
      const api = new SlipwayService(this, `Api-${project}`, {
        ...common,
        serviceName: apiServiceName(env.name, project),
        containerName: API_CONTAINER,
        cloudMapName: apiCloudMapName(project),
        size: config.api,
        healthPath: config.api.readinessPath,
        repository: ecr.Repository.fromRepositoryName(this, `Repository-${project}`, apiRepositoryName(project)),
        imageTag: `${project}-${imageTag}`,
        environment: { SLIPWAY_PATH_PREFIX: `/projects/${project}` },
      });
      this.frontDoor.route(`Route-${project}`, projectPaths(project), api.targetGroup);
      if (index === 0) this.frontDoor.route('Route-default-api', DEFAULT_API_PATHS, api.targetGroup);
      recordPredictions(api, API_CONTAINER, artifactsBucketName(), env.name);
      api.addScaling();
      this.monitoring.watchService(project, api);
      this.apiServices[project] = api;
    });

    if (env.staticUi) {
      this.staticUi = new StaticUi(this, 'StaticUi', { apiDomainName: this.frontDoor.domainName, logBucket });
      this.frontDoor.routeDefault(undefined);
    } else {
      const projectApis = config.projects
        .map((project) => `${project}=http://${apiCloudMapName(project)}.${namespaceName(env.name)}:${config.api.port}`)
        .join(',');
      this.uiService = new SlipwayService(this, 'Ui', {
        ...common,
        serviceName: uiServiceName(env.name),
        containerName: UI_CONTAINER,
        cloudMapName: 'ui',
        size: config.ui,
        healthPath: config.ui.healthPath,
        repository: ecr.Repository.fromRepositoryName(this, 'Repository-ui', UI_REPOSITORY_NAME),
        imageTag: `ui-${imageTag}`,
        environment: { SLIPWAY_PROJECT_APIS: projectApis },
      });
      this.frontDoor.routeDefault(this.uiService.targetGroup);
      this.uiService.addScaling();
      this.monitoring.watchService('ui', this.uiService);
    }

    // A SageMaker-served project's deploys watch its endpoint's alarms, not its ECS service's.
    this.endpointAlarms = new EndpointAlarms(this, 'EndpointAlarms', {
      envName: env.name,
      projects: config.sagemakerProjects,
      alarms: config.alarms.endpoint,
      topic: this.monitoring.topic,
      dashboard: this.monitoring.dashboard,
    });
    Object.assign(this.monitoring.alarmNames, this.endpointAlarms.alarmNames);

    const services = [...Object.values(this.apiServices), ...(this.uiService ? [this.uiService] : [])];
    this.deployRole = new DeployRole(this, 'Deploy', {
      envName: env.name,
      githubRepository: config.githubRepository,
      clusterArn: this.cluster.cluster.clusterArn,
      services,
      alarmNames: Object.values(this.monitoring.alarmNames).flat(),
      ...(this.staticUi ? { staticUi: this.staticUi } : {}),
    });
    // SageMaker-served projects' endpoints; in production, approving the registered model.
    this.sagemakerServing = new SageMakerServingRole(this, 'SageMakerServing', { envName: env.name, projects: config.sagemakerProjects });
    this.sagemakerEndpoints = new SageMakerEndpoints(this, 'SageMakerEndpoints', {
      envName: env.name,
      role: this.deployRole.role,
      servingRoleArn: this.sagemakerServing.role.roleArn,
    });
    if (env.name === 'production') this.modelApproval = new ModelApproval(this, 'ModelApproval', { role: this.deployRole.role });
    this.outputs(config, env);
  }

  private outputs(config: SlipwayConfig, env: EnvironmentConfig): void {
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description, exportName: `${this.stackName}-${id}` });
    output('DeployRoleArn', this.deployRole.role.roleArn, 'AWS_DEPLOY_ROLE_ARN');
    output('EcsCluster', clusterName(env.name), 'ECS_CLUSTER');
    output(
      'ApiServices',
      JSON.stringify(Object.fromEntries(config.projects.map((p) => [p, apiServiceName(env.name, p)]))),
      'API_SERVICES: project -> ECS service',
    );
    output('AlarmNames', JSON.stringify(this.monitoring.alarmNames), 'ALARM_NAMES: project (or ui) -> alarm names to watch');
    output('AlarmTopicArn', this.monitoring.topic.topicArn, 'ALARM_TOPIC_ARN');
    output('SageMakerServingRoleArn', this.sagemakerServing.role.roleArn, "SAGEMAKER_SERVING_ROLE_ARN: the endpoints' models run as it");
    output('DefaultProject', defaultProject(config), 'the project behind /api/*');
    if (this.uiService) {
      output('UiService', uiServiceName(env.name), 'UI_SERVICE');
      output('ServiceUrl', `https://${this.frontDoor.domainName}`, 'SERVICE_URL');
    }
    if (this.staticUi) {
      output('ServiceUrl', `https://${this.staticUi.distribution.distributionDomainName}`, 'SERVICE_URL (CloudFront)');
      output('UiBucket', this.staticUi.bucket.bucketName, 'static UI files');
      output('UiDistributionId', this.staticUi.distribution.distributionId, 'CloudFront distribution to invalidate');
    }
    output('LoadBalancerDnsName', this.frontDoor.alb.loadBalancerDnsName, 'point the domain here when the certificate is an ARN');
    output('Dashboard', this.monitoring.dashboard.dashboardName, 'CloudWatch dashboard');
  }
}
