// The sticky comment against api.github.com intercepted by nock, answering with recorded
// issue-comment bodies (test/fixtures/github).
import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { useRecordedGitHub } from '../../test-support/nock-isolation.js';
import { createGitHubClient, GitHubApiError } from '@slipway/shared/github';
import { fastClientOptions } from '../../test-support/github-client.js';
import { readFixture } from '../../test-support/github-fixture-server.js';
import { markerFor } from '../src/render.js';
import { findStickyComment, upsertStickyComment, type IssueComment, type StickyTarget } from '../src/sticky-comment.js';
import { githubFixture } from './paths.js';

const API = 'https://api.github.com';
const comments = '/repos/slipway-demo/slipway/issues/42/comments';
const page2 = '<https://api.github.com/repositories/875316052/issues/42/comments?per_page=100&page=2>';
const target: StickyTarget = {
  client: createGitHubClient({ token: 'ghs_fixtureToken', apiUrl: API, ...fastClientOptions() }),
  repository: { owner: 'slipway-demo', repo: 'slipway' },
  pullRequest: 42,
  marker: markerFor('house-prices'),
};
const body = `${markerFor('house-prices')}\n\n## ✅ Slipway · house-prices: passed\n`;

/** A first page of 100 comments: the recorded human comment, repeated with its own ids and texts. */
function firstPage(): IssueComment[] {
  const template = readFixture<IssueComment & { url: string }>(githubFixture('comment-human.json'));
  return Array.from({ length: 100 }, (_, i) => ({
    ...template,
    id: template.id - 1000 + i,
    html_url: template.html_url.replace(String(template.id), String(template.id - 1000 + i)),
    body: i === 57 ? `Is ${markerFor('house-prices')} the marker the bot looks for?` : `review note ${i + 1}`,
  }));
}

useRecordedGitHub();

describe('the sticky report comment', () => {
  it('creates the comment when no bot comment carries the marker', async () => {
    nock(API)
      .get(comments)
      .query({ per_page: '100' })
      .reply(200, readFixture(githubFixture('comments-without-report.json')));
    const created = nock(API)
      .post(comments, { body })
      .reply(201, readFixture(githubFixture('comment-created.json')));
    const posted = await upsertStickyComment(target, body);
    expect(created.isDone()).toBe(true);
    expect(posted).toEqual({
      id: 3574410876,
      url: 'https://github.com/slipway-demo/slipway/pull/42#issuecomment-3574410876',
      action: 'created',
    });
  });

  it("updates the bot's comment found on page 2, past 100 comments and a human quoting the marker", async () => {
    nock(API)
      .get(comments)
      .query({ per_page: '100' })
      .reply(200, firstPage(), { link: `${page2}; rel="next", ${page2}; rel="last"` });
    nock(API)
      .get('/repositories/875316052/issues/42/comments')
      .query({ per_page: '100', page: '2' })
      .reply(200, readFixture(githubFixture('comments-page-2.json')));
    const updated = nock(API)
      .patch('/repos/slipway-demo/slipway/issues/comments/3571288440', { body })
      .reply(200, readFixture(githubFixture('comment-updated.json')));
    const posted = await upsertStickyComment(target, body);
    expect(updated.isDone()).toBe(true);
    expect(posted).toEqual({
      id: 3571288440,
      url: 'https://github.com/slipway-demo/slipway/pull/42#issuecomment-3571288440',
      action: 'updated',
    });
  });

  it("with comment-author set, takes only that login's comment", async () => {
    nock(API)
      .get(comments)
      .query({ per_page: '100' })
      .reply(200, readFixture(githubFixture('comments-page-2.json')));
    const found = await findStickyComment({ ...target, author: 'octocat' });
    expect(found?.id).toBe(3571301187);
  });

  it("passes GitHub's 403 on a fork's read-only token as a GitHubApiError", async () => {
    nock(API)
      .get(comments)
      .query({ per_page: '100' })
      .reply(200, readFixture(githubFixture('comments-without-report.json')));
    nock(API)
      .post(comments)
      .reply(403, readFixture(githubFixture('forbidden.json')));
    const error = await upsertStickyComment(target, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, apiMessage: 'Resource not accessible by integration' });
  });
});
