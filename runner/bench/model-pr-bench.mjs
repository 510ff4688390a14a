// Benchmark of the model pull request job (.github/workflows/model-pr.yml, job `model`): replays
// its steps on this machine, in the workflow's order, and prints the time from the checkout to
// the report file, against the 3-minute target and the seeds' 15-20 minute pipelines.
//   npx tsx runner/bench/model-pr-bench.mjs [--project house-prices] [--runs 2]
// Caches as on GitHub: each run checks out afresh (git archive of HEAD) into the same path (a
// runner's workspace path is stable); actions/cache's venv is a tarball keyed like the
// workflow's key (the lock and pyproject.toml), restored before setup-venv and saved after the
// report when it missed (as the post-job save does, outside the measured span). Run 1 is
// whatever the cache holds (cold: a venv built from pip's wheel cache); later runs hit it. The `run:` steps run as written; the local actions run their dist/index.js
// under the runner contract (runner/src/action-process.ts). Steps that need GitHub (production
// baseline, artifacts) are skipped and listed: this measures a project with nothing live yet.
// The step list is read from the workflow and must match the replay, so the two cannot drift.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runActionProcess } from '../src/action-process.ts';
import { parseFileCommand } from '../src/workflow-commands.ts';

const root = resolve(import.meta.dirname, '..', '..');
const TARGET_SECONDS = 180;
const SEED_MINUTES = { low: 15, high: 20 };

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const project = option('project', 'house-prices');
const runs = Number(option('runs', '2'));

/** The replay of each step of the job, by the step's name (or uses:). */
const REPLAY = [
  ['actions/checkout', 'checkout'],
  ['actions/setup-python', 'python'],
  ['Restore the runtime venv (keyed on the lock, Python and the runner)', 'venv-cache'],
  ['Python environment for the trainer (pinned runtime lock)', 'venv'],
  ["Resolve the project's data to a local file", 'resolve-data'],
  ['Production baseline', 'skip: needs the GitHub API (no production record: a project not live yet)'],
  ["Where the live model's training-data profile is", 'record-run'],
  ["Download the live model's training-data profile", 'skip: its if: is false without a production record'],
  ["Download the live model's bundle (for the paired regression check)", 'skip: its if: is false without a production record'],
  ["Validate data (drift against the live model's training data)", 'validate-data'],
  ['Train', 'train-model'],
  ['Quality gate', 'quality-gate'],
  ['Check out the target branch (for the deltas against it)', 'target-checkout'],
  ["Train the target branch's model", 'target-train'],
  ['Upload the model bundle', 'skip: artifact upload needs GitHub'],
  ['Report on the pull request', 'pr-report'],
  ['Hand the report to model-pr-comment (fork pull requests)', 'skip: artifact upload needs GitHub'],
];

function workflowSteps() {
  const doc = parseYaml(readFileSync(join(root, '.github', 'workflows', 'model-pr.yml'), 'utf8'));
  return doc.jobs.model.steps.map((step) => step.name ?? step.uses.split('@')[0]);
}

function bash(script, workspace, env) {
  const output = join(env.RUNNER_TEMP, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const done = spawnSync('bash', ['-c', script], {
    cwd: workspace,
    env: { ...process.env, ...env, GITHUB_OUTPUT: output },
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(`${script} failed (${done.status}):\n${done.stdout}\n${done.stderr}`);
  return parseFileCommand(readFileSync(output, 'utf8'));
}

function checkout(destination) {
  mkdirSync(destination, { recursive: true });
  execFileSync('bash', ['-c', `git -C "${root}" archive HEAD | tar -x -C "${destination}"`]);
}

async function action(name, inputs, workspace, runnerTemp) {
  const result = await runActionProcess({
    actionDir: join(workspace, 'actions', name),
    inputs,
    workspace,
    runnerTemp,
    env: { GITHUB_EVENT_NAME: 'pull_request' },
  });
  if (result.exitCode !== 0 && name !== 'quality-gate') throw new Error(`${name} failed: ${result.errorMessage ?? result.stderr}`);
  return result.outputs;
}

const venvKey = createHash('sha256')
  .update(readFileSync(join(root, 'ml', 'requirements-runtime.lock')))
  .update(readFileSync(join(root, 'ml', 'pyproject.toml')))
  .digest('hex');
const venvCache = join(homedir(), '.cache', 'slipway-bench', `venv-runtime-${process.version}-${venvKey.slice(0, 16)}.tar`);

async function runOnce() {
  const base = join(tmpdir(), 'slipway-model-pr-bench');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base);
  let venvHit = false;
  const workspace = join(base, 'workspace');
  const runnerTemp = join(base, 'runner-temp');
  mkdirSync(runnerTemp);
  const env = { PROJECT: project, SLIPWAY_VENV_PROFILE: 'runtime', RUNNER_TEMP: runnerTemp };
  const times = [];
  const started = performance.now();
  let last = started;
  const mark = (step) => {
    const now = performance.now();
    times.push([step, (now - last) / 1000]);
    last = now;
  };
  const outputs = {};
  try {
    for (const [name, replay] of REPLAY) {
      if (replay.startsWith('skip:')) {
        times.push([`${name} (${replay})`, 0]);
        continue;
      }
      if (replay === 'checkout') checkout(workspace);
      if (replay === 'venv-cache' && existsSync(venvCache)) {
        execFileSync('tar', ['-xf', venvCache, '-C', join(workspace, 'ml')]);
        venvHit = true;
      }
      if (replay === 'venv') bash('bash ml/scripts/setup-venv.sh', workspace, env);
      if (replay === 'resolve-data') outputs.data = bash('bash scripts/workflow/resolve-data.sh', workspace, env);
      if (replay === 'record-run') outputs.reference = bash('bash scripts/workflow/record-run.sh', workspace, { ...env, RECORD: '' });
      if (replay === 'validate-data')
        outputs.validate = await action('validate-data', { project, data: outputs.data.file }, workspace, runnerTemp);
      if (replay === 'train-model') {
        outputs.train = await action(
          'train-model',
          { project, backend: 'local', python: join(workspace, 'ml', '.venv', 'bin', 'python') },
          workspace,
          runnerTemp,
        );
      }
      if (replay === 'quality-gate')
        outputs.gate = await action('quality-gate', { project, 'metrics-file': outputs.train['metrics-file'] }, workspace, runnerTemp);
      if (replay === 'target-checkout') checkout(join(workspace, '.target-branch'));
      if (replay === 'target-train')
        outputs.target = bash('bash scripts/workflow/train-target-branch.sh', workspace, { ...env, TARGET_DIR: '.target-branch' });
      if (replay === 'pr-report') {
        outputs.report = await action(
          'pr-report',
          {
            project,
            mode: 'file',
            'github-token': 'bench-no-github',
            'pull-request': '1',
            'validation-report-file': outputs.validate['report-file'],
            'metrics-file': outputs.train['metrics-file'],
            'target-metrics-file': outputs.target['metrics-file'],
            verdicts: outputs.gate.verdicts,
            'step-outcomes': 'validate=success\ntrain=success\ngate=success',
            'model-version': outputs.train['model-version'],
            'report-file': join(runnerTemp, 'pr-report', `${project}.json`),
          },
          workspace,
          runnerTemp,
        );
        readFileSync(outputs.report['report-file']); // the report file exists: the end
      }
      mark(replay === 'venv-cache' ? `${name} (${venvHit ? 'hit' : 'miss'})` : name);
    }
    const seconds = (performance.now() - started) / 1000;
    if (!venvHit) {
      mkdirSync(dirname(venvCache), { recursive: true });
      execFileSync('tar', ['-cf', `${venvCache}.partial`, '-C', join(workspace, 'ml'), '.venv']);
      execFileSync('mv', [`${venvCache}.partial`, venvCache]);
    }
    return { seconds, times, venvHit };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const inWorkflow = workflowSteps();
const replayed = REPLAY.map(([name]) => name);
if (JSON.stringify(inWorkflow) !== JSON.stringify(replayed)) {
  console.error(
    `model-pr.yml's steps changed — update REPLAY:\n  workflow: ${inWorkflow.join(' | ')}\n  replay:   ${replayed.join(' | ')}`,
  );
  process.exit(2);
}
console.log(`model-pr bench: project ${project}, ${runs} run(s), a fresh checkout per run, the venv from actions/cache when it holds one`);
const totals = [];
for (let i = 0; i < runs; i++) {
  const { seconds, times, venvHit } = await runOnce();
  if (venvHit) totals.push(seconds);
  console.log(`run ${i + 1}: ${seconds.toFixed(1)} s from checkout to the report file (venv cache ${venvHit ? 'hit' : 'miss'})`);
  for (const [step, s] of times) console.log(`  ${s.toFixed(1).padStart(6)} s  ${step}`);
}
if (totals.length === 0) {
  console.log('no run hit the venv cache (the first run fills it): run again with --runs 2 or more for the warm figure');
  process.exit(0);
}
const sorted = [...totals].sort((a, b) => a - b);
const middle = Math.floor(sorted.length / 2);
const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
console.log(
  `warm runs (venv cache hit): ${totals.length}; ` +
    `median ${median.toFixed(1)} s; target ${TARGET_SECONDS} s (${(median / TARGET_SECONDS).toFixed(2)}× of it); ` +
    `seeds' ${SEED_MINUTES.low}-${SEED_MINUTES.high} min pipelines are ${((SEED_MINUTES.low * 60) / median).toFixed(1)}-${((SEED_MINUTES.high * 60) / median).toFixed(1)}× slower`,
);
