// No Docker engine runs here, so this runs what ui/Dockerfile's image runs: its CMD and
// HEALTHCHECK commands, with its ENV, in a folder laid out like the image's /app.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, run, start, waitForOk } from './support/processes';

const dockerfile = readFileSync(join(repoRoot, 'ui', 'Dockerfile'), 'utf8').replaceAll(/\\\n\s*/g, ' ');

function execForm(instruction: string): string[] {
  const line = dockerfile.split('\n').findLast((text) => text.startsWith(instruction));
  const json = line && /CMD (\[.*\])\s*$/.exec(line)?.[1];
  if (!json) throw new Error(`ui/Dockerfile has no exec-form ${instruction}`);
  return JSON.parse(json) as string[];
}

function imageEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of dockerfile.split('\n').filter((text) => text.startsWith('ENV '))) {
    for (const [, key, value] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[key!] = value!;
  }
  return env;
}

const app = mkdtempSync(join(tmpdir(), 'slipway-ui-image-'));

beforeAll(async () => {
  await run('npx', ['tsc', '-p', join(repoRoot, 'ui', 'tsconfig.server.json'), '--outDir', join(app, 'server-dist')]);
  mkdirSync(join(app, 'dist'));
  writeFileSync(join(app, 'dist', 'index.html'), '<!doctype html><title>image</title>');
  writeFileSync(join(app, 'package.json'), '{"type": "module"}');
});

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

describe('ui/Dockerfile', () => {
  it('starts the server with its CMD and ENV, and its HEALTHCHECK passes, then fails once it stops', async () => {
    const env = imageEnv();
    expect(env).toMatchObject({ HOST: '0.0.0.0', PORT: '8080', SLIPWAY_API_URL: 'http://inference-api.slipway.local:8000' });
    const port = String(await freePort());
    const [command, ...args] = execForm('CMD');
    const [healthCommand, ...healthArgs] = execForm('HEALTHCHECK');
    const server = start(command!, args, { ...env, PORT: port }, app);
    try {
      await waitForOk(`http://127.0.0.1:${port}/healthz`, server, 20_000);
      await run(healthCommand!, healthArgs, { PORT: port });
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('<!doctype html><title>image</title>');
    } finally {
      await server.stop();
    }
    await expect(run(healthCommand!, healthArgs, { PORT: port })).rejects.toThrow('exited 1');
  });

  it('runs as a non-root user', () => {
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
  });
});
