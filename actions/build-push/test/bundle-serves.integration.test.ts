// The API image is code + the staged bundle: a bundle the real trainer wrote passes the checks
// (against this repository's Dockerfiles), is staged as the `bundle` build context, and the
// server started with the image's command on the staged folder turns ready with that model
// (no Docker engine here, so outside a container).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../test-support/moto.js';
import { repoRoot, venvPython } from '../../test-support/paths.js';
import { originalHouseCsv, trainDirectly, trainerReady, type TrainerResult } from '../../test-support/trainer.js';
import { SHA } from './fixtures.js';
import { runScript } from './script-runner.js';

/** Polls /readyz until it answers 200 or the server exits; returns the last answer. */
async function waitForReady(url: string, server: ChildProcess): Promise<{ status: number; body: unknown }> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return { status: 200, body: await response.json() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/readyz did not turn ready`);
}

(trainerReady() ? describe : describe.skip)('a real bundle staged into the API build context', () => {
  let root: string;
  let trained: TrainerResult;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'slipway-build-push-real-'));
    mkdirSync(join(root, 'runner-temp'));
    trained = trainDirectly({ outputDir: join(root, 'training'), data: originalHouseCsv });
  });

  afterAll(async () => {
    const running = server?.exitCode === null ? server : undefined;
    if (running) {
      await new Promise<void>((resolve) => {
        running.once('exit', () => {
          resolve();
        });
        running.kill('SIGTERM');
      });
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('passes the checks, is staged, and is served by the start command the image runs', async () => {
    const env = {
      GIT_SHA: SHA,
      API_REPOSITORY: 'slipway/inference-api',
      UI_REPOSITORY: 'slipway/ui',
      BUNDLE_PATH: trained.bundle_dir,
      MODEL_VERSION: trained.version,
      API_CONTEXT: 'ml',
      API_DOCKERFILE: 'ml/Dockerfile',
      API_TARGET: 'baked',
      UI_CONTEXT: '.',
      UI_DOCKERFILE: 'ui/Dockerfile',
      ATTEST: 'true',
      RUNNER_TEMP: join(root, 'runner-temp'),
    };
    // Checked against this repository's own Dockerfiles (the API one copies the bundle context).
    const validated = runScript('validate-inputs.sh', env, repoRoot);
    expect(validated.stderr).toBe('');
    expect(validated.outputs).toEqual({
      'model-version': trained.version,
      'api-repository': 'slipway/inference-api',
      'ui-repository': 'slipway/ui',
    });
    const staged = runScript('stage-bundle.sh', env, repoRoot).outputs['staged-path']!;
    expect(staged.startsWith(join(root, 'runner-temp'))).toBe(true);

    const port = await freePort();
    server = spawn(
      venvPython,
      ['-m', 'slipway_ml', 'serve', '--bundle', staged, '--host', '127.0.0.1', '--port', String(port), '--exit-on-bad-bundle'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let serverLog = '';
    for (const stream of [server.stdout, server.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        serverLog += chunk.toString();
      });
    }
    const ready = await waitForReady(`http://127.0.0.1:${port}`, server).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}; its log:\n${serverLog}`);
    });
    expect(ready.body).toEqual({ status: 'ready', model_version: trained.version });
  });
});
