// What to do with one GitHub answer: done, wait and retry, or give up. GitHub's rules ("Rate
// limits for the REST API"): after a 403/429 wait `retry-after` seconds when given; when
// `x-ratelimit-remaining` is 0 wait until `x-ratelimit-reset`; a secondary rate limit without
// either header waits at least a minute, growing exponentially. 5xx and network errors back off
// exponentially with jitter. Other 4xx will not get better by waiting.

export type Decision = { kind: 'ok' } | { kind: 'retry'; waitMs: number; why: string } | { kind: 'fail'; why: string };

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** Wait after a secondary rate limit that named no time (GitHub: at least one minute). */
  secondaryLimitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 1_000, capMs: 30_000, secondaryLimitMs: 60_000 };

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** Exponential backoff with "full jitter": a random wait up to base·2^(attempt-1), capped. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const PERMANENT: Record<number, string> = {
  401: 'GitHub rejected the credential (401): the token expired or was revoked, or the App key or id is wrong — update the secret',
  404: 'GitHub answered 404: the repository does not exist or the credential cannot see it — check GITHUB_REPOSITORY and the token/App installation',
  422: 'GitHub refused the request (422)',
};

export function decide(answer: Answer, attempt: number, now: number, policy: RetryPolicy, random: () => number = Math.random): Decision {
  const { status, headers } = answer;
  if (status >= 200 && status < 300) return { kind: 'ok' };
  const detail = answer.body.slice(0, 300);
  if (status === 403 || status === 429) {
    const retryAfter = Number(headers.get('retry-after'));
    if (headers.has('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0) {
      return { kind: 'retry', waitMs: retryAfter * 1000, why: `rate limited (${status}), retry-after ${retryAfter} s` };
    }
    if (headers.get('x-ratelimit-remaining') === '0') {
      const reset = Number(headers.get('x-ratelimit-reset')) * 1000;
      const waitMs = Number.isFinite(reset) ? Math.max(1000, reset - now) : policy.secondaryLimitMs;
      return { kind: 'retry', waitMs, why: `primary rate limit exhausted (${status}), resets in ${Math.ceil(waitMs / 1000)} s` };
    }
    if (/secondary rate limit|abuse/i.test(answer.body) || status === 429) {
      return { kind: 'retry', waitMs: policy.secondaryLimitMs * 2 ** (attempt - 1), why: `secondary rate limit (${status})` };
    }
    return {
      kind: 'fail',
      why: `GitHub answered 403: the credential lacks permission — a fine-grained token or App needs Contents: read & write (and Metadata: read) on the repository; ${detail}`,
    };
  }
  if (status >= 500) return { kind: 'retry', waitMs: backoffMs(attempt, policy, random), why: `GitHub answered ${status}` };
  return { kind: 'fail', why: `${PERMANENT[status] ?? `GitHub answered ${status}`}: ${detail}` };
}
