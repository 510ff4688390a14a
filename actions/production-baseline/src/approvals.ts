// Who approved the environment: GitHub records the required reviewers' decisions per run
// (GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals), so the record need not trust
// a name typed into the workflow.
import type { Repository } from '@slipway/shared';
import type { GitHubClient } from '@slipway/shared/github';

/** The fields of GitHub's environment approval object this action reads. */
export interface EnvironmentApproval {
  state: string;
  environments: { name: string }[];
  user: { login: string } | null;
}

export async function approversOf(options: {
  client: GitHubClient;
  repository: Repository;
  runId: string;
  environment: string;
}): Promise<string> {
  const { owner, repo } = options.repository;
  const path = `repos/${owner}/${repo}/actions/runs/${options.runId}/approvals`;
  const { data } = await options.client.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(options.runId) });
  const logins = (data as EnvironmentApproval[])
    .filter((a) => a.state === 'approved' && a.environments.some((e) => e.name === options.environment))
    .map((a) => a.user?.login)
    .filter((login): login is string => login !== undefined);
  if (logins.length === 0) {
    throw new Error(
      `run ${options.runId} has no approval of the environment ${options.environment} (GET /${path}): ` +
        'protect the environment with required reviewers, or give the approved-by input',
    );
  }
  return [...new Set(logins)].join(', ');
}
