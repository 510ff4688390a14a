// The pull request a report belongs to: the input, else the event that started the run.
import { readFileSync } from 'node:fs';

export function parsePullRequestNumber(raw: string, source: string): number {
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${source}: "${raw}" is not a pull request number`);
  }
  return value;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null ? (v as Json) : undefined);

/** The event payload (GITHUB_EVENT_PATH), or an empty object when there is none. */
export function readEvent(eventPath: string | undefined): Json {
  if (!eventPath) return {};
  try {
    return asObject(JSON.parse(readFileSync(eventPath, 'utf8'))) ?? {};
  } catch {
    return {};
  }
}

/** pull_request.number of a pull_request / pull_request_target event. */
export function pullRequestFromEvent(event: Json): number | undefined {
  const number = asObject(event.pull_request)?.number;
  return typeof number === 'number' ? number : undefined;
}

/** workflow_run.head_sha of a workflow_run event: the commit the untrusted run built. */
export function headShaFromEvent(event: Json): string | undefined {
  const sha = asObject(event.workflow_run)?.head_sha;
  return typeof sha === 'string' ? sha : undefined;
}
