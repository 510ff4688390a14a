// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that names the input, quotes the value and says the fix; helpers never read inputs.
import * as core from '@actions/core';
import { join } from 'node:path';
import { resolveInWorkspace, runnerContext } from '@slipway/shared';
import type { Window } from './read-window.js';

export interface MonitorInputs {
  project: string;
  /** A folder or s3://bucket/prefix: the records root. */
  records: string;
  /** The production bundle: folder, .tar.gz or s3://. */
  bundle: string;
  /** validate-data's profile of the training data; undefined: the bundle's training_profile.json, if any. */
  profileFile?: string;
  window: Window;
  reportFile: string;
  workspace: string;
  /** Read every file on the main thread (tests compare it with the two-thread read). */
  oneThread?: boolean;
}

const HOUR_MS = 3_600_000;
const PROJECT = /^[a-z][a-z0-9-]{0,30}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export function parseProject(raw: string): string {
  const name = raw.trim();
  if (!PROJECT.test(name))
    throw new Error(
      `input project: "${raw}" is not a project name (a-z, 0-9, "-", starting with a letter); give the name, not a spec path`,
    );
  return name;
}

export function parseLocation(name: string, raw: string, workspace: string): string {
  const value = raw.trim();
  if (value === '') throw new Error(`input ${name}: required; give a folder or an s3://bucket/prefix URI`);
  return value.startsWith('s3://') ? value : resolveInWorkspace(value, workspace);
}

export function parseTime(name: string, raw: string): number {
  const value = raw.trim();
  const time = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time)) throw new Error(`input ${name}: "${raw}" is not an RFC 3339 time; write it as 2026-12-06T00:00:00Z`);
  return time;
}

export function parseWindowHours(raw: string): number {
  const value = raw.trim() === '' ? '24' : raw.trim();
  const hours = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 366) {
    throw new Error(`input window-hours: "${raw}" is not a whole number of hours from 1 to ${24 * 366}`);
  }
  return hours;
}

/** window-start and window-end together, else the window-hours up to now. */
export function parseWindow(raw: { hours: string; start: string; end: string }, now: number): Window {
  const hasStart = raw.start.trim() !== '';
  const hasEnd = raw.end.trim() !== '';
  if (hasStart !== hasEnd)
    throw new Error(
      `input ${hasStart ? 'window-end' : 'window-start'}: required with ${hasStart ? 'window-start' : 'window-end'}; give both, or neither and window-hours`,
    );
  if (!hasStart) return { start: now - parseWindowHours(raw.hours) * HOUR_MS, end: now };
  const start = parseTime('window-start', raw.start);
  const end = parseTime('window-end', raw.end);
  if (end <= start) throw new Error(`input window-end: "${raw.end}" is not after window-start "${raw.start}"`);
  return { start, end };
}

export function readInputs(now = Date.now()): MonitorInputs {
  const { workspace, runnerTemp } = runnerContext();
  const project = parseProject(core.getInput('project', { required: true }));
  const profile = core.getInput('profile-file').trim();
  const report = core.getInput('report-file').trim();
  return {
    project,
    records: parseLocation('records', core.getInput('records', { required: true }), workspace),
    bundle: parseLocation('bundle', core.getInput('bundle', { required: true }), workspace),
    ...(profile === '' ? {} : { profileFile: parseLocation('profile-file', profile, workspace) }),
    window: parseWindow(
      { hours: core.getInput('window-hours'), start: core.getInput('window-start'), end: core.getInput('window-end') },
      now,
    ),
    reportFile: report === '' ? join(runnerTemp, `monitor-report-${project}.json`) : resolveInWorkspace(report, workspace),
    workspace,
  };
}
