// moto in server mode as the ECS stand-in. moto's services report a fixed number of running
// tasks (MOTO_ECS_SERVICE_RUNNING in the server's environment, 0 by default: startMoto() passes no
// extra environment) and never change it. So a service that wants 0 tasks is steady (rollout
// COMPLETED), and one that wants any task stays IN_PROGRESS for ever: a deployment that never
// settles.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition,
} from '@aws-sdk/client-ecs';
import { startMoto, type MotoServer } from '../../../test-support/moto.js';

export const STEADY_DESIRED_COUNT = 0;
export const UNSETTLED_DESIRED_COUNT = 1;

export const startEcsMoto = (): Promise<MotoServer> => startMoto();

/** Points this process's AWS SDK at moto through the standard environment variables. */
export function useMotoEnvironment(moto: MotoServer): () => void {
  const saved = Object.fromEntries(Object.keys(moto.env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, moto.env);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  };
}

export const apiContainer = (image: string): ContainerDefinition => ({
  name: 'api',
  image,
  memory: 512,
  essential: true,
  portMappings: [{ containerPort: 8000 }],
  environment: [
    { name: 'SLIPWAY_MODEL_VERSION', value: 'house-prices-000000000001' },
    { name: 'LOG_LEVEL', value: 'info' },
  ],
});

export const uiContainer = (image: string): ContainerDefinition => ({ name: 'ui', image, memory: 256, essential: true });

export interface SeededService {
  cluster: string;
  service: string;
  family: string;
  firstArn: string;
}

/** A cluster, revision 1 of a family and a service running it, as an operator would create them. */
export async function seedService(
  endpoint: string,
  options: { cluster: string; service: string; family: string; desiredCount: number; containers: ContainerDefinition[] },
): Promise<SeededService> {
  const ecs = new ECSClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  await ecs.send(new CreateClusterCommand({ clusterName: options.cluster }));
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: options.family,
      containerDefinitions: options.containers,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '512',
      memory: '1024',
      executionRoleArn: 'arn:aws:iam::123456789012:role/slipway-task-execution',
    }),
  );
  const firstArn = registered.taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(
    new CreateServiceCommand({
      cluster: options.cluster,
      serviceName: options.service,
      taskDefinition: firstArn,
      desiredCount: options.desiredCount,
    }),
  );
  ecs.destroy();
  return { cluster: options.cluster, service: options.service, family: options.family, firstArn };
}
