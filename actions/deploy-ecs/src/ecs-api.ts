// The ECS calls the deployment makes, each with its error explained for the user.
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type ECSClient,
  type Service,
  type Task,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { explainAwsError, type CallContext } from './aws-errors.js';
import type { TaskDefinitionInput } from './task-definition.js';

export interface Target {
  cluster: string;
  service: string;
  region: string;
}

const STOPPED_TASKS_LISTED = 100;

export class EcsApi {
  constructor(
    private readonly client: ECSClient,
    private readonly target: Target,
  ) {}

  private async call<T>(operation: string, send: () => Promise<T>, taskDefinition?: string): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const context: CallContext = { operation, ...this.target, ...(taskDefinition ? { taskDefinition } : {}) };
      throw explainAwsError(error, context);
    }
  }

  async describeService(): Promise<Service> {
    const { cluster, service } = this.target;
    const answer = await this.call('DescribeServices', () =>
      this.client.send(new DescribeServicesCommand({ cluster, services: [service] })),
    );
    const found = answer.services?.[0];
    if (!found || found.status === 'INACTIVE') {
      // A missing service is a `failures` entry, not an exception.
      throw explainAwsError(
        { name: 'ServiceNotFoundException', message: answer.failures?.[0]?.reason ?? 'MISSING' },
        {
          operation: 'DescribeServices',
          ...this.target,
        },
      );
    }
    return found;
  }

  async describeTaskDefinition(arn: string): Promise<TaskDefinition> {
    const answer = await this.call(
      'DescribeTaskDefinition',
      () => this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn })),
      arn,
    );
    if (!answer.taskDefinition) throw new Error(`DescribeTaskDefinition returned no task definition for ${arn}`);
    return answer.taskDefinition;
  }

  async register(definition: TaskDefinitionInput): Promise<TaskDefinition> {
    const answer = await this.call(
      'RegisterTaskDefinition',
      () => this.client.send(new RegisterTaskDefinitionCommand(definition)),
      definition.family,
    );
    if (!answer.taskDefinition?.taskDefinitionArn) throw new Error('RegisterTaskDefinition returned no task definition ARN');
    return answer.taskDefinition;
  }

  async pointServiceAt(taskDefinitionArn: string): Promise<Service> {
    const { cluster, service } = this.target;
    const answer = await this.call(
      'UpdateService',
      () => this.client.send(new UpdateServiceCommand({ cluster, service, taskDefinition: taskDefinitionArn })),
      taskDefinitionArn,
    );
    if (!answer.service) throw new Error('UpdateService returned no service');
    return answer.service;
  }

  /** The service's stopped tasks (ECS keeps them for about an hour), newest first. */
  async stoppedTasks(): Promise<Task[]> {
    const { cluster, service } = this.target;
    const listed = await this.call('ListTasks', () =>
      this.client.send(new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED', maxResults: STOPPED_TASKS_LISTED })),
    );
    const arns = listed.taskArns ?? [];
    if (arns.length === 0) return [];
    const described = await this.call('DescribeTasks', () => this.client.send(new DescribeTasksCommand({ cluster, tasks: arns })));
    return [...(described.tasks ?? [])].sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0));
  }

  /** ACTIVE revisions of a family, newest first. */
  async activeRevisions(family: string): Promise<string[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.call('ListTaskDefinitions', () =>
        this.client.send(
          new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', ...(nextToken ? { nextToken } : {}) }),
        ),
      );
      arns.push(...(page.taskDefinitionArns ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return arns;
  }

  async deregister(arn: string): Promise<void> {
    await this.call('DeregisterTaskDefinition', () => this.client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })), arn);
  }
}
