// Checks every workflow step that uses a local action (`uses: ./actions/<name>`) against that
// action's action.yml: each `with:` key is a declared input, every required input without a
// default is given, and every `steps.<id>.outputs.<name>` a job reads names an output that
// step's action declares. actionlint cannot know a local action's outputs; this can. Also: a
// job calling a local reusable workflow (`uses: ./.github/workflows/<file>`) gives only inputs
// its `on.workflow_call` declares and every required one, and every repository file a `run:`
// step executes (`bash scripts/…`, `node runner/src/….ts`) exists.
// CLI: tsx runner/src/workflow-wiring-check.ts <workflow.yml>...
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

interface ActionMetadata {
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
  outputs: Set<string>;
}

interface WorkflowStep {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface WorkflowJob {
  uses?: string;
  with?: Record<string, unknown>;
  steps?: WorkflowStep[];
}

/** `bash <file>` or `node <file>` at the start of a run: line, naming a file of the repository. */
const RUN_FILE = /^\s*(?:bash|node|python3?|\S*\/python)\s+((?:scripts|runner|ml|actions)\/[\w./-]+)/gm;

const STEP_OUTPUT = /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;

function readActionMetadata(file: string): ActionMetadata {
  const doc = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as {
    inputs?: Record<string, { required?: boolean; default?: unknown } | null>;
    outputs?: Record<string, unknown>;
  };
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    inputs.set(name, { required: spec?.required === true, hasDefault: spec?.default !== undefined });
  }
  return { inputs, outputs: new Set(Object.keys(doc.outputs ?? {})) };
}

/** `./actions/x` → `<root>/actions/x/action.yml`, or undefined when the step uses a remote action. */
function localActionFile(root: string, uses: string | undefined): string | undefined {
  if (!uses?.startsWith('./')) return undefined;
  const dir = resolve(root, uses);
  return ['action.yml', 'action.yaml'].map((name) => join(dir, name)).find((file) => existsSync(file)) ?? join(dir, 'action.yml');
}

function checkStepInputs(where: string, step: WorkflowStep, action: ActionMetadata): string[] {
  const problems: string[] = [];
  const given = Object.keys(step.with ?? {});
  for (const key of given) {
    if (!action.inputs.has(key)) {
      problems.push(`${where}: with.${key} is not an input of ${step.uses} — declared: ${[...action.inputs.keys()].join(', ') || 'none'}`);
    }
  }
  for (const [name, spec] of action.inputs) {
    if (spec.required && !spec.hasDefault && !given.includes(name))
      problems.push(`${where}: required input ${name} of ${step.uses} is not given`);
  }
  return problems;
}

function checkOutputReferences(where: string, job: { steps?: WorkflowStep[] }, actions: Map<string, ActionMetadata>): string[] {
  const problems: string[] = [];
  const text = JSON.stringify(job);
  for (const match of text.matchAll(STEP_OUTPUT)) {
    const [, stepId = '', output = ''] = match;
    const action = actions.get(stepId);
    if (action === undefined) continue; // a run: step or a remote action: outputs unknown here
    if (!action.outputs.has(output)) {
      problems.push(
        `${where}: steps.${stepId}.outputs.${output} is not an output of that step's action — declared: ${[...action.outputs].join(', ')}`,
      );
    }
  }
  return [...new Set(problems)];
}

/** A local reusable workflow's `on.workflow_call.inputs`, in the shape of an action's inputs. */
function readCalledWorkflow(file: string): ActionMetadata {
  const doc = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as {
    on?: {
      workflow_call?: {
        inputs?: Record<string, { required?: boolean; default?: unknown } | null>;
        outputs?: Record<string, unknown>;
      } | null;
    };
  };
  const call = doc.on?.workflow_call;
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const [name, spec] of Object.entries(call?.inputs ?? {})) {
    inputs.set(name, { required: spec?.required === true, hasDefault: spec?.default !== undefined });
  }
  return { inputs, outputs: new Set(Object.keys(call?.outputs ?? {})) };
}

function checkCalledWorkflow(file: string, root: string, jobId: string, job: WorkflowJob): string[] {
  if (!job.uses?.startsWith('./')) return [];
  const where = `${file}: jobs.${jobId}`;
  const called = resolve(root, job.uses);
  if (!existsSync(called)) return [`${where}: ${job.uses} does not exist`];
  const doc = readCalledWorkflow(called);
  return checkStepInputs(where, { uses: job.uses, with: job.with ?? {} }, doc);
}

function checkRunFiles(where: string, root: string, step: WorkflowStep): string[] {
  const problems: string[] = [];
  for (const match of (step.run ?? '').matchAll(RUN_FILE)) {
    const path = match[1] ?? '';
    if (!existsSync(join(root, path))) problems.push(`${where}: run: executes ${path}, which does not exist`);
  }
  return problems;
}

/** Problems in one workflow file, each naming the workflow, job and step. */
export function checkWorkflowWiring(file: string, root: string): string[] {
  const doc = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as { jobs?: Record<string, WorkflowJob> };
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    problems.push(...checkCalledWorkflow(file, root, jobId, job));
    const actions = new Map<string, ActionMetadata>();
    (job.steps ?? []).forEach((step, index) => {
      const where = `${file}: jobs.${jobId}.steps[${index}]${step.id ? ` (${step.id})` : ''}`;
      problems.push(...checkRunFiles(where, root, step));
      const actionFile = localActionFile(root, step.uses);
      if (actionFile === undefined) return;
      if (!existsSync(actionFile)) {
        problems.push(`${where}: ${step.uses} has no action.yml`);
        return;
      }
      const action = readActionMetadata(actionFile);
      if (step.id) actions.set(step.id, action);
      problems.push(...checkStepInputs(where, step, action));
    });
    problems.push(...checkOutputReferences(`${file}: jobs.${jobId}`, job, actions));
  }
  return problems;
}

function main(files: string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const problems = files.flatMap((file) => checkWorkflowWiring(file, root));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(`${files.length} workflow files checked, ${problems.length} wiring problems\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
