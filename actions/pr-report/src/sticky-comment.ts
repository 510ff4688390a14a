// One comment per project on a pull request: found by its hidden marker among the comments
// written by the bot (or the given author), updated in place, created when there is none.
import type { Repository } from '@slipway/shared';
import type { GitHubClient } from '@slipway/shared/github';

/** The fields of GitHub's issue comment object this action reads. */
export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type: string } | null;
}

export interface StickyTarget {
  client: GitHubClient;
  repository: Repository;
  pullRequest: number;
  marker: string;
  /** Only this login's comments are updated; any bot's (type "Bot") when undefined. */
  author?: string;
}

export interface PostedComment {
  id: number;
  url: string;
  action: 'created' | 'updated';
}

function writtenByUs(comment: IssueComment, author: string | undefined): boolean {
  if (!comment.user) return false;
  return author === undefined ? comment.user.type === 'Bot' : comment.user.login === author;
}

/** Walks every page (per_page=100, Link rel="next"): the marker may be past the first 30 or 100. */
export async function findStickyComment(target: StickyTarget): Promise<IssueComment | undefined> {
  const { owner, repo } = target.repository;
  const query = { owner, repo, issue_number: target.pullRequest, per_page: 100 };
  for await (const { data } of target.client.paginate.iterator(target.client.rest.issues.listComments, query)) {
    const found = (data as IssueComment[]).find((c) => writtenByUs(c, target.author) && (c.body ?? '').includes(target.marker));
    if (found) return found;
  }
  return undefined;
}

export async function upsertStickyComment(target: StickyTarget, body: string): Promise<PostedComment> {
  const { owner, repo } = target.repository;
  const existing = await findStickyComment(target);
  if (existing) {
    const updated = await target.client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { id: updated.data.id, url: updated.data.html_url, action: 'updated' };
  }
  const created = await target.client.rest.issues.createComment({ owner, repo, issue_number: target.pullRequest, body });
  return { id: created.data.id, url: created.data.html_url, action: 'created' };
}
