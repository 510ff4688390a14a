// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that names the input and the fix; helpers never read inputs themselves.
import * as core from '@actions/core';
import { join } from 'node:path';
import { parseArtifactName, resolveInWorkspace, runnerContext, type RunnerContext } from '@slipway/shared';
import { githubEnvironment, parseRepository, type GitHubEnvironment, type Repository } from '@slipway/shared';
import { headShaFromEvent, parsePullRequestNumber, pullRequestFromEvent, readEvent } from './pull-request.js';
import { parseStepOutcomes, type StepOutcome } from './step-outcomes.js';
import { parseVerdicts, type GateVerdict } from './verdicts.js';

export type Mode = 'comment' | 'file' | 'post-file';

export interface ReportInputs {
  mode: Mode;
  project: string;
  validationReportFile?: string;
  metricsFile?: string;
  baselineMetricsFile?: string;
  targetMetricsFile?: string;
  verdicts: GateVerdict[];
  outcomes: StepOutcome[];
  modelVersion?: string;
  runUrl?: string;
  artifactUrl?: string;
  /** Written in file mode, read in post-file mode. */
  reportFile: string;
  /** file mode: upload reportFile as a workflow artifact of this name. */
  uploadArtifact?: string;
}

export interface GitHubTarget {
  token: string;
  apiUrl: string;
  repository: Repository;
  pullRequest?: number;
  author?: string;
  expectedHeadSha?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function parseMode(raw: string): Mode {
  const mode = raw.trim() || 'comment';
  if (mode !== 'comment' && mode !== 'file' && mode !== 'post-file')
    throw new Error(`input mode: "${raw}" is not comment, file or post-file`);
  return mode;
}

export function parseProjectName(raw: string): string {
  const name = raw.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name)) {
    throw new Error(`input project: "${raw}" is not a project name (letters, digits, ".", "_", "-")`);
  }
  return name;
}

function pathInput(name: string, workspace: string): string | undefined {
  const value = optional(name);
  return value === undefined ? undefined : resolveInWorkspace(value, workspace);
}

export function readInputs(context: RunnerContext = runnerContext(), github: GitHubEnvironment = githubEnvironment()): ReportInputs {
  // Masked whatever the mode, even file mode that never uses it.
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  const mode = parseMode(core.getInput('mode'));
  const project = parseProjectName(core.getInput('project', { required: true }));
  const reportFile = pathInput('report-file', context.workspace);
  if (mode === 'post-file' && reportFile === undefined) throw new Error('input report-file: required when mode is post-file');
  const uploadArtifact = optional('upload-artifact');
  if (uploadArtifact !== undefined && mode !== 'file') throw new Error(`input upload-artifact: only in file mode, not ${mode}`);
  return {
    mode,
    project,
    validationReportFile: pathInput('validation-report-file', context.workspace),
    metricsFile: pathInput('metrics-file', context.workspace),
    baselineMetricsFile: pathInput('baseline-metrics-file', context.workspace),
    targetMetricsFile: pathInput('target-metrics-file', context.workspace),
    verdicts: parseVerdicts(core.getInput('verdicts')),
    outcomes: parseStepOutcomes(core.getInput('step-outcomes')),
    modelVersion: optional('model-version'),
    runUrl: optional('run-url') ?? github.runUrl,
    artifactUrl: optional('artifact-url'),
    reportFile: reportFile ?? join(context.runnerTemp, 'slipway-pr-report', `${project}.json`),
    ...(uploadArtifact === undefined ? {} : { uploadArtifact: parseArtifactName(uploadArtifact, 'upload-artifact') }),
  };
}

/** What posting needs; read only in the modes that post, so file mode needs no token. */
export function readGitHubTarget(mode: Mode, github: GitHubEnvironment = githubEnvironment()): GitHubTarget {
  const token = core.getInput('github-token');
  // Already masked by readInputs.
  if (token === '') throw new Error(`input github-token: required when mode is ${mode}; give it \${{ github.token }}`);
  const repositoryInput = optional('repository');
  const repository = repositoryInput === undefined ? github.repository : parseRepository(repositoryInput, 'input repository');
  if (repository === undefined) throw new Error('input repository: required when GITHUB_REPOSITORY is not set');
  const event = readEvent(github.eventPath);
  const prInput = optional('pull-request');
  const pullRequest = prInput === undefined ? pullRequestFromEvent(event) : parsePullRequestNumber(prInput, 'input pull-request');
  const author = optional('comment-author');
  const expectedHeadSha = optional('expected-head-sha') ?? headShaFromEvent(event);
  return { token, apiUrl: github.apiUrl, repository, pullRequest, author, expectedHeadSha };
}

/** The pull request number for file mode: the input, else the event's. */
export function pullRequestForFile(github: GitHubEnvironment = githubEnvironment()): number {
  const prInput = optional('pull-request');
  if (prInput !== undefined) return parsePullRequestNumber(prInput, 'input pull-request');
  const fromEvent = pullRequestFromEvent(readEvent(github.eventPath));
  if (fromEvent === undefined) throw new Error('input pull-request: required when the event is not a pull_request');
  return fromEvent;
}
