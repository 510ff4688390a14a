// Octokit client options for tests against nock or the fake GitHub: Node's fetch (nock sees it),
// waits scaled from seconds to milliseconds, and no 1 s spacing between writes.
import Bottleneck from 'bottleneck';
import type { GitHubClientOptions } from '@slipway/shared/github';

export function fastClientOptions(): Pick<GitHubClientOptions, 'msPerSecond' | 'fetch' | 'writeLimiters'> {
  return {
    msPerSecond: 1,
    fetch: globalThis.fetch,
    writeLimiters: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  };
}
