// Finds the model in production: the newest deployment of the environment whose task is
// deploy:<project> and whose latest status is success. Deployments come newest first; a
// newer one that failed (or was never finished) is skipped, with the reason logged.
import type { GitHubClient, Repository } from '@slipway/shared';
import { deploymentTask, parseProductionRecord, type ProductionRecord } from './record.js';

/** The fields of GitHub's deployment object this action reads. */
export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  created_at: string;
}

export interface DeploymentStatus {
  id: number;
  state: string;
  created_at: string;
}

export interface ProductionModel {
  deployment: Deployment;
  record: ProductionRecord;
}

export interface ProductionQuery {
  client: GitHubClient;
  repository: Repository;
  project: string;
  environment: string;
  /** Told why each newer deployment was passed over. */
  onSkip?: (message: string) => void;
}

const newestFirst = <T extends { created_at: string; id: number }>(a: T, b: T): number =>
  b.created_at.localeCompare(a.created_at) || b.id - a.id;

export function deploymentsPath(query: Pick<ProductionQuery, 'repository' | 'project' | 'environment'>): string {
  const params = new URLSearchParams({ environment: query.environment, task: deploymentTask(query.project), per_page: '100' });
  return `repos/${query.repository.owner}/${query.repository.repo}/deployments?${params.toString()}`;
}

async function latestStatus(query: ProductionQuery, deployment: Deployment): Promise<DeploymentStatus | undefined> {
  const { owner, repo } = query.repository;
  const path = `repos/${owner}/${repo}/deployments/${deployment.id}/statuses?per_page=100`;
  // GitHub lists statuses newest first: the first page holds the latest.
  const first = await query.client.pages<DeploymentStatus>(path).next();
  const statuses = first.done ? [] : [...first.value].sort(newestFirst);
  return statuses[0];
}

export async function findProductionModel(query: ProductionQuery): Promise<ProductionModel | undefined> {
  for await (const page of query.client.pages<Deployment>(deploymentsPath(query))) {
    for (const deployment of [...page].sort(newestFirst)) {
      // The query filters by task and environment; checking again guards against a server that ignores them.
      if (deployment.task !== deploymentTask(query.project) || deployment.environment !== query.environment) continue;
      const status = await latestStatus(query, deployment);
      if (status?.state !== 'success') {
        query.onSkip?.(
          `deployment ${deployment.id} (${deployment.created_at}) skipped: its latest status is ${status?.state ?? 'missing'}`,
        );
        continue;
      }
      const where = `deployment ${deployment.id} (${query.environment}, ${deployment.created_at}) payload`;
      const record = parseProductionRecord(deployment.payload, where);
      if (record.project !== query.project) {
        throw new Error(`${where}.project: "${record.project}" is not "${query.project}"; the record was made for another project`);
      }
      return { deployment, record };
    }
  }
  return undefined;
}
