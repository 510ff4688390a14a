import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { GitHubClient, githubEnvironment, nextPageUrl, parseRepository } from '../src/github-rest.js';

useRecordedGitHub({ expectAllUsed: false });

describe('nextPageUrl', () => {
  it('reads rel="next" from a GitHub Link header', () => {
    const link =
      '<https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=3>; rel="next", ' +
      '<https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=5>; rel="last", ' +
      '<https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=1>; rel="first"';
    expect(nextPageUrl(link)).toBe('https://api.github.com/repositories/1/issues/42/comments?per_page=100&page=3');
  });

  it('has no next page on the last page or without a header', () => {
    expect(nextPageUrl('<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first"')).toBeUndefined();
    expect(nextPageUrl(null)).toBeUndefined();
  });
});

describe('GitHubClient', () => {
  it('never sends the token to another host, whatever a Link header says', async () => {
    nock('https://api.github.com')
      .get('/repos/o/r/issues/1/comments')
      .reply(200, [], { link: '<https://evil.example/steal?page=2>; rel="next"' });
    const client = new GitHubClient({ token: 't', apiUrl: 'https://api.github.com' });
    const pages = client.pages('repos/o/r/issues/1/comments');
    await expect(pages.next()).resolves.toEqual({ done: false, value: [] });
    await expect(pages.next()).rejects.toThrow('refusing to send the GitHub token to https://evil.example (API is https://api.github.com)');
  });

  it('keeps the /api/v3 prefix of GitHub Enterprise Server', async () => {
    nock('https://ghe.example.com').get('/api/v3/repos/o/r/pulls/7').reply(200, { number: 7 });
    const client = new GitHubClient({ token: 't', apiUrl: 'https://ghe.example.com/api/v3' });
    await expect(client.request('GET', 'repos/o/r/pulls/7')).resolves.toEqual({ data: { number: 7 } });
  });

  it('reports a non-JSON error answer by its text', async () => {
    nock('https://api.github.com').get('/repos/o/r/pulls/7').reply(502, '<html>Bad gateway</html>');
    const client = new GitHubClient({ token: 't', apiUrl: 'https://api.github.com' });
    await expect(client.request('GET', 'repos/o/r/pulls/7')).rejects.toMatchObject({ status: 502, apiMessage: '<html>Bad gateway</html>' });
  });
});

describe('githubEnvironment and parseRepository', () => {
  it('builds the run URL from the runner variables', () => {
    const env = githubEnvironment({
      GITHUB_REPOSITORY: 'slipway-demo/slipway',
      GITHUB_RUN_ID: '19511402288',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    expect(env).toEqual({
      apiUrl: 'https://api.github.com',
      repository: { owner: 'slipway-demo', repo: 'slipway' },
      runUrl: 'https://github.com/slipway-demo/slipway/actions/runs/19511402288',
      runId: '19511402288',
    });
  });

  it('rejects a repository that is not owner/name', () => {
    expect(() => parseRepository('slipway', 'input repository')).toThrow('input repository: "slipway" is not a repository "owner/name"');
  });
});
