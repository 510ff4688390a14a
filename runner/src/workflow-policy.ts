// Policies the workflows must keep, each one a defect issue 14 found in them: no fixed default
// project; deploy concurrency per project; one production approval per deploy; job timeouts
// over the deploy waits plus a rollback; a report (and rollback) when a deploy job is killed;
// a role session name naming the run; a release card before production; drift against the
// live model's profile; the model PR's deltas after a failed gate; model-pr-comment's
// permissions and concurrency; npm and pip caches; the runtime lock; actions on Node 24
// releases. actionlint and zizmor check the language and security; this checks the design.
// CLI: tsx runner/src/workflow-policy.ts <workflow.yml>... (exit 1 listing every problem).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** Minutes a rollback may take after deploy-ecs gives up: ECS's circuit breaker or the
 * step's re-pointing to the previous revision, then the old tasks becoming steady. */
export const ROLLBACK_MINUTES = 10;

/** The first major version of each action whose runtime is node24. */
export const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/setup-python': 6,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'aws-actions/configure-aws-credentials': 6,
};

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
}

interface Job {
  name?: string;
  needs?: string | string[];
  uses?: string;
  if?: string;
  environment?: string | { name?: string; url?: string };
  concurrency?: string | { group?: string };
  permissions?: Record<string, string> | string;
  'timeout-minutes'?: number;
  env?: Record<string, string | number | boolean>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
}

export interface Workflow {
  file: string;
  name: string;
  text: string;
  env?: Record<string, string | number | boolean>;
  concurrency?: string | { group?: string };
  on?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
  const text = readFileSync(file, 'utf8');
  const doc = (parseYaml(text) ?? {}) as Partial<Omit<Workflow, 'file' | 'text'>>;
  return { ...doc, file, name: basename(file), text, jobs: doc.jobs ?? {} };
}

const environmentName = (job: Job): string | undefined => (typeof job.environment === 'string' ? job.environment : job.environment?.name);
const group = (c: Job['concurrency']): string => (typeof c === 'string' ? c : (c?.group ?? ''));
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs);
const steps = (job: Job): Step[] => job.steps ?? [];
const usesAction = (step: Step, action: string): boolean => step.uses?.split('@')[0] === action;

type Check = (workflow: Workflow, context: PolicyContext) => string[];

export interface PolicyContext {
  /** Project names (ml/projects/<name>.yaml). */
  projects: string[];
  /** deploy-ecs's default timeout-minutes. */
  deployDefaultMinutes: number;
  /** deploy-sagemaker's default timeout-minutes. */
  sagemakerDefaultMinutes: number;
}

/** A project name written into a workflow is a fixed default: the plan must choose. */
const noFixedProject: Check = (wf, { projects }) =>
  projects
    .filter((name) => new RegExp(`['"\\[ ,]${name}['"\\], ]`).test(wf.text.replace(/^\s*#.*$/gm, '')))
    .map(
      (name) =>
        `${wf.name}: names the project "${name}" — take projects from the plan (runner/src/affected-projects.ts), never a fixed list or default`,
    );

/** Deploy jobs serialise per project (or per the UI), so one project never waits for or cancels another. */
const perProjectConcurrency: Check = (wf) =>
  Object.entries(wf.jobs)
    .filter(([, job]) => environmentName(job) !== undefined)
    .filter(([, job]) => !/\binputs\.project\b|\bmatrix\.project\b|-ui$/.test(group(job.concurrency)))
    .map(
      ([id, job]) =>
        `${wf.name}: jobs.${id}: concurrency group "${group(job.concurrency)}" is not per project — use deploy-<env>-\${{ inputs.project }}`,
    );

function ancestors(wf: Workflow, id: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(wf.jobs[id] ?? {})) {
    if (!seen.has(need)) {
      seen.add(need);
      ancestors(wf, need, seen);
    }
  }
  return seen;
}

/** A job on the production environment after another on it asks reviewers a second time. */
const oneApproval: Check = (wf) =>
  Object.entries(wf.jobs)
    .filter(([, job]) => environmentName(job) === 'production')
    .flatMap(([id]) =>
      [...ancestors(wf, id)]
        .filter((before) => environmentName(wf.jobs[before] ?? {}) === 'production')
        .map(
          (before) =>
            `${wf.name}: jobs.${id} uses environment production after jobs.${before} did: reviewers approve twice — do its work in jobs.${before}`,
        ),
    );

/** A deploy job's timeout covers every deploy-ecs and deploy-sagemaker wait plus a rollback
 * (summed even when the steps are alternatives for ECS and SageMaker projects: on the safe side). */
const timeoutsCoverWaits: Check = (wf, { deployDefaultMinutes, sagemakerDefaultMinutes }) =>
  Object.entries(wf.jobs).flatMap(([id, job]) => {
    const defaults: Record<string, number> = {
      './actions/deploy-ecs': deployDefaultMinutes,
      './actions/deploy-sagemaker': sagemakerDefaultMinutes,
    };
    const waits = steps(job)
      .filter((step) => step.uses !== undefined && step.uses in defaults)
      .map((step) => Number(step.with?.['timeout-minutes'] ?? defaults[step.uses ?? '']));
    if (waits.length === 0) return [];
    const needed = waits.reduce((a, b) => a + b, 0) + ROLLBACK_MINUTES;
    const timeout = job['timeout-minutes'] ?? 360;
    return timeout > needed
      ? []
      : [
          `${wf.name}: jobs.${id}: timeout-minutes ${timeout} ≤ deploy waits ${waits.join(' + ')} + rollback ${ROLLBACK_MINUTES} — raise it or shorten the waits`,
        ];
  });

/** A deploy job killed mid-deploy reports (and rolls back) in a failure() || cancelled() step. */
const killedDeployReported: Check = (wf) =>
  Object.entries(wf.jobs)
    .filter(([, job]) => steps(job).some((step) => step.uses === './actions/deploy-ecs' || step.uses === './actions/deploy-sagemaker'))
    .filter(([, job]) => !steps(job).some((step) => (step.if ?? '').includes('cancelled()') && (step.if ?? '').includes('failure()')))
    .map(([id]) => `${wf.name}: jobs.${id} deploys but has no \`if: failure() || cancelled()\` step reporting the service's state`);

/** Deploys roll back on failure, stated in the step: deploy-ecs with rollback-on-failure,
 * deploy-sagemaker with the alarms SageMaker's auto-rollback watches. */
const rollbackStated: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) => [
    ...steps(job)
      .filter((step) => step.uses === './actions/deploy-ecs' && String(step.with?.['rollback-on-failure']) !== 'true')
      .map(() => `${wf.name}: jobs.${id}: a deploy-ecs step without rollback-on-failure: 'true'`),
    ...steps(job)
      .filter((step) => step.uses === './actions/deploy-sagemaker' && String(step.with?.['alarm-names'] ?? '').trim() === '')
      .map(() => `${wf.name}: jobs.${id}: a deploy-sagemaker step without alarm-names: SageMaker would not roll the endpoint back`),
  ]);

const roleSessionName: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) =>
    steps(job)
      .filter((step) => usesAction(step, 'aws-actions/configure-aws-credentials'))
      .filter((step) => !String(step.with?.['role-session-name'] ?? '').includes('github.run_id'))
      .map(
        () => `${wf.name}: jobs.${id}: configure-aws-credentials without a role-session-name naming the run (github.run_id) for CloudTrail`,
      ),
  );

/** The production approval of a model waits behind a release card job. */
const releaseCardFirst: Check = (wf) =>
  Object.entries(wf.jobs)
    .filter(([, job]) => environmentName(job) === 'production' && steps(job).some((step) => step.uses === './actions/production-baseline'))
    .filter(
      ([id]) =>
        ![...ancestors(wf, id)].some((before) =>
          steps(wf.jobs[before] ?? {}).some((step) => (step.run ?? '').includes('runner/src/release-card.ts')),
        ),
    )
    .map(
      ([id]) => `${wf.name}: jobs.${id} asks for the production approval without a release card job before it (runner/src/release-card.ts)`,
    );

const driftChecked: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) =>
    steps(job)
      .filter((step) => step.uses === './actions/validate-data' && !step.with?.['reference-profile'])
      .map(() => `${wf.name}: jobs.${id}: validate-data without reference-profile — drift is never checked`),
  );

/** In the model PR job, every step after the gate runs when the gate failed. */
const deltasAfterFailedGate: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) => {
    const all = steps(job);
    const gate = all.findIndex((step) => step.uses === './actions/quality-gate');
    if (gate < 0 || !all.some((step) => step.uses === './actions/pr-report')) return [];
    return all
      .slice(gate + 1)
      .filter((step) => !/!cancelled\(\)|always\(\)/.test(step.if ?? ''))
      .map(
        (step) =>
          `${wf.name}: jobs.${id}: step "${step.name ?? step.id ?? step.uses ?? ''}" after the gate is skipped when the gate fails — add !cancelled() to its if:`,
      );
  });

const cachesEverywhere: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) =>
    steps(job).flatMap((step) => {
      if (
        usesAction(step, 'actions/setup-node') &&
        steps(job).some((s) => /npm-install\.sh|npm ci/.test(s.run ?? '')) &&
        !step.with?.cache
      ) {
        return [`${wf.name}: jobs.${id}: setup-node installs npm packages without cache: npm`];
      }
      if (usesAction(step, 'actions/setup-python') && !(step.with?.cache && step.with['cache-dependency-path'])) {
        return [`${wf.name}: jobs.${id}: setup-python without cache: pip and cache-dependency-path (the lock)`];
      }
      return [];
    }),
  );

/** Jobs that train, serve or smoke-test install the runtime lock, not the development lock. */
const runtimeLock: Check = (wf) => {
  if (!/train-and-deploy|model-pr\.yml/.test(wf.name)) return [];
  return Object.entries(wf.jobs)
    .filter(([, job]) => steps(job).some((step) => (step.run ?? '').includes('setup-venv.sh')))
    .filter(([, job]) => String(job.env?.SLIPWAY_VENV_PROFILE ?? wf.env?.SLIPWAY_VENV_PROFILE ?? '') !== 'runtime')
    .map(([id]) => `${wf.name}: jobs.${id} installs the development lock — set SLIPWAY_VENV_PROFILE: runtime`);
};

const commentWorkflow: Check = (wf) => {
  if (!('workflow_run' in (wf.on ?? {}))) return [];
  const problems = group(wf.concurrency) === '' ? [`${wf.name}: no concurrency group — two fork runs could post out of order`] : [];
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (typeof job.permissions !== 'object' || job.permissions.contents !== 'read')
      problems.push(`${wf.name}: jobs.${id} lacks contents: read (needed on private repositories)`);
  }
  return problems;
};

const node24Pins: Check = (wf) =>
  Object.entries(wf.jobs).flatMap(([id, job]) =>
    steps(job).flatMap((step) => {
      const [action = '', ref = ''] = (step.uses ?? '').split('@');
      const least = NODE24_MAJOR[action];
      if (least === undefined) return [];
      const line = wf.text.split('\n').find((l) => l.includes(`${action}@${ref}`)) ?? '';
      const major = Number(/#\s*v(\d+)/.exec(line)?.[1] ?? NaN);
      if (/^[0-9a-f]{40}$/.test(ref) && major >= least) return [];
      return [
        `${wf.name}: jobs.${id}: ${action}@${ref} (${line.split('#')[1]?.trim() ?? 'no version comment'}) — pin a v${least}+ release (node24) by commit SHA with a # vX.Y.Z comment`,
      ];
    }),
  );

export const CHECKS: Record<string, Check> = {
  noFixedProject,
  perProjectConcurrency,
  oneApproval,
  timeoutsCoverWaits,
  killedDeployReported,
  rollbackStated,
  roleSessionName,
  releaseCardFirst,
  driftChecked,
  deltasAfterFailedGate,
  cachesEverywhere,
  runtimeLock,
  commentWorkflow,
  node24Pins,
};

export function policyContext(root: string): PolicyContext {
  const projects = readdirSync(join(root, 'ml', 'projects'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length));
  const deploy = parseYaml(readFileSync(join(root, 'actions', 'deploy-ecs', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const sagemaker = parseYaml(readFileSync(join(root, 'actions', 'deploy-sagemaker', 'action.yml'), 'utf8')) as typeof deploy;
  return {
    projects,
    deployDefaultMinutes: Number(deploy.inputs['timeout-minutes']?.default ?? 30),
    sagemakerDefaultMinutes: Number(sagemaker.inputs['timeout-minutes']?.default ?? 60),
  };
}

/** Every problem of every check, for the workflows given. */
export function checkWorkflowPolicy(files: string[], context: PolicyContext): string[] {
  const workflows = files.map(readWorkflow);
  return workflows.flatMap((wf) => Object.values(CHECKS).flatMap((check) => check(wf, context)));
}

function main(files: string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const problems = checkWorkflowPolicy(files, policyContext(root));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stdout.write(`${files.length} workflow files checked, ${problems.length} policy problems\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
