// moto in server mode on 127.0.0.1: the stand-in for AWS in every test that calls an AWS API.
// Each test file starts its own server on a free port and stops it in afterAll.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export const motoServerBin = join(repoRoot, 'ml', '.venv', 'bin', 'moto_server');

export interface MotoServer {
  /** e.g. http://127.0.0.1:41234 — give it to the SDK as `endpoint`. */
  endpoint: string;
  /** Environment for a child process whose SDK should talk to this server. */
  env: Record<string, string>;
  stop: () => Promise<void>;
}

export function motoAvailable(): boolean {
  return existsSync(motoServerBin);
}

/** A port nothing listens on right now, on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within ${timeoutMs} ms`);
}

/** Starts `moto_server` from ml/.venv on a free loopback port. `env` reaches the moto process
 * itself (e.g. MOTO_ECS_SERVICE_RUNNING), which a test's process.env does not under jest. */
export async function startMoto(options: { env?: Record<string, string> } = {}): Promise<MotoServer> {
  if (!motoAvailable()) throw new Error(`${motoServerBin} is missing: run make install (moto[server] is in ml/requirements-dev.txt)`);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(motoServerBin, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ...options.env },
  });
  try {
    await waitUntilUp(endpoint, child, 20_000);
  } catch (error) {
    child.kill('SIGKILL'); // never leave a half-started server behind a failed test
    throw error;
  }
  const env = {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  return {
    endpoint,
    env,
    stop: async () => {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}

/** Clears all state of a running moto server between tests. */
export async function resetMoto(endpoint: string): Promise<void> {
  await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
}
