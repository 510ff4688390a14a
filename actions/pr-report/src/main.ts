// The action's one edge: parse inputs, render the report, then post it, write it for a
// follow-up, or post a follow-up's file; any error becomes setFailed. A 403 (a fork's
// read-only token) is a warning: the job summary still holds the report.
import * as core from '@actions/core';
import { createGitHubClient, GitHubApiError, type GitHubClient } from '@slipway/shared/github';
import { collectReportData } from './collect.js';
import { pullRequestForFile, readGitHubTarget, readInputs, type GitHubTarget, type ReportInputs } from './inputs.js';
import { readReportFile, writeReportFile } from './report-file.js';
import { markerFor, renderReport } from './render.js';
import { upsertStickyComment } from './sticky-comment.js';

export function forbiddenWarning(error: GitHubApiError, pullRequest: number): string {
  return (
    `could not comment on pull request #${pullRequest}: GitHub answered 403 "${error.apiMessage}". ` +
    'A pull request from a fork gets a read-only token, so the report is in this job summary; ' +
    'to post it, run pr-report with mode: file here and mode: post-file in a workflow_run workflow (see the action README)'
  );
}

function clientFor(target: GitHubTarget): GitHubClient {
  return createGitHubClient({
    token: target.token,
    apiUrl: target.apiUrl,
    onWait: (message) => {
      core.warning(message);
    },
  });
}

async function post(target: GitHubTarget, project: string, body: string): Promise<void> {
  const pullRequest = target.pullRequest;
  if (pullRequest === undefined) {
    // workflow_dispatch or push: nothing to comment on; the job summary has the report.
    core.setOutput('posted', 'false');
    core.notice(
      `no pull request to comment on (the event is not a pull_request and pull-request is not set): the ${project} report is in the job summary`,
    );
    return;
  }
  const client = clientFor(target);
  try {
    const posted = await upsertStickyComment(
      { client, repository: target.repository, pullRequest, marker: markerFor(project), author: target.author },
      body,
    );
    core.setOutput('posted', 'true');
    core.setOutput('comment-id', String(posted.id));
    core.setOutput('comment-url', posted.url);
    core.info(`${posted.action} the report comment on pull request #${pullRequest}: ${posted.url}`);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 403) throw error;
    core.setOutput('posted', 'false');
    core.warning(forbiddenWarning(error, pullRequest));
  }
}

/**
 * The file names a pull request; it is posted only if that pull request's head is the commit the
 * run built. Otherwise (a newer push — its own run will report — or a file naming another pull
 * request) nothing is posted and a warning says why.
 */
async function headMatches(target: GitHubTarget, pullRequest: number): Promise<boolean> {
  if (target.expectedHeadSha === undefined) {
    throw new Error(
      'input expected-head-sha: required in post-file mode outside a workflow_run event (the commit the pull request run built)',
    );
  }
  const { owner, repo } = target.repository;
  const pr = await clientFor(target).rest.pulls.get({ owner, repo, pull_number: pullRequest });
  if (pr.data.head.sha === target.expectedHeadSha) return true;
  core.setOutput('posted', 'false');
  core.warning(
    `not posting: the report file names pull request #${pullRequest}, whose head is ${pr.data.head.sha}, not ${target.expectedHeadSha} that the run built ` +
      '(a newer push reports in its own run)',
  );
  return false;
}

async function postFromFile(inputs: ReportInputs): Promise<void> {
  const report = readReportFile(inputs.reportFile, inputs.project);
  const target = readGitHubTarget(inputs.mode);
  if (!(await headMatches(target, report.pull_request))) return;
  await post({ ...target, pullRequest: report.pull_request }, inputs.project, report.body);
  await core.summary.addRaw(`Posted the ${inputs.project} report file to pull request #${report.pull_request}.\n`).write();
}

/** The fork flow's hand-over: the workflow_run workflow downloads this artifact by name. */
async function uploadReport(file: string, name: string): Promise<void> {
  const { uploadFileArtifact } = await import('@slipway/shared/artifact');
  const artifact = await uploadFileArtifact({ name, file });
  core.setOutput('artifact-id', String(artifact.id));
  if (artifact.url !== undefined) core.setOutput('artifact-url', artifact.url);
  core.info(`uploaded the report file as the artifact ${name} (id ${artifact.id})`);
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    if (inputs.mode === 'post-file') {
      await postFromFile(inputs);
      return;
    }
    const body = renderReport(collectReportData(inputs));
    core.setOutput('report', body);
    await core.summary.addRaw(body).write();
    if (inputs.mode === 'file') {
      writeReportFile(inputs.reportFile, { project: inputs.project, pull_request: pullRequestForFile(), body });
      core.setOutput('report-file', inputs.reportFile);
      core.info(`wrote the report for pull request ${inputs.reportFile}`);
      if (inputs.uploadArtifact !== undefined) await uploadReport(inputs.reportFile, inputs.uploadArtifact);
      return;
    }
    await post(readGitHubTarget(inputs.mode), inputs.project, body);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
