// What monitor.yml does after the monitor action, per project: on retrain-needed, dispatch
// train-and-deploy (workflow_dispatch, the reason and the report's run linked) at most once per
// window; on warn, keep ONE issue per project up to date (created once, then edited, reopened
// when closed). The issue also holds when the last retrain was dispatched, which is how a later
// run of the same window knows not to dispatch again.
// Env: PROJECT, VERDICT, REASONS (the action's JSON array), REPORT_URL (the run holding the
// report), WINDOW_HOURS, DISPATCH_REF (branch to run train-and-deploy on), GITHUB_TOKEN,
// GITHUB_API_URL, GITHUB_REPOSITORY; NOW (RFC 3339, tests only). Dependency-free, so the job runs
// it with Node 24's type stripping without an npm install.
import { appendFileSync } from 'node:fs';

export class FollowUpInputError extends Error {}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FollowUpInputs {
  project: string;
  verdict: 'healthy' | 'warn' | 'retrain-needed' | 'insufficient-data';
  reasons: string[];
  reportUrl: string;
  windowHours: number;
  dispatchRef: string;
  now: number;
}

export interface GitHub {
  api: string;
  repository: string;
  token: string;
}

export interface Outcome {
  action: 'none' | 'dispatched' | 'already-dispatched' | 'issue-created' | 'issue-updated';
  issue?: number;
  message: string;
}

const VERDICTS = ['healthy', 'warn', 'retrain-needed', 'insufficient-data'];
const HOUR_MS = 3_600_000;

export function inputsFromEnv(env: Record<string, string | undefined>): FollowUpInputs {
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new FollowUpInputError(`${name}: required`);
    return value;
  };
  const project = need('PROJECT');
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(project)) throw new FollowUpInputError(`PROJECT: "${project}" is not a project name`);
  const verdict = need('VERDICT');
  if (!VERDICTS.includes(verdict)) throw new FollowUpInputError(`VERDICT: "${verdict}" is not one of ${VERDICTS.join(', ')}`);
  let reasons: unknown;
  try {
    reasons = JSON.parse(env.REASONS?.trim() || '[]') as unknown;
  } catch {
    throw new FollowUpInputError(`REASONS: "${env.REASONS ?? ''}" is not JSON; give the monitor action's reasons output`);
  }
  if (!Array.isArray(reasons) || !reasons.every((r) => typeof r === 'string'))
    throw new FollowUpInputError('REASONS: expected a JSON array of strings');
  const hours = Number(env.WINDOW_HOURS?.trim() || '24');
  if (!Number.isInteger(hours) || hours < 1)
    throw new FollowUpInputError(`WINDOW_HOURS: "${env.WINDOW_HOURS ?? ''}" is not a whole number of hours`);
  const now = env.NOW ? Date.parse(env.NOW) : Date.now();
  if (!Number.isFinite(now)) throw new FollowUpInputError(`NOW: "${env.NOW ?? ''}" is not a time`);
  return {
    project,
    verdict: verdict as FollowUpInputs['verdict'],
    reasons: reasons,
    reportUrl: need('REPORT_URL'),
    windowHours: hours,
    dispatchRef: env.DISPATCH_REF?.trim() || 'main',
    now,
  };
}

async function call(gh: GitHub, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${gh.api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${gh.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const need = path.includes('/actions/') ? 'actions: write' : 'issues: write';
    throw new FollowUpInputError(`${method} ${path}: HTTP ${response.status} — the job needs ${need}`);
  }
  return response.status === 204 ? null : response.json();
}

export const issueMarker = (project: string): string => `<!-- slipway-monitor:${project} -->`;
const RETRAIN_MARKER = /<!-- slipway-monitor-retrain:([0-9T:.Z-]+) -->/;

interface Issue {
  number: number;
  state: string;
  body: string;
}

/** The project's monitor issue (open or closed), found by the marker in its body. */
export async function findIssue(gh: GitHub, project: string): Promise<Issue | undefined> {
  const marker = issueMarker(project);
  for (let page = 1; page <= 10; page++) {
    const listed = await call(gh, 'GET', `/repos/${gh.repository}/issues?state=all&sort=created&direction=asc&per_page=100&page=${page}`);
    if (!Array.isArray(listed)) throw new FollowUpInputError(`GET /repos/${gh.repository}/issues: expected a JSON array`);
    for (const item of listed) {
      if (!isObject(item) || 'pull_request' in item || typeof item.number !== 'number') continue;
      const body = typeof item.body === 'string' ? item.body : '';
      if (body.includes(marker)) return { number: item.number, state: String(item.state), body };
    }
    if (listed.length < 100) return undefined;
  }
  return undefined;
}

/** When the last retrain was dispatched for this project (kept in its issue), if ever. */
export function lastRetrain(issue: Issue | undefined): number | undefined {
  const match = issue === undefined ? null : RETRAIN_MARKER.exec(issue.body);
  const time = match ? Date.parse(match[1] ?? '') : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
}

export function issueBody(inputs: FollowUpInputs, retrainAt: number | undefined, dispatched: boolean): string {
  const reasons = inputs.reasons.length === 0 ? '- (no reason given)' : inputs.reasons.map((r) => `- ${r}`).join('\n');
  const lines = [
    issueMarker(inputs.project),
    ...(retrainAt === undefined ? [] : [`<!-- slipway-monitor-retrain:${new Date(retrainAt).toISOString()} -->`]),
    `The monitor's latest verdict for **${inputs.project}** is **${inputs.verdict}** (${new Date(inputs.now).toISOString()}, window of ${inputs.windowHours} h).`,
    '',
    reasons,
    '',
    `Report: ${inputs.reportUrl}`,
  ];
  if (retrainAt !== undefined) {
    lines.push(
      '',
      `${dispatched ? 'A retrain was dispatched' : 'The last retrain was dispatched'} at ${new Date(retrainAt).toISOString()} (train-and-deploy).`,
    );
  }
  lines.push('', 'This issue is kept up to date by the monitor workflow (.github/workflows/monitor.yml): one issue per project.');
  return `${lines.join('\n')}\n`;
}

async function upsertIssue(
  gh: GitHub,
  inputs: FollowUpInputs,
  issue: Issue | undefined,
  body: string,
): Promise<{ number: number; created: boolean }> {
  const title = `Monitor: ${inputs.project} — ${inputs.verdict}`;
  if (issue === undefined) {
    const created = await call(gh, 'POST', `/repos/${gh.repository}/issues`, { title, body });
    if (!isObject(created) || typeof created.number !== 'number') throw new FollowUpInputError('POST issues: expected the created issue');
    return { number: created.number, created: true };
  }
  await call(gh, 'PATCH', `/repos/${gh.repository}/issues/${issue.number}`, { title, body, state: 'open' });
  return { number: issue.number, created: false };
}

/** The reason train-and-deploy shows in its run, release card and production record. */
export function dispatchReason(inputs: FollowUpInputs): string {
  const first = inputs.reasons[0] ?? 'retrain-needed';
  const more = inputs.reasons.length > 1 ? ` (+${inputs.reasons.length - 1} more)` : '';
  const text = `monitor: ${first}${more}; report ${inputs.reportUrl}`;
  return text.length > 1000 ? `${text.slice(0, 997)}...` : text;
}

export async function followUp(gh: GitHub, inputs: FollowUpInputs): Promise<Outcome> {
  if (inputs.verdict === 'healthy' || inputs.verdict === 'insufficient-data') {
    return { action: 'none', message: `${inputs.project}: ${inputs.verdict}; nothing to do` };
  }
  const issue = await findIssue(gh, inputs.project);
  if (inputs.verdict === 'warn') {
    const kept = await upsertIssue(gh, inputs, issue, issueBody(inputs, lastRetrain(issue), false));
    return {
      action: kept.created ? 'issue-created' : 'issue-updated',
      issue: kept.number,
      message: `${inputs.project}: warn; issue #${kept.number} ${kept.created ? 'created' : 'updated'}`,
    };
  }
  const last = lastRetrain(issue);
  if (last !== undefined && inputs.now - last < inputs.windowHours * HOUR_MS) {
    const kept = await upsertIssue(gh, inputs, issue, issueBody(inputs, last, false));
    return {
      action: 'already-dispatched',
      issue: kept.number,
      message: `${inputs.project}: retrain-needed, but a retrain was already dispatched at ${new Date(last).toISOString()}, within this ${inputs.windowHours} h window`,
    };
  }
  await call(gh, 'POST', `/repos/${gh.repository}/actions/workflows/train-and-deploy.yml/dispatches`, {
    ref: inputs.dispatchRef,
    inputs: { project: inputs.project, reason: dispatchReason(inputs) },
  });
  const kept = await upsertIssue(gh, inputs, issue, issueBody(inputs, inputs.now, true));
  return {
    action: 'dispatched',
    issue: kept.number,
    message: `${inputs.project}: retrain-needed; train-and-deploy dispatched on ${inputs.dispatchRef}, issue #${kept.number}`,
  };
}

async function main(): Promise<void> {
  try {
    const inputs = inputsFromEnv(process.env);
    const { GITHUB_TOKEN: token, GITHUB_API_URL: api, GITHUB_REPOSITORY: repository } = process.env;
    if (!token || !api || !repository) throw new FollowUpInputError('GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY are required');
    const outcome = await followUp({ api, repository, token }, inputs);
    process.stdout.write(`${outcome.message}\n`);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Follow-up\n\n${outcome.message}\n`);
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `action=${outcome.action}\n`);
  } catch (error) {
    process.stderr.write(`monitor-follow-up: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
