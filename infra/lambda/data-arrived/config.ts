// The function's settings, from its environment (set by lib/shared/data-arrival.ts). A
// missing or malformed value stops the cold start with the variable named.

export interface DataArrivalConfig {
  dataBucket: string;
  /** Keys `<incomingPrefix><project>/<file>` are data for `project`. */
  incomingPrefix: string;
  projects: string[];
  /** owner/name of the repository that receives the dispatch. */
  repository: string;
  /** Secrets Manager id (ARN or name) of the GitHub credential. */
  secretId: string;
  deadLetterQueueUrl: string;
  githubApiUrl: string;
  /** How long a claim blocks duplicates before a retry may take it over. */
  leaseMs: number;
}

const PROJECT = /^[a-z][a-z0-9-]{0,30}$/;

export function configFromEnv(env: Record<string, string | undefined>): DataArrivalConfig {
  const need = (name: string): string => {
    const value = env[name]?.trim() ?? '';
    if (value === '') throw new Error(`environment variable ${name} is not set (lib/shared/data-arrival.ts sets it)`);
    return value;
  };
  const projects = need('PROJECTS')
    .split(',')
    .map((name) => name.trim());
  const bad = projects.find((name) => !PROJECT.test(name));
  if (bad !== undefined) throw new Error(`PROJECTS: "${bad}" is not a project name (${PROJECT.source})`);
  const repository = need('GITHUB_REPOSITORY');
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new Error(`GITHUB_REPOSITORY: "${repository}" is not owner/name`);
  const prefix = env.INCOMING_PREFIX ?? 'incoming/';
  if (!/^([A-Za-z0-9_.-]+\/)+$/.test(prefix)) throw new Error(`INCOMING_PREFIX: "${prefix}" must be folders ending in "/", e.g. incoming/`);
  const leaseSeconds = Number(env.CLAIM_LEASE_SECONDS ?? '900');
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 60)
    throw new Error(`CLAIM_LEASE_SECONDS: "${env.CLAIM_LEASE_SECONDS}" is not a whole number ≥ 60`);
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(apiUrl)) throw new Error(`GITHUB_API_URL: "${apiUrl}" is not an http(s) URL`);
  return {
    dataBucket: need('DATA_BUCKET'),
    incomingPrefix: prefix,
    projects,
    repository,
    secretId: need('GITHUB_SECRET_ID'),
    deadLetterQueueUrl: need('DEAD_LETTER_QUEUE_URL'),
    githubApiUrl: apiUrl,
    leaseMs: leaseSeconds * 1000,
  };
}
