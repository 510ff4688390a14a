// The Octokit client against api.github.com intercepted by nock: GitHub's answers as recorded,
// including the 5xx and secondary rate limits the retry and throttling plugins must wait out.
// Waits are scaled to milliseconds (msPerSecond: 1); nothing here measures time.
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { fastClientOptions } from '../../test-support/github-client.js';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { createGitHubClient, GitHubApiError, type GitHubClientOptions } from '../src/github-client.js';
import { githubEnvironment, parseRepository } from '../src/github-environment.js';

useRecordedGitHub();

const API = 'https://api.github.com';
const waits: string[] = [];
const client = (overrides: Partial<GitHubClientOptions> = {}) =>
  createGitHubClient({
    token: 'ghs_fixtureToken',
    apiUrl: API,
    ...fastClientOptions(),
    onWait: (m) => waits.push(m),
    ...overrides,
  });

// Recorded: a secondary rate limit answer of api.github.com (403 with retry-after).
const secondaryLimit = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0481:2F3E1:4D2C6B1:4F0A5C2:67A1B2C3.',
  documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  status: '403',
};
const serverError = { message: 'Server Error' };

describe('createGitHubClient', () => {
  it('sends the token, the API version and its user agent', async () => {
    nock(API, {
      reqheaders: {
        authorization: 'token ghs_fixtureToken',
        'x-github-api-version': '2022-11-28',
        'user-agent': (v: string) => v.startsWith('slipway-actions'),
      },
    })
      .get('/repos/o/r/pulls/7')
      .reply(200, { number: 7 });
    const { data } = await client().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 7 });
    expect(data.number).toBe(7);
  });

  it('follows Link rel="next" through every page', async () => {
    nock(API)
      .get('/repos/o/r/issues/1/comments')
      .query({ per_page: '100' })
      .reply(200, [{ id: 1 }], {
        link: '<https://api.github.com/repositories/9/issues/1/comments?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/9/issues/1/comments?per_page=100&page=2>; rel="last"',
      });
    nock(API)
      .get('/repositories/9/issues/1/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ id: 2 }]);
    const comments = await client().paginate(client().rest.issues.listComments, { owner: 'o', repo: 'r', issue_number: 1, per_page: 100 });
    expect(comments.map((c) => c.id)).toEqual([1, 2]);
  });

  it('never sends the token to another host, whatever a Link header says', async () => {
    nock(API).get('/repos/o/r/issues/1/comments').query(true).reply(200, [], { link: '<https://evil.example/steal?page=2>; rel="next"' });
    const github = client();
    const iterable = github.paginate.iterator(github.rest.issues.listComments, { owner: 'o', repo: 'r', issue_number: 1 });
    const pages = iterable[Symbol.asyncIterator]();
    await expect(pages.next()).resolves.toMatchObject({ value: { data: [] } });
    await expect(pages.next()).rejects.toThrow('refusing to send the GitHub token to https://evil.example (API is https://api.github.com)');
  });

  it('keeps the /api/v3 prefix of GitHub Enterprise Server', async () => {
    nock('https://ghe.example.com').get('/api/v3/repos/o/r/pulls/7').reply(200, { number: 7 });
    const ghe = client({ apiUrl: 'https://ghe.example.com/api/v3' });
    await expect(ghe.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 7 })).resolves.toMatchObject({ data: { number: 7 } });
  });

  it('retries a 5xx and returns the answer that follows', async () => {
    nock(API).get('/repos/o/r/pulls/7').reply(502, serverError).get('/repos/o/r/pulls/7').reply(503, serverError);
    nock(API).get('/repos/o/r/pulls/7').reply(200, { number: 7 });
    await expect(client().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 7 })).resolves.toMatchObject({ data: { number: 7 } });
  });

  it('gives up after its retries with the last 5xx, as a GitHubApiError with its text', async () => {
    nock(API).get('/repos/o/r/pulls/7').times(3).reply(502, '<html>Bad gateway</html>');
    const error = await client({ retries: 2 })
      .rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 7 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 502, apiMessage: '<html>Bad gateway</html>', method: 'GET', path: '/repos/o/r/pulls/7' });
  });

  it('waits out a secondary rate limit for its retry-after, then succeeds', async () => {
    waits.length = 0;
    nock(API).post('/repos/o/r/issues/1/comments').reply(403, secondaryLimit, { 'retry-after': '60' });
    nock(API)
      .post('/repos/o/r/issues/1/comments', { body: 'report' })
      .reply(201, { id: 5, html_url: 'https://github.com/o/r/pull/1#issuecomment-5' });
    const { data } = await client().rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'report' });
    expect(data.id).toBe(5);
    expect(waits).toEqual([
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 60 s (retry 1 of 2)',
    ]);
  });

  it('fails with the rate limit message once its rate-limit retries are spent', async () => {
    nock(API).get('/repos/o/r/pulls/7').times(3).reply(403, secondaryLimit, { 'retry-after': '1' });
    await expect(client().rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 7 })).rejects.toThrow(
      `GitHub API GET /repos/o/r/pulls/7 answered 403: ${secondaryLimit.message}`,
    );
  });

  it('does not retry a 403 that is no rate limit (a read-only token)', async () => {
    nock(API)
      .post('/repos/o/r/issues/1/comments')
      .reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    await expect(client().rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })).rejects.toMatchObject({
      status: 403,
      apiMessage: 'Resource not accessible by integration',
    });
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
