// Who approved the environment, from GitHub's record of the run's required reviewers (shared
// with model-registry), so the record need not trust a name typed into the workflow. Here no
// approval is an error: production is recorded only once someone approved it.
import type { Repository } from '@slipway/shared';
import { environmentApprovers } from '@slipway/shared/approvals';
import type { GitHubClient } from '@slipway/shared/github';

export async function approversOf(options: {
  client: GitHubClient;
  repository: Repository;
  runId: string;
  environment: string;
}): Promise<string> {
  const approvers = await environmentApprovers(options);
  if (approvers.length === 0) {
    const { owner, repo } = options.repository;
    throw new Error(
      `run ${options.runId} has no approval of the environment ${options.environment} (GET /repos/${owner}/${repo}/actions/runs/${options.runId}/approvals): ` +
        'protect the environment with required reviewers, or give the approved-by input',
    );
  }
  return approvers.map((approver) => approver.login).join(', ');
}
