// A small GitHub REST client over Node's fetch: the token in the Authorization header, GitHub's
// own error message in thrown errors, and Link-header pagination. Used by production-baseline
// and pr-report (plain fetch keeps the bundles small and lets tests intercept every call).

export interface Repository {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
}

/** A non-2xx answer, carrying GitHub's `message` (e.g. "Resource not accessible by integration"). */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
  ) {
    super(`GitHub API ${method} ${path} answered ${status}: ${apiMessage}`);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubResponse<T> {
  data: T;
  /** The URL of the next page (Link rel="next"), when there is one. */
  next?: string;
}

/** The rel="next" URL of a Link header, e.g. `<https://api.github.com/...&page=2>; rel="next", <...>; rel="last"`. */
export function nextPageUrl(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const match = /^\s*<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (match?.[2]?.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

async function apiMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // Not JSON (a proxy's HTML page): the start of the text says enough.
  }
  return text.slice(0, 200) || response.statusText;
}

export class GitHubClient {
  private readonly base: URL;

  constructor(private readonly options: GitHubClientOptions) {
    this.base = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
  }

  /** `path` is relative to the API root (`repos/o/r/...`) or an absolute URL on the same host. */
  private resolve(path: string): URL {
    const url = new URL(path.replace(/^\//, ''), this.base);
    // The token must never be sent to another host, whatever a Link header says.
    if (url.origin !== this.base.origin) throw new Error(`refusing to send the GitHub token to ${url.origin} (API is ${this.base.origin})`);
    return url;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<GitHubResponse<T>> {
    const url = this.resolve(path);
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'slipway-actions',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new GitHubApiError(response.status, method, url.pathname, await apiMessage(response));
    const data = (await response.json()) as T;
    const next = nextPageUrl(response.headers.get('link'));
    return next === undefined ? { data } : { data, next };
  }

  /** Each page of a list endpoint in turn, following Link rel="next" until there is none. */
  async *pages<T>(path: string): AsyncGenerator<T[]> {
    let current: string | undefined = path;
    while (current !== undefined) {
      const page: GitHubResponse<T[]> = await this.request<T[]>('GET', current);
      yield page.data;
      current = page.next;
    }
  }
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
