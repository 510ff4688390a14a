// Benchmark of the local pipeline: runs `npm run pipeline` for each shipped project N times
// (fresh run folder each time) and prints the wall time of each step and of the whole run,
// against the 30 s target and the seeds' 15-20 minute cloud figure.
//   node runner/bench/pipeline-bench.mjs [--runs 3] [--projects house-prices,abalone]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const CLOUD_SECONDS = { low: 15 * 60, high: 20 * 60 };
const TARGET_SECONDS = 30;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const runs = Number(option('runs', '3'));
const projects = option(
  'projects',
  readdirSync(join(root, 'ml', 'projects'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort()
    .join(','),
).split(',');

/** Step durations from the runner's progress lines, e.g. `✓ train-model 12.3 s`. */
function stepSeconds(stdout) {
  const steps = {};
  for (const match of stdout.matchAll(/^[✓✗] (\S+) ([\d.]+) (ms|s)$/gm)) {
    steps[match[1]] = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  }
  return steps;
}

function runOnce(project) {
  const runDir = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(root, 'runner', 'src', 'cli.ts'),
      '--project',
      project,
      '--run-dir',
      runDir,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
    },
  );
  const total = (performance.now() - started) / 1000;
  rmSync(runDir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${project}: pipeline exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return { total, steps: stepSeconds(result.stdout) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (s) => s.toFixed(2);

console.log(
  `Local pipeline benchmark: ${runs} run(s) per project, ${process.env.SLIPWAY_DATA_MIRROR ? `mirror ${process.env.SLIPWAY_DATA_MIRROR}` : 'no data mirror'}`,
);
console.log('| project | step | median s | min s | max s |');
console.log('| --- | --- | ---: | ---: | ---: |');
for (const project of projects) {
  const samples = Array.from({ length: runs }, () => runOnce(project));
  const stepNames = Object.keys(samples[0].steps);
  for (const step of [...stepNames, 'total (wall, incl. CLI start)']) {
    const values = samples.map((s) => (step in s.steps ? s.steps[step] : s.total));
    console.log(`| ${project} | ${step} | ${fmt(median(values))} | ${fmt(Math.min(...values))} | ${fmt(Math.max(...values))} |`);
  }
  const total = median(samples.map((s) => s.total));
  console.log(
    `|   | ${total < TARGET_SECONDS ? 'meets' : 'MISSES'} the < ${TARGET_SECONDS} s target; ${Math.round(CLOUD_SECONDS.low / total)}-${Math.round(CLOUD_SECONDS.high / total)}x faster than the seeds' 15-20 min cloud run | | | |`,
  );
}
