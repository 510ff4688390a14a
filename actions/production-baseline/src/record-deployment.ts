// Record mode: the deployment that marks a model as production's, then its success status.
// GitHub's automatic environment deployments use task "deploy"; ours use deploy:<project>,
// so each project has its own history in the same environment.
import type { GitHubClient, Repository } from '@slipway/shared';
import type { Deployment } from './find-production.js';
import { deploymentTask, type ProductionRecord } from './record.js';

export interface RecordRequest {
  client: GitHubClient;
  repository: Repository;
  environment: string;
  record: ProductionRecord;
  ref: string;
  environmentUrl?: string;
}

/** GitHub truncates nothing: descriptions over 140 characters are rejected with 422. */
function shortDescription(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}

export async function createProductionDeployment(request: RecordRequest): Promise<Deployment> {
  const { owner, repo } = request.repository;
  const { record } = request;
  const description = shortDescription(`${record.model_version} approved by ${record.approved_by}`);
  const created = await request.client.request<Deployment>('POST', `repos/${owner}/${repo}/deployments`, {
    ref: request.ref,
    task: deploymentTask(record.project),
    environment: request.environment,
    payload: record,
    description,
    // The gate and the approval already happened in this workflow; no commit-status checks here.
    auto_merge: false,
    required_contexts: [],
    production_environment: request.environment === 'production',
    transient_environment: false,
  });
  await request.client.request('POST', `repos/${owner}/${repo}/deployments/${created.data.id}/statuses`, {
    state: 'success',
    log_url: record.run_url,
    description,
    // Earlier deployments of this environment become inactive: only one model is production's.
    auto_inactive: true,
    ...(request.environmentUrl === undefined ? {} : { environment_url: request.environmentUrl }),
  });
  return created.data;
}
