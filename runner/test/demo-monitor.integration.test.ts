// The local demonstration end to end, as README shows it: the pipeline trains house-prices (as
// make start does), the real inference server serves the bundle with recording on (as
// scripts/serve-local.sh starts it), then `npm run demo:monitor` sends generated requests and
// their true values: no drift → healthy, strong drift → retrain-needed. Needs the server's
// prediction_id, feedback endpoints and records folder (CONTRACTS.md, issue 17).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { demoOptions, DemoError, runDemo } from '../src/demo-monitor.js';
import { tempDir } from './fixture-actions.js';

const root = resolve(import.meta.dirname, '..', '..');
const mirror = process.env.SLIPWAY_DATA_MIRROR ?? resolve(root, '..', 'shared', 'data');
const python = join(root, 'ml', '.venv', 'bin', 'python');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') done(address.port);
        else fail(new Error('no port'));
      });
    });
  });
}

let server: ChildProcess | undefined;
let api = '';
let runDir = '';
const records = tempDir('slipway-demo-records-');

beforeAll(async () => {
  const runs = tempDir('slipway-demo-runs-');
  const trained = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(root, 'runner', 'src', 'cli.ts'),
      '--project',
      'house-prices',
      '--run-dir',
      runs,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SLIPWAY_DATA_MIRROR: mirror, INIT_CWD: root },
      timeout: 300_000,
    },
  );
  if (trained.status !== 0) throw new Error(`pipeline failed: ${trained.stderr}`);
  runDir = join(runs, readdirSync(runs)[0] ?? '');
  const bundle = join(runDir, 'bundles', readdirSync(join(runDir, 'bundles')).find((f) => !f.endsWith('.tar.gz')) ?? '');
  const port = await freePort();
  api = `http://127.0.0.1:${port}`;
  server = spawn(python, ['-m', 'slipway_ml', 'serve', '--bundle', bundle, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, SLIPWAY_RECORDS_URI: records, SLIPWAY_RECORD_FLUSH_SECONDS: '1' },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${api}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the inference server did not become ready on ${api}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 420_000);

afterAll(async () => {
  const child = server;
  if (child?.exitCode !== null) return;
  const stopped = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await stopped;
});

function options(drift: '0' | 'strong'): ReturnType<typeof demoOptions> {
  const bundles = join(runDir, 'bundles');
  const bundle = join(bundles, readdirSync(bundles).find((f) => !f.endsWith('.tar.gz')) ?? '');
  const args = ['--drift', drift, '--api', api, '--records', records, '--rows', '600', '--bundle', bundle];
  // A bundle without the training rows' profile: the pipeline's validation profile of the same data.
  if (!existsSync(join(bundle, 'training_profile.json'))) args.push('--profile', join(runDir, 'validation', 'profile.json'));
  return demoOptions(args, root);
}

describe('npm run demo:monitor (end to end)', () => {
  it('says healthy with no drift', async () => {
    const result = await runDemo(options('0'), () => undefined);
    expect({ verdict: result.verdict, reasons: result.reasons }).toEqual({ verdict: 'healthy', reasons: [] });
    const report = JSON.parse(readFileSync(result.reportFile, 'utf8')) as { counts: { predictions: number; labelled: number } };
    expect(report.counts).toMatchObject({ predictions: 600, labelled: 600 });
  }, 120_000);

  it('says retrain-needed with a strong drift, naming the drifted inputs', async () => {
    const result = await runDemo(options('strong'), () => undefined);
    expect(result.verdict).toBe('retrain-needed');
    expect(result.reasons.some((r) => r.startsWith('retrain: input "sqft" drifted'))).toBe(true);
    expect(result.summary).toContain('🔁 retrain needed');
  }, 120_000);

  it('rejects a drift it does not know, quoting it', () => {
    expect(() => demoOptions(['--drift', 'medium'], root)).toThrow(
      new DemoError('--drift "medium": give --drift 0 (no drift) or --drift strong'),
    );
  });
});
