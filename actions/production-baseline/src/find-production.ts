// Finds the model in production: the newest deploy:<project> deployment of the project's record
// environment (<environment>/<project>) whose latest status is success. Deployments come newest
// first; a newer one that failed (or was never finished) is skipped, with the reason logged.
import type { Repository } from '@slipway/shared';
import type { GitHubClient } from '@slipway/shared/github';
import { deploymentTask, parseProductionRecord, recordEnvironment, type ProductionRecord } from './record.js';

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

/** The list query: the project's record environment and task, 100 a page. */
export function deploymentsQuery(query: Pick<ProductionQuery, 'repository' | 'project' | 'environment'>) {
  return {
    owner: query.repository.owner,
    repo: query.repository.repo,
    environment: recordEnvironment(query.environment, query.project),
    task: deploymentTask(query.project),
    per_page: 100,
  };
}

async function latestStatus(query: ProductionQuery, deployment: Deployment): Promise<DeploymentStatus | undefined> {
  const { owner, repo } = query.repository;
  // GitHub lists statuses newest first: the first page holds the latest.
  const { data } = await query.client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 100 });
  return [...(data as DeploymentStatus[])].sort(newestFirst)[0];
}

export async function findProductionModel(query: ProductionQuery): Promise<ProductionModel | undefined> {
  const list = deploymentsQuery(query);
  for await (const page of query.client.paginate.iterator(query.client.rest.repos.listDeployments, list)) {
    for (const deployment of [...(page.data as Deployment[])].sort(newestFirst)) {
      // The query filters by task and environment; checking again guards against a server that ignores them.
      if (deployment.task !== list.task || deployment.environment !== list.environment) continue;
      const status = await latestStatus(query, deployment);
      if (status?.state !== 'success') {
        query.onSkip?.(
          `deployment ${deployment.id} (${deployment.created_at}) skipped: its latest status is ${status?.state ?? 'missing'}`,
        );
        continue;
      }
      const where = `deployment ${deployment.id} (${list.environment}, ${deployment.created_at}) payload`;
      const record = parseProductionRecord(deployment.payload, where);
      if (record.project !== query.project) {
        throw new Error(`${where}.project: "${record.project}" is not "${query.project}"; the record was made for another project`);
      }
      return { deployment, record };
    }
  }
  return undefined;
}
