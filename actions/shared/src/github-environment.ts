// The GitHub context a step gets from the runner's environment: the API URL, the repository,
// the run. The REST client itself is in github-client.ts.
export interface Repository {
  owner: string;
  repo: string;
}

/** GITHUB_REPOSITORY (`owner/repo`) split, or an error saying what was wrong with it. */
export function parseRepository(text: string, source: string): Repository {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new Error(`${source}: "${text}" is not a repository "owner/name"`);
  return { owner: match[1], repo: match[2] };
}

/** The GitHub context a step gets from the runner's environment. */
export interface GitHubEnvironment {
  apiUrl: string;
  repository?: Repository;
  /** This workflow run's page, when the run variables are set. */
  runUrl?: string;
  runId?: string;
  eventPath?: string;
}

export function githubEnvironment(env: NodeJS.ProcessEnv = process.env): GitHubEnvironment {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY') : undefined;
  return {
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(repository ? { repository } : {}),
    ...(repository && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_EVENT_PATH ? { eventPath: env.GITHUB_EVENT_PATH } : {}),
  };
}
