// Who approved a GitHub environment in a workflow run: GitHub records the required reviewers'
// decisions per run (GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals), so a step
// need not trust a name typed into the workflow. Needs `actions: read`.
import type { GitHubClient } from './github-client.js';
import type { Repository } from './github-environment.js';

/** The fields of GitHub's environment approval object read here. */
export interface EnvironmentApproval {
  state: string;
  environments: { name: string }[];
  user: { login: string } | null;
  comment?: string | null;
}

export interface Approver {
  login: string;
  /** The reviewer's comment, when they wrote one. */
  comment?: string;
}

/** The reviewers who approved `environment` in run `runId`, each once, in GitHub's order. */
export async function environmentApprovers(options: {
  client: GitHubClient;
  repository: Repository;
  runId: string;
  environment: string;
}): Promise<Approver[]> {
  const { owner, repo } = options.repository;
  const { data } = await options.client.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(options.runId) });
  const approvers = new Map<string, Approver>();
  for (const approval of data as EnvironmentApproval[]) {
    const login = approval.user?.login;
    if (approval.state !== 'approved' || login === undefined) continue;
    if (!approval.environments.some((e) => e.name === options.environment) || approvers.has(login)) continue;
    const comment = approval.comment?.trim();
    approvers.set(login, { login, ...(comment ? { comment } : {}) });
  }
  return [...approvers.values()];
}
