// `npm run demo:monitor -- --drift 0|strong`: the monitoring loop on this machine. Against the
// model `make start` serves, it draws rows from the project's data generator (data/<dataset>/
// generate.py) with the chosen drift, asks the API for their predictions, posts their true
// values to POST /api/v1/feedback/batch, waits until the server's records of them are written,
// then runs the monitor action's bundle (dist/index.js under the runner contract) on the
// records folder for exactly that stretch of time. drift 0 → healthy; strong → retrain-needed.
//   --api <url>        the inference API (default http://127.0.0.1:8000)
//   --records <dir>    the server's records folder (default .slipway/records, as make start sets)
//   --rows <n>         requests to send (default 1000)
//   --bundle <dir>     the served bundle (default: runs/*/bundles/<the served version>/)
//   --profile <file>   its training-data profile (default: that run's validation/profile.json)
//   --seed <n>         generator seed (default 7; the training data used 42)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadProjectSpec } from '@slipway/shared';
import { runActionProcess } from './action-process.js';

export class DemoError extends Error {}

/** The generator's --drift for "strong": houses 60 % larger and a pricier market (data/house-prices/CARD.md). */
export const STRONG_DRIFT = 0.6;
const BATCH = 100;

export interface DemoOptions {
  api: string;
  records: string;
  rows: number;
  drift: number;
  seed: number;
  bundle?: string;
  profile?: string;
  root: string;
}

export function demoOptions(argv: string[], root: string): DemoOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      drift: { type: 'string' },
      api: { type: 'string', default: 'http://127.0.0.1:8000' },
      records: { type: 'string', default: '.slipway/records' },
      rows: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      bundle: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const drift = values.drift === 'strong' ? STRONG_DRIFT : values.drift === '0' ? 0 : Number.NaN;
  if (Number.isNaN(drift)) throw new DemoError(`--drift "${values.drift ?? ''}": give --drift 0 (no drift) or --drift strong`);
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 100_000)
    throw new DemoError(`--rows "${values.rows}": give a whole number from 1 to 100000`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new DemoError(`--seed "${values.seed}": give a whole number ≥ 0`);
  return {
    api: values.api.replace(/\/+$/, ''),
    records: resolve(root, values.records),
    rows,
    drift,
    seed,
    root,
    ...(values.bundle === undefined ? {} : { bundle: resolve(values.bundle) }),
    ...(values.profile === undefined ? {} : { profile: resolve(values.profile) }),
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (error: unknown): string =>
  error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);

async function call(url: string, body?: unknown): Promise<Json> {
  let response: Response;
  try {
    response = await fetch(
      url,
      body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
  } catch (error) {
    throw new DemoError(`${url}: no answer (${describe(error)}); start the model first (make start) or give --api`);
  }
  const text = await response.text();
  if (!response.ok) throw new DemoError(`${body === undefined ? 'GET' : 'POST'} ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  const value = JSON.parse(text) as unknown;
  if (!isObject(value)) throw new DemoError(`${url}: expected a JSON object`);
  return value;
}

/** The served bundle: the runs/ folder holding bundles/<version>/, newest run first. */
export function findBundle(root: string, version: string): { bundle: string; profile?: string } {
  const runs = join(root, 'runs');
  const candidates = existsSync(runs) ? readdirSync(runs).sort().reverse() : [];
  for (const run of candidates) {
    const bundle = join(runs, run, 'bundles', version);
    if (!existsSync(join(bundle, 'manifest.json'))) continue;
    const profile = join(runs, run, 'validation', 'profile.json');
    return { bundle, ...(existsSync(profile) ? { profile } : {}) };
  }
  throw new DemoError(
    `no runs/*/bundles/${version}/ here: the API serves a bundle this checkout did not train; give --bundle and --profile`,
  );
}

interface Row {
  features: Record<string, number | string>;
  actual: number;
}

/** Rows from the project's generator, read back from its CSV (target column = actual). */
export function generateRows(options: { root: string; dataset: string; target: string; rows: number; seed: number; drift: number }): Row[] {
  const generator = join(options.root, 'data', options.dataset, 'generate.py');
  if (!existsSync(generator)) throw new DemoError(`${generator} does not exist: the demo needs a dataset with a generator`);
  const out = join(mkdtempSync(join(tmpdir(), 'slipway-demo-')), 'rows.csv');
  const python = join(options.root, 'ml', '.venv', 'bin', 'python');
  execFileSync(
    python,
    [generator, '--out', out, '--rows', String(options.rows), '--seed', String(options.seed), '--drift', String(options.drift)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [header, ...lines] = readFileSync(out, 'utf8').trim().split(/\r?\n/);
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const features: Record<string, number | string> = {};
    let actual = Number.NaN;
    names.forEach((name, i) => {
      const cell = cells[i] ?? '';
      const value = cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
      if (name === options.target) actual = Number(cell);
      else features[name] = value;
    });
    return { features, actual };
  });
}

function countLines(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += countLines(path);
    else if (name.endsWith('.jsonl') && !name.startsWith('.'))
      n += readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length;
  }
  return n;
}

async function waitForRecords(dir: string, expected: number, before: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (countLines(dir) - before >= expected) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new DemoError(
    `${dir}: ${countLines(dir) - before} of ${expected} new records after 60 s; is the server recording there (SLIPWAY_RECORDS_URI)?`,
  );
}

export interface DemoResult {
  verdict: string;
  reasons: string[];
  reportFile: string;
  summary: string;
}

export async function runDemo(o: DemoOptions, log: (line: string) => void): Promise<DemoResult> {
  const model = await call(`${o.api}/api/v1/model`);
  const project = String(model.project);
  const version = String(model.version);
  const found =
    o.bundle === undefined ? findBundle(o.root, version) : { bundle: o.bundle, ...(o.profile === undefined ? {} : { profile: o.profile }) };
  const profile = o.profile ?? found.profile;
  const schema = JSON.parse(readFileSync(join(found.bundle, 'input_schema.json'), 'utf8')) as { target: string };
  const spec = loadProjectSpec(join(found.bundle, 'spec.yaml'));
  log(`model ${version} (${project}) at ${o.api}; ${o.rows} rows from data/${spec.dataset}/generate.py, drift ${o.drift}`);
  const rows = generateRows({ root: o.root, dataset: spec.dataset, target: schema.target, rows: o.rows, seed: o.seed, drift: o.drift });
  const predictionsDir = join(o.records, project, 'predictions');
  const feedbackDir = join(o.records, project, 'feedback');
  const before = { predictions: countLines(predictionsDir), feedback: countLines(feedbackDir) };
  const start = Date.now() - 1000;
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const answer = await call(`${o.api}/api/v1/predict/batch`, { rows: chunk.map((r) => r.features) });
    const predictions = answer.predictions;
    if (!Array.isArray(predictions) || predictions.length !== chunk.length)
      throw new DemoError('predict/batch: expected one prediction per row');
    const items = predictions.map((p: unknown, k) => {
      const id = isObject(p) ? p.prediction_id : undefined;
      if (typeof id !== 'string')
        throw new DemoError('predict/batch: an answer without prediction_id; does this server record predictions?');
      return { prediction_id: id, actual: chunk[k]?.actual };
    });
    await call(`${o.api}/api/v1/feedback/batch`, { items });
  }
  log(`sent ${rows.length} predictions and their true values; waiting for the records in ${o.records}`);
  await waitForRecords(predictionsDir, rows.length, before.predictions);
  await waitForRecords(feedbackDir, rows.length, before.feedback);
  const end = Date.now() + 1000;
  const runnerTemp = mkdtempSync(join(tmpdir(), 'slipway-demo-monitor-'));
  const reportFile = join(runnerTemp, `monitor-report-${project}.json`);
  const result = await runActionProcess({
    actionDir: join(o.root, 'actions', 'monitor'),
    workspace: o.root,
    runnerTemp,
    inputs: {
      project,
      records: o.records,
      bundle: found.bundle,
      ...(profile === undefined ? {} : { 'profile-file': profile }),
      'window-start': new Date(start).toISOString(),
      'window-end': new Date(end).toISOString(),
      'report-file': reportFile,
    },
  });
  if (result.exitCode !== 0) throw new DemoError(`the monitor failed: ${result.errorMessage ?? result.stderr.slice(-500)}`);
  return {
    verdict: result.outputs.verdict ?? '',
    reasons: JSON.parse(result.outputs.reasons ?? '[]') as string[],
    reportFile,
    summary: result.summary,
  };
}

async function main(): Promise<void> {
  try {
    const root = resolve(import.meta.dirname, '..', '..');
    const result = await runDemo(demoOptions(process.argv.slice(2), root), (line) => {
      process.stdout.write(`${line}\n`);
    });
    process.stdout.write(`\nverdict: ${result.verdict}\n`);
    for (const reason of result.reasons) process.stdout.write(`  ${reason}\n`);
    process.stdout.write(`report: ${result.reportFile}\n`);
  } catch (error) {
    process.stderr.write(`demo:monitor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof DemoError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
