// Child processes for the end-to-end tests and the benchmark: the trainer, the real API and the
// UI web server, each stopped by the test that started it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const python = `${repoRoot}ml/.venv/bin/python`;

export interface Started {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): Started {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const started = start(command, args, env);
  const code = await new Promise<number | null>((resolve) =>
    started.child.once('exit', (exitCode) => {
      resolve(exitCode);
    }),
  );
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${started.output()}`);
  return started.output();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Polls `url` until it answers 200, or fails with the process's output. */
export async function waitForOk(url: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`the process behind ${url} exited ${started.child.exitCode}:\n${started.output()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s:\n${started.output()}`);
}
