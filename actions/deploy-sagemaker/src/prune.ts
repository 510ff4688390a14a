// After a successful deploy: endpoint configs and models of this endpoint beyond the newest N
// are deleted. Never the config the endpoint runs, never one made after this run started (a
// concurrent run's), never anything not named as this action names its resources.
import {
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  paginateListEndpointConfigs,
  paginateListModels,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { belongsTo } from './names.js';

export interface PruneRequest {
  endpointName: string;
  keep: number;
  /** Config (and model) names never deleted: the one the endpoint runs, the new one. */
  protect: string[];
  /** Resources created at or after this time are left alone. */
  startedAt: Date;
}

export interface Pruned {
  endpointConfigs: string[];
  models: string[];
}

interface Listed {
  name: string;
  created: Date;
}

/** Which of `listed` go: all but the newest `keep`, the protected ones and the new ones. */
export function toDelete(listed: Listed[], request: PruneRequest): string[] {
  const ours = listed.filter((r) => belongsTo(r.name, request.endpointName));
  const newestFirst = [...ours].sort((a, b) => b.created.getTime() - a.created.getTime());
  const kept = new Set([...newestFirst.slice(0, request.keep).map((r) => r.name), ...request.protect]);
  return newestFirst.filter((r) => !kept.has(r.name) && r.created < request.startedAt).map((r) => r.name);
}

async function listConfigs(client: SageMakerClient, endpointName: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  for await (const page of paginateListEndpointConfigs({ client }, { NameContains: endpointName })) {
    for (const c of page.EndpointConfigs ?? []) {
      if (c.EndpointConfigName && c.CreationTime) listed.push({ name: c.EndpointConfigName, created: c.CreationTime });
    }
  }
  return listed;
}

async function listModels(client: SageMakerClient, endpointName: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  for await (const page of paginateListModels({ client }, { NameContains: endpointName })) {
    for (const m of page.Models ?? []) if (m.ModelName && m.CreationTime) listed.push({ name: m.ModelName, created: m.CreationTime });
  }
  return listed;
}

export async function prune(client: SageMakerClient, request: PruneRequest): Promise<Pruned> {
  const configs = toDelete(await listConfigs(client, request.endpointName), request);
  for (const name of configs) await client.send(new DeleteEndpointConfigCommand({ EndpointConfigName: name }));
  // A model has its config's name: it goes with its config, or alone when its config never
  // came to be (a run that failed between CreateModel and CreateEndpointConfig).
  const models = toDelete(await listModels(client, request.endpointName), request);
  for (const name of models) await client.send(new DeleteModelCommand({ ModelName: name }));
  return { endpointConfigs: configs, models };
}
