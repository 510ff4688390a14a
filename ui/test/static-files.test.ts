// @vitest-environment node
// The static-file cache behind a plain node:http server: bounded in bytes, one entry per file.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaticFiles } from '../server/static-files';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const dist = mkdtempSync(join(tmpdir(), 'slipway-static-'));
// Incompressible enough that each file's plain and gzipped bytes are known to exceed 1 KiB.
const asset = (n: number) => Array.from({ length: 400 }, (_, i) => ((i * 7919 + n * 104729) % 65521).toString(36)).join(',');
const cap = 8 * 1024;
let files: StaticFiles;
let server: Server;
let port = 0;

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Slipway</title>');
  mkdirSync(join(dist, 'assets'));
  for (let n = 0; n < 10; n += 1) writeFileSync(join(dist, 'assets', `chunk-${n}.js`), asset(n));
  files = new StaticFiles(dist, cap);
  server = createServer((req, res) => void files.serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

describe('static-file cache', () => {
  it('keeps nothing for misses, however many unique paths are asked for', async () => {
    const before = files.cached;
    for (let n = 0; n < 300; n += 1) {
      const answer = await get(port, `/assets/missing-${n}-${'x'.repeat(200)}.js`);
      expect(answer.status).toBe(404);
      expect(answer.body).toBe('Not found\n');
    }
    expect(files.cached).toEqual(before);
  });

  it('shares one entry among the aliases of one file', async () => {
    const aliases = ['/', '/index.html', '//index.html', '/assets/../index.html', '/./index.html', '/%69ndex.html', '/index.html?v=1'];
    for (const alias of aliases) expect((await get(port, alias)).body).toBe('<!doctype html><title>Slipway</title>');
    const afterIndex = files.cached;
    for (const alias of aliases) await get(port, alias);
    expect(files.cached).toEqual(afterIndex);
  });

  it('stays under its byte cap when the files asked for outgrow it, dropping the least recently used', async () => {
    for (let round = 0; round < 3; round += 1) {
      for (let n = 0; n < 10; n += 1) {
        const answer = await get(port, `/assets/chunk-${n}.js?round=${round}`);
        expect(answer.body).toBe(asset(n));
        expect(files.cached.bytes).toBeLessThanOrEqual(cap);
      }
    }
    // Ten files of more than 1 KiB each cannot all fit in 8 KiB: some were dropped, some kept.
    expect(files.cached.entries).toBeGreaterThan(0);
    expect(files.cached.entries).toBeLessThan(11);
  });

  it('answers 400 without echoing a path that is not valid percent-encoding', async () => {
    const answer = await get(port, '/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('%E0');
  });
});
