// @vitest-environment node
// The compiled UI web server as a real process on a free port, under each hostile pattern for a
// few seconds (unique missing paths, aliases of a real file, unique query strings), with a normal
// client beside it: index.html keeps being served and the process's memory stays under its cap.
// The figures (RSS, answer times) are printed for docs/benchmarks-ui.md.
import { Agent, get } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot, run, start, waitForOk, type Started } from '../e2e/support/processes';

const soakMs = 3_000;
const rssCapMb = 256;
const page = '<!doctype html><title>Slipway soak</title>';
const work = mkdtempSync(join(tmpdir(), 'slipway-ui-soak-'));
let server: Started;
let base = '';

// Paths sent as written (fetch would resolve the dot segments of an alias before sending it).
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
function rawGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers: { 'Accept-Encoding': 'gzip' } }, (answer) => {
      answer.resume();
      answer.on('end', () => {
        resolve(answer.statusCode ?? 0);
      });
    }).on('error', reject);
  });
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

beforeAll(async () => {
  const dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(join(dist, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(200_000))});`);
  await run('npx', ['tsc', '-p', join(repoRoot, 'ui', 'tsconfig.server.json'), '--outDir', join(work, 'server-dist')]);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Nothing listens at the API address: only the static files are soaked here.
  server = start(process.execPath, [join(work, 'server-dist', 'main.js')], {
    PORT: String(port),
    SLIPWAY_UI_DIST: dist,
    SLIPWAY_API_URL: `http://127.0.0.1:${await freePort()}`,
  });
  await waitForOk(`${base}/healthz`, server, 30_000);
}, 120_000);

afterAll(async () => {
  agent.destroy();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

const attacks: Record<string, (n: number) => string> = {
  'unique missing paths': (n) => `/assets/missing-${n}-${'p'.repeat(500)}.js`,
  // Empty segments survive URL parsing (dot segments do not), so each count of slashes is a new alias.
  'aliases of one file': (n) => `/assets${'/'.repeat(1 + (n % 3000))}app.js`,
  'unique query strings': (n) => `/assets/app.js?v=${n}`,
};

describe('the UI server under hostile traffic', () => {
  it.each(Object.entries(attacks))(
    'keeps answering with bounded memory: %s',
    async (name, path) => {
      const pid = server.child.pid!;
      const before = rssMb(pid);
      const stop = Date.now() + soakMs;
      let sent = 0;
      const attacker = async () => {
        while (Date.now() < stop) {
          expect([200, 404]).toContain(await rawGet(`${base}${path(sent++)}`));
        }
      };
      const times: number[] = [];
      const normal = async () => {
        while (Date.now() < stop) {
          const started = performance.now();
          const answer = await fetch(`${base}/`);
          const body = await answer.text();
          times.push(performance.now() - started);
          expect([answer.status, body]).toEqual([200, page]);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await Promise.all([...Array.from({ length: 8 }, attacker), normal()]);
      const after = rssMb(pid);
      const sorted = [...times].sort((a, b) => a - b);
      const figures = {
        sent,
        rssBeforeMb: Number(before.toFixed(1)),
        rssAfterMb: Number(after.toFixed(1)),
        normalAnswers: times.length,
        medianMs: Number((sorted[Math.floor(sorted.length / 2)] ?? -1).toFixed(2)),
        maxMs: Number((sorted.at(-1) ?? -1).toFixed(2)),
      };
      process.stdout.write(`soak ${name}: ${JSON.stringify(figures)}\n`);
      expect(after).toBeLessThan(rssCapMb);
      const last = await fetch(`${base}/index.html`);
      expect([last.status, await last.text()]).toEqual([200, page]);
    },
    60_000,
  );
});
