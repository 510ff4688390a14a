// The GitHub REST client of the actions: @actions/github's Octokit (REST methods, pagination,
// the runner's proxy settings) with the retry and throttling plugins, so a 5xx or a secondary
// rate limit is waited out instead of failing a deploy. Errors keep GitHub's own message.
import { getOctokit } from '@actions/github';
import type Bottleneck from 'bottleneck';
export type { Repository } from './github-environment.js';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  /** Retries of a 5xx answer, and of a rate limit; 3 and 2 when omitted. */
  retries?: number;
  rateLimitRetries?: number;
  /**
   * Milliseconds per second of waiting: GitHub's retry-after and the retry back-off (1, 4, 9 s)
   * are multiplied by it. 1000 on a runner; tests pass 1 so a recorded `retry-after: 60` takes 60 ms.
   */
  msPerSecond?: number;
  /**
   * The throttling plugin spaces writes 1 s apart and comment-creating writes 3 s apart, as
   * GitHub asks of integrations; tests pass groups without spacing.
   */
  writeLimiters?: { write: Bottleneck.Group; notifications: Bottleneck.Group };
  /** Told about each wait (the actions pass core.warning). */
  onWait?: (message: string) => void;
  /**
   * The fetch to send with; @actions/github's proxy-aware undici fetch when omitted. Unit tests
   * pass Node's global fetch, which nock intercepts.
   */
  fetch?: typeof fetch;
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

interface OctokitRequestError {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

const isRequestError = (error: unknown): error is OctokitRequestError =>
  error instanceof Error && typeof (error as Partial<OctokitRequestError>).status === 'number';

/** GitHub's `message`, else the start of a non-JSON body (a proxy's HTML page), else Octokit's text. */
function apiMessage(error: OctokitRequestError): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  if (typeof data === 'string' && data !== '') return data.slice(0, 200);
  return error.message;
}

export function toGitHubApiError(error: unknown): unknown {
  if (!isRequestError(error) || error.status < 400) return error;
  const url = error.request?.url ?? '';
  const path = url === '' ? '' : new URL(url, 'https://api.github.invalid').pathname;
  return new GitHubApiError(error.status, error.request?.method ?? 'GET', path, apiMessage(error));
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const base = new URL(options.apiUrl);
  const scale = options.msPerSecond ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onRateLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _client: unknown, retryCount: number) => {
      if (retryCount >= rateLimitRetries) return false;
      options.onWait?.(
        `GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`,
      );
      return true;
    };
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: 'slipway-actions',
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: scale },
      throttle: {
        retryAfterBaseValue: scale,
        onRateLimit: onRateLimit('rate limit'),
        onSecondaryRateLimit: onRateLimit('secondary rate limit'),
        ...options.writeLimiters,
      },
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    },
    retry,
    throttling,
  );
  client.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = '2022-11-28';
    // The token must never be sent to another host, whatever a Link header says.
    const target = new URL(request.url, `${base.origin}/`);
    if (target.origin !== base.origin) throw new Error(`refusing to send the GitHub token to ${target.origin} (API is ${base.origin})`);
  });
  client.hook.error('request', (error) => {
    throw toGitHubApiError(error);
  });
  return client;
}
