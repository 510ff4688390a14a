// moto in server mode on 127.0.0.1 for the runner's tests (the actions' own helper lives
// outside this workspace's rootDir): a free port, wait until it answers, stop in afterAll.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const motoServer = join(resolve(import.meta.dirname, '..', '..'), 'ml', '.venv', 'bin', 'moto_server');

export const motoAvailable = (): boolean => existsSync(motoServer);

export interface Moto {
  /** Environment for a process whose AWS SDK or CLI should talk to this server. */
  env: Record<string, string>;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) done(address.port);
        else fail(new Error('no port'));
      });
    });
  });
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(motoServer, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      done();
    }),
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(`${endpoint}/moto-api/`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`moto_server did not answer on ${endpoint}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    env: {
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: endpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
