// action.yml read for the tests: the parsed document with the shapes the tests use, and the raw
// text (YAML parsing drops the version comments on `uses:` lines).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionDir } from './script-runner.js';

export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}

export interface ActionFile {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

export const actionFile = join(actionDir, 'action.yml');
export const actionText = readFileSync(actionFile, 'utf8');
export const action = parse(actionText) as ActionFile;

/** Every `${{ ... }}` expression body in a string. */
export function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1]!);
}

/** The script a run step calls: `bash "${GITHUB_ACTION_PATH}/scripts/<name>.sh"`. */
export function scriptOf(step: Step): string | undefined {
  return /^bash "\$\{GITHUB_ACTION_PATH\}\/scripts\/([a-z-]+\.sh)"$/.exec(step.run?.trim() ?? '')?.[1];
}

/** The step outputs a script writes (`write_output <name> ...`). */
export function outputsWrittenBy(script: string): string[] {
  const text = readFileSync(join(actionDir, 'scripts', script), 'utf8');
  return [...text.matchAll(/^\s*write_output ([a-z-]+) /gm)].map((m) => m[1]!);
}

/** The variables a script's header says it reads (`# Environment: A B ...` and its continuation). */
export function environmentOf(script: string): string[] {
  const text = readFileSync(join(actionDir, 'scripts', script), 'utf8');
  const header = /^# Environment: ((?:.*\n)(?:# {3}.*\n)*)/m.exec(text)?.[1] ?? '';
  return header
    .replace(/Outputs?:.*$/s, '')
    .replace(/#/g, ' ')
    .replace(/\(optional\)/g, ' ')
    .split(/[\s.]+/)
    .filter((word) => /^[A-Z][A-Z_]+$/.test(word));
}
