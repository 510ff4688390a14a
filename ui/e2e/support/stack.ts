// The whole serving stack as `make start` runs it: a bundle trained by the real trainer, the
// real API serving it, the UI built for production and served by its web server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, python, repoRoot, run, start, waitForOk, type Started } from './processes';

export interface Stack {
  apiUrl: string;
  uiUrl: string;
  bundleDir: string;
  api: Started;
  ui: Started;
  stop: () => Promise<void>;
}

/** Real data for projects that read it (abalone): the mirror `make` uses, ../shared/data by default. */
export const dataMirror = process.env.SLIPWAY_DATA_MIRROR ?? resolve(repoRoot, '..', 'shared', 'data');

export async function trainBundle(workDir: string, project = 'house-prices'): Promise<string> {
  const resultFile = join(workDir, `${project}.json`);
  await run(
    python,
    [
      '-m',
      'slipway_ml',
      'train',
      '--project',
      `ml/projects/${project}.yaml`,
      '--output-dir',
      join(workDir, project),
      '--result-file',
      resultFile,
    ],
    { SLIPWAY_DATA_MIRROR: dataMirror },
  );
  return (JSON.parse(readFileSync(resultFile, 'utf8')) as { bundle_dir: string }).bundle_dir;
}

/** Builds the app and compiles the server into workDir/dist and workDir/server-dist (the production layout). */
export async function buildUi(workDir: string): Promise<void> {
  const ui = join(repoRoot, 'ui');
  await run('npx', ['vite', 'build', ui, '--logLevel', 'error', '--outDir', join(workDir, 'dist')]);
  await run('npx', ['tsc', '-p', join(ui, 'tsconfig.server.json'), '--outDir', join(workDir, 'server-dist')]);
}

export function startApi(bundleDir: string, port: number, env: NodeJS.ProcessEnv = {}): Started {
  return start(python, ['-m', 'slipway_ml', 'serve', '--bundle', bundleDir, '--port', String(port)], env);
}

export interface ProjectsStack {
  /** Each project's API, straight (not through the UI), by project name. */
  apiUrls: Record<string, string>;
  uiUrl: string;
  stop: () => Promise<void>;
}

/**
 * Several projects as they are deployed: one API per project, each with SLIPWAY_PATH_PREFIX
 * /projects/<name>, and one UI server with SLIPWAY_PROJECT_APIS (the first project the default).
 */
export async function startProjectsStack(bundles: [name: string, bundleDir: string][]): Promise<ProjectsStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'slipway-ui-e2e-'));
  await buildUi(workDir);
  const apis: [string, string, Started][] = [];
  for (const [name, bundleDir] of bundles) {
    const apiUrl = `http://127.0.0.1:${await freePort()}`;
    apis.push([name, apiUrl, startApi(bundleDir, Number(new URL(apiUrl).port), { SLIPWAY_PATH_PREFIX: `/projects/${name}` })]);
  }
  const uiUrl = `http://127.0.0.1:${await freePort()}`;
  const projectApis = apis.map(([name, apiUrl]) => `${name}=${apiUrl}`).join(',');
  const ui = start(process.execPath, [join(workDir, 'server-dist', 'main.js')], {
    PORT: new URL(uiUrl).port,
    SLIPWAY_PROJECT_APIS: projectApis,
  });
  const stop = async () => {
    await Promise.all([...apis.map(([, , api]) => api.stop()), ui.stop()]);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    await Promise.all([
      ...apis.map(([, apiUrl, api]) => waitForOk(`${apiUrl}/readyz`, api, 60_000)),
      waitForOk(`${uiUrl}/healthz`, ui, 20_000),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrls: Object.fromEntries(apis.map(([name, apiUrl]) => [name, apiUrl])), uiUrl, stop };
}

/** apiEnv: settings for the API process (e.g. SLIPWAY_RECORDS_URI). */
export async function startStack(bundleDir: string, apiEnv: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const workDir = mkdtempSync(join(tmpdir(), 'slipway-ui-e2e-'));
  await buildUi(workDir);
  const [apiPort, uiPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const uiUrl = `http://127.0.0.1:${uiPort}`;
  const api = startApi(bundleDir, apiPort, apiEnv);
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
