// Which model projects a train-and-deploy run retrains and deploys (and a model pull request
// checks): the projects its changes touch, never a fixed default. A manual run names its
// project; a data-arrived event names its project; a push or pull request touches
//   - project p when ml/projects/p.yaml changed,
//   - every project whose spec reads dataset d when anything under data/d/ changed,
//   - every project when shared code changed (the trainer, the actions, the locks, the
//     pipeline itself), or when the base commit is unknown (a new branch, a force push).
// Files that cannot change a model (tests, benches, docs) touch nothing. Separately, `ui` says
// whether the push touches the UI image (ui/, the npm manifests), which deploys on its own.
// Dependency-free on purpose: the workflow runs it with Node 24's type stripping before any
// npm install (`node runner/src/affected-projects.ts`); tests import it through ts-jest.
// CLI environment: EVENT_NAME, INPUT_PROJECT (workflow_dispatch / repository_dispatch),
// BASE_SHA, HEAD_SHA (push, pull_request). Writes `projects=<JSON array>`, `ui=true|false`
// and `summary=<text>` to $GITHUB_OUTPUT (stdout without it); exits 1 with a message naming
// the problem otherwise.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_NAME = /^[a-z][a-z0-9-]{0,30}$/;

/** Shared code: a change here can change every project's model, image or pipeline. */
const SHARED = [
  /^ml\/slipway_ml\//,
  /^ml\/requirements[^/]*$/,
  /^ml\/pyproject\.toml$/,
  /^ml\/scripts\//,
  /^ml\/Dockerfile$/,
  /^ml\/\.dockerignore$/,
  /^actions\//,
  /^schemas\//,
  /^scripts\/workflow\//,
  /^runner\/src\/affected-projects\.ts$/,
  /^\.github\/workflows\/train-and-deploy(-project)?\.yml$/,
];

export interface Decision {
  projects: string[];
  /** One line per project: why it is in the run. */
  reasons: string[];
  /** Whether the UI image must be rebuilt and deployed. */
  ui: boolean;
}

const UI = [/^ui\//, /^package(-lock)?\.json$/];

export class PlanError extends Error {}

/** project name → dataset name, read from ml/projects/<name>.yaml's top-level `dataset:`. */
export function readProjects(root: string): Map<string, string> {
  const dir = join(root, 'ml', 'projects');
  const projects = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yaml')) continue;
    const name = file.slice(0, -'.yaml'.length);
    const where = `ml/projects/${file}`;
    if (!PROJECT_NAME.test(name))
      throw new PlanError(`${where}: "${name}" is not a project name — rename the file to match ${PROJECT_NAME.source}`);
    const dataset = /^dataset:[ \t]*["']?([A-Za-z0-9_.-]+)["']?[ \t]*(#.*)?$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    if (dataset === undefined) {
      throw new PlanError(`${where}: no top-level "dataset: <name>" line — name the dataset folder under data/ the project trains on`);
    }
    projects.set(name, dataset);
  }
  if (projects.size === 0) throw new PlanError(`${dir}: no model project (*.yaml) — add ml/projects/<name>.yaml`);
  return projects;
}

function all(projects: Map<string, string>, why: string, ui: boolean): Decision {
  const names = [...projects.keys()];
  return { projects: names, reasons: names.map((name) => `${name}: ${why}`), ui };
}

/** The projects a push's changed files touch. */
export function projectsForChanges(changedFiles: string[], projects: Map<string, string>): Decision {
  const ui = changedFiles.some((file) => UI.some((pattern) => pattern.test(file)));
  const shared = changedFiles.find((file) => SHARED.some((pattern) => pattern.test(file)));
  if (shared !== undefined) return all(projects, `shared code changed (${shared})`, ui);
  const why = new Map<string, string>();
  for (const file of changedFiles) {
    const spec = /^ml\/projects\/([^/]+)\.yaml$/.exec(file)?.[1];
    if (spec !== undefined && projects.has(spec) && !why.has(spec)) why.set(spec, `its spec changed (${file})`);
    const dataset = /^data\/([^/]+)\//.exec(file)?.[1];
    if (dataset === undefined) continue;
    for (const [name, uses] of projects) {
      if (uses === dataset && !why.has(name)) why.set(name, `its dataset ${dataset} changed (${file})`);
    }
  }
  const names = [...projects.keys()].filter((name) => why.has(name));
  return { projects: names, reasons: names.map((name) => `${name}: ${why.get(name) ?? ''}`), ui };
}

/** A project named by a manual run or a data-arrived event: it must exist. */
export function namedProject(name: string, projects: Map<string, string>, source: string): Decision {
  if (!projects.has(name)) {
    throw new PlanError(
      `${source}: project "${name}" is not one of ${[...projects.keys()].join(', ')} — name a file ml/projects/<name>.yaml`,
    );
  }
  return { projects: [name], reasons: [`${name}: named by ${source}`], ui: false };
}

function changedFiles(root: string, base: string, head: string): string[] | undefined {
  if (!base || /^0+$/.test(base)) return undefined;
  try {
    execFileSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: root, stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const out = execFileSync('git', ['diff', '--name-only', base, head || 'HEAD'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter((line) => line !== '');
}

export interface PlanInput {
  root: string;
  eventName: string;
  inputProject?: string;
  baseSha?: string;
  headSha?: string;
}

export function plan(input: PlanInput): Decision {
  const projects = readProjects(input.root);
  if (input.eventName === 'workflow_dispatch' || input.eventName === 'repository_dispatch') {
    const source = input.eventName === 'workflow_dispatch' ? 'the workflow_dispatch input project' : 'the data-arrived payload project';
    return namedProject(input.inputProject ?? '', projects, source);
  }
  // model-pr-comment: the fork's pull request run may have checked any project.
  if (input.eventName === 'workflow_run') return all(projects, 'a pull request run may have checked it', false);
  if (input.eventName !== 'push' && input.eventName !== 'pull_request') {
    throw new PlanError(
      `event "${input.eventName}" is not handled — use push, pull_request, workflow_dispatch, repository_dispatch or workflow_run`,
    );
  }
  const files = changedFiles(input.root, input.baseSha ?? '', input.headSha ?? '');
  if (files === undefined) return all(projects, `base commit "${input.baseSha ?? ''}" is unknown (new branch or force push)`, true);
  return projectsForChanges(files, projects);
}

function main(): void {
  const env = process.env;
  try {
    const decision = plan({
      root: process.cwd(),
      eventName: env.EVENT_NAME ?? '',
      inputProject: env.INPUT_PROJECT,
      baseSha: env.BASE_SHA,
      headSha: env.HEAD_SHA,
    });
    const summary = decision.projects.length === 0 ? 'no project is touched by this change' : decision.reasons.join('; ');
    const lines = `projects=${JSON.stringify(decision.projects)}\nui=${String(decision.ui)}\nsummary=${summary}\n`;
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, lines);
    else process.stdout.write(lines);
    process.stderr.write(`affected-projects: ${summary}\n`);
  } catch (error) {
    process.stderr.write(`affected-projects: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
