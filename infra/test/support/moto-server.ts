// moto in server mode on 127.0.0.1 for the infra end-to-end test (the actions' helper lives in
// another workspace): start on a free port with extra server environment, stop, switch IAM
// enforcement on and off, and ask the installed moto which resource types its CloudFormation creates.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const venvBin = fileURLToPath(new URL('../../../ml/.venv/bin/', import.meta.url));
export const motoServerBin = `${venvBin}moto_server`;
const venvPython = `${venvBin}python`;

export interface MotoServer {
  endpoint: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
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

/** Starts ml/.venv's moto_server; `env` reaches the server process (e.g. MOTO_ECS_SERVICE_RUNNING). */
export async function startMotoServer(env: Record<string, string> = {}): Promise<MotoServer> {
  if (!existsSync(motoServerBin))
    throw new Error(`${motoServerBin} is missing: run make install (moto[server] is in ml/requirements-dev.txt)`);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(motoServerBin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', env: { ...process.env, ...env } });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGTERM');
    });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${endpoint}/moto-api/`)).status < 500) return { endpoint, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`moto_server did not answer on ${endpoint} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * From now on moto checks every request's signature and the caller's IAM policies (moto's
 * "IAM-like access control"; `enforce: false` switches it off again). Keys moto did not issue,
 * like the test's static ones, are then rejected.
 */
export async function enforceIam(endpoint: string, enforce: boolean): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', body: enforce ? '0' : 'inf' });
  if (!response.ok) throw new Error(`moto reset-auth answered ${response.status}`);
}

/**
 * The resource types the installed moto's CloudFormation creates: its model map, the table
 * moto_server itself looks types up in (it skips every other type, Custom::* runs a Lambda).
 */
export function motoCloudFormationTypes(): Set<string> {
  const script = 'import json\nfrom moto.cloudformation.parsing import get_model_map\nprint(json.dumps(sorted(get_model_map())))';
  const types = JSON.parse(execFileSync(venvPython, ['-c', script], { encoding: 'utf8' })) as string[];
  return new Set(types.filter((type) => !type.startsWith('Custom::')));
}
