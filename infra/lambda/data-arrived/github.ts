// Requests to GitHub's REST API with the retry rules of retry.ts, inside the time the Lambda
// invocation has left. A request that cannot succeed is a PermanentDeliveryError (the handler
// parks the event in the dead-letter queue); one that ran out of attempts or time is a
// TransientDeliveryError (the handler throws, Lambda retries the event, then parks it).
import { decide, DEFAULT_RETRY, type RetryPolicy } from './retry.js';

export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
  constructor(
    message: string,
    /** GitHub's HTTP status when GitHub refused; 0 for problems found before any request. */
    readonly status = 0,
  ) {
    super(message);
  }
}
export class TransientDeliveryError extends Error {
  override name = 'TransientDeliveryError';
}

export interface GithubTransport {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Epoch ms after which no new wait may start (the invocation's end minus a margin). */
  deadline: () => number;
  log: (entry: Record<string, unknown>) => void;
  policy?: RetryPolicy;
  random?: () => number;
}

export const GITHUB_API_VERSION = '2022-11-28';
export const USER_AGENT = 'slipway-data-arrived';
export const REQUEST_TIMEOUT_MS = 20_000;

export function githubHeaders(token: string): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': GITHUB_API_VERSION,
    'user-agent': USER_AGENT,
    'content-type': 'application/json',
  };
}

/** POSTs `body` to `url`; returns the successful answer's text. `what` names the call in errors. */
export async function githubPost(transport: GithubTransport, url: string, token: string, body: unknown, what: string): Promise<string> {
  const policy = transport.policy ?? DEFAULT_RETRY;
  for (let attempt = 1; ; attempt++) {
    let status = 0;
    let decision;
    let text = '';
    try {
      const response = await transport.fetch(url, {
        method: 'POST',
        headers: githubHeaders(token),
        body: JSON.stringify(body),
        // A request GitHub never answers counts as a network error, not a hung invocation.
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
      decision = decide({ status, headers: response.headers, body: text }, attempt, transport.now(), policy, transport.random);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      decision = { kind: 'retry' as const, waitMs: policy.baseMs * 2 ** (attempt - 1), why: `network error: ${reason}` };
    }
    if (decision.kind === 'ok') return text;
    if (decision.kind === 'fail') throw new PermanentDeliveryError(`${what}: ${decision.why}`, status);
    if (attempt >= policy.maxAttempts) {
      throw new TransientDeliveryError(`${what}: gave up after ${attempt} attempts, last: ${decision.why}`);
    }
    if (transport.now() + decision.waitMs > transport.deadline()) {
      throw new TransientDeliveryError(`${what}: ${decision.why}; the wait does not fit in this invocation, Lambda retries the event`);
    }
    transport.log({ level: 'warn', message: 'retrying GitHub', call: what, attempt, status, wait_ms: decision.waitMs, why: decision.why });
    await transport.sleep(decision.waitMs);
  }
}
