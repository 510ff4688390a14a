// Record mode: the deployment that marks a model as production's, then its success status.
// Each project's records live in their own environment, <environment>/<project> (README:
// "Why one record environment per project"): a success status inactivates earlier successes of
// the same environment, so a shared "production" would let one project's record hide another's.
// The task deploy:<project> still names the project, apart from GitHub's own task "deploy".
import type { Repository } from '@slipway/shared';
import type { GitHubClient } from '@slipway/shared/github';
import type { Deployment } from './find-production.js';
import { deploymentTask, recordEnvironment, type ProductionRecord } from './record.js';

export interface RecordRequest {
  client: GitHubClient;
  repository: Repository;
  /** The approved environment (e.g. production); the record goes to recordEnvironment(environment, project). */
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
  const created = await request.client.rest.repos.createDeployment({
    owner,
    repo,
    ref: request.ref,
    task: deploymentTask(record.project),
    environment: recordEnvironment(request.environment, record.project),
    // Octokit's type says a map of strings; GitHub stores and returns any JSON object.
    payload: record as unknown as Record<string, string>,
    description,
    // The gate and the approval already happened in this workflow; no commit-status checks here.
    auto_merge: false,
    required_contexts: [],
    production_environment: request.environment === 'production',
    transient_environment: false,
  });
  if (created.status !== 201) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(created.data)}`);
  const deployment = created.data as unknown as Deployment;
  await request.client.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deployment.id,
    state: 'success',
    log_url: record.run_url,
    description,
    // Only this project's earlier records share the environment: they become inactive, so the
    // environment's one active deployment is the model production serves.
    auto_inactive: true,
    ...(request.environmentUrl === undefined ? {} : { environment_url: request.environmentUrl }),
  });
  return deployment;
}
