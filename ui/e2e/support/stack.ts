// The whole serving stack as `make start` runs it: a bundle trained by the real trainer, the
// real API serving it, the UI built for production and served by its web server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, python, repoRoot, run, start, waitForOk, type Started } from './processes';

export interface Stack {
  apiUrl: string;
  uiUrl: string;
  bundleDir: string;
  api: Started;
  ui: Started;
  stop: () => Promise<void>;
}

export async function trainBundle(workDir: string): Promise<string> {
  const resultFile = join(workDir, 'r.json');
  await run(python, [
    '-m',
    'slipway_ml',
    'train',
    '--project',
    'ml/projects/house-prices.yaml',
    '--output-dir',
    workDir,
    '--result-file',
    resultFile,
  ]);
  return (JSON.parse(readFileSync(resultFile, 'utf8')) as { bundle_dir: string }).bundle_dir;
}

/** Builds the app and compiles the server into workDir/dist and workDir/server-dist (the production layout). */
export async function buildUi(workDir: string): Promise<void> {
  const ui = join(repoRoot, 'ui');
  await run('npx', ['vite', 'build', ui, '--logLevel', 'error', '--outDir', join(workDir, 'dist')]);
  await run('npx', ['tsc', '-p', join(ui, 'tsconfig.server.json'), '--outDir', join(workDir, 'server-dist')]);
}

export function startApi(bundleDir: string, port: number): Started {
  return start(python, ['-m', 'slipway_ml', 'serve', '--bundle', bundleDir, '--port', String(port)]);
}

export async function startStack(bundleDir: string): Promise<Stack> {
  const workDir = mkdtempSync(join(tmpdir(), 'slipway-ui-e2e-'));
  await buildUi(workDir);
  const [apiPort, uiPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const uiUrl = `http://127.0.0.1:${uiPort}`;
  const api = startApi(bundleDir, apiPort);
  const ui = start(process.execPath, [join(workDir, 'server-dist', 'main.js')], { PORT: String(uiPort), SLIPWAY_API_URL: apiUrl });
  const stop = async () => {
    await Promise.all([api.stop(), ui.stop()]);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([waitForOk(`${apiUrl}/readyz`, api, 60_000), waitForOk(`${uiUrl}/healthz`, ui, 20_000)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, uiUrl, bundleDir: bundleDir, api, ui, stop };
}
