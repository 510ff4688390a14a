// @vitest-environment node
// The UI web server on a free port, in front of a plain node:http upstream standing in for the
// API (the proxy is generic; the end-to-end tests put the real API behind it).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createUiServer } from '../server/app';
import { readSettings } from '../server/settings';

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function call(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    }),
  );
}

const close = (server: Server) =>
  new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );

const dist = mkdtempSync(join(tmpdir(), 'slipway-ui-dist-'));
const appJs = `console.log(${JSON.stringify('x'.repeat(2000))});`;
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
const upstream = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (req.url === '/api/v1/slow') {
      // Never answers; notes when the proxy gives up on it.
      res.on('close', () => slowClosed.push(String(req.headers['x-request-id'])));
      return;
    }
    res.writeHead(req.url?.startsWith('/api/v1/predict') ? 422 : 200, {
      'Content-Type': 'application/json',
      'X-Request-ID': String(req.headers['x-request-id']),
    });
    res.end(JSON.stringify({ detail: 'from upstream', errors: [] }));
  });
});
const slowClosed: string[] = [];
let upstreamPort = 0;
let ui: Server;
let uiPort = 0;

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Slipway</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), appJs);
  upstreamPort = await listen(upstream);
  const settings = readSettings({ SLIPWAY_API_URL: `http://127.0.0.1:${upstreamPort}`, SLIPWAY_UI_DIST: dist });
  ui = createUiServer({ ...settings, apiTimeoutMs: 500 });
  uiPort = await listen(ui);
});

afterAll(async () => {
  ui.closeAllConnections();
  upstream.closeAllConnections();
  await Promise.all([close(ui), close(upstream)]);
  rmSync(dist, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves index.html at / for revalidation, and answers 304 to its ETag', async () => {
    const page = await call(uiPort, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toBe('<!doctype html><title>Slipway</title>');
    const again = await call(uiPort, '/index.html', { headers: { 'If-None-Match': String(page.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
  });

  it('serves hashed assets as immutable, gzipped when the client accepts gzip', async () => {
    const asset = await call(uiPort, '/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.body.length).toBeLessThan(appJs.length);
    expect(gunzipSync(asset.body).toString()).toBe(appJs);
    const plain = await call(uiPort, '/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(appJs);
  });

  it('answers 404 for a missing file and for a path outside dist/', async () => {
    expect((await call(uiPort, '/assets/missing.js')).status).toBe(404);
    const escape = await call(uiPort, '/..%2f..%2fetc%2fpasswd');
    expect(escape.status).toBe(404);
    expect(escape.body.toString()).not.toContain('root:');
  });

  it('refuses other methods than GET and HEAD for files', async () => {
    const answer = await call(uiPort, '/index.html', { method: 'POST', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('answers its liveness probe', async () => {
    const answer = await call(uiPort, '/healthz');
    expect([answer.status, answer.body.toString()]).toEqual([200, '{"status":"ok"}']);
  });
});

describe('security headers', () => {
  it('sends the CSP, nosniff, frame and referrer policies with every kind of answer', async () => {
    const answers = await Promise.all([
      call(uiPort, '/'),
      call(uiPort, '/assets/index-abc123.js'),
      call(uiPort, '/assets/missing.js'),
      call(uiPort, '/index.html', { method: 'POST', body: 'x' }),
      call(uiPort, '/healthz'),
      call(uiPort, '/ui-config/projects'),
      call(uiPort, '/projects/nope/api/v1/model'),
      call(uiPort, '/api/v1/model'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 405, 200, 200, 404, 200]);
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(contentSecurityPolicy).toContain("script-src 'self';");
    expect(contentSecurityPolicy).toContain("connect-src 'self';");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toContain('unsafe');
  });
});

describe('API proxy', () => {
  it('passes method, path, query, body and request id through unchanged, and the answer back', async () => {
    const body = JSON.stringify({ features: { sqft: 50 } });
    const answer = await call(uiPort, '/api/v1/predict?trace=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-ID': 'req-42' },
      body,
    });
    expect(answer.status).toBe(422);
    expect(answer.headers['x-request-id']).toBe('req-42');
    expect(JSON.parse(answer.body.toString())).toEqual({ detail: 'from upstream', errors: [] });
    const received = seen.at(-1)!;
    expect([received.method, received.url, received.body]).toEqual(['POST', '/api/v1/predict?trace=1', body]);
    expect(received.headers['content-type']).toBe('application/json');
    expect(received.headers.host).toBe(`127.0.0.1:${upstreamPort}`);
    expect(received.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('answers 504 in the API error shape when the API is too slow', async () => {
    const answer = await call(uiPort, '/api/v1/slow');
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.body.toString())).toEqual({
      detail: 'API unreachable: the API did not answer within 0.5 s',
      errors: [],
    });
  });

  it('drops the API request when the client goes away', async () => {
    // The default 30 s API timeout, so only the client's leaving can close the API request here.
    const patient = createUiServer(readSettings({ SLIPWAY_API_URL: `http://127.0.0.1:${upstreamPort}`, SLIPWAY_UI_DIST: dist }));
    const patientPort = await listen(patient);
    const before = seen.length;
    const req = request({ host: '127.0.0.1', port: patientPort, path: '/api/v1/slow', headers: { 'X-Request-ID': 'leaver' } });
    req.on('error', () => undefined);
    req.end();
    await expect.poll(() => seen.length, { timeout: 2_000 }).toBe(before + 1);
    req.destroy();
    await expect.poll(() => slowClosed, { timeout: 2_000 }).toContain('leaver');
    patient.closeAllConnections();
    await close(patient);
  });

  it('answers 502 without the API address when nothing listens there', async () => {
    // A port just freed is a port where nothing listens.
    const spare = createServer();
    const sparePort = await listen(spare);
    await close(spare);
    const orphan = createUiServer(readSettings({ SLIPWAY_API_URL: `http://127.0.0.1:${sparePort}`, SLIPWAY_UI_DIST: dist }));
    const orphanPort = await listen(orphan);
    const answer = await call(orphanPort, '/api/v1/model');
    await close(orphan);
    expect(answer.status).toBe(502);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body.toString())).toEqual({
      detail: 'API unreachable: ECONNREFUSED',
      errors: [],
    });
    expect(answer.body.toString()).not.toContain(String(sparePort));
  });
});

describe('readSettings', () => {
  it('defaults to port 8080, loopback and the API on 127.0.0.1:8000', () => {
    const settings = readSettings({});
    expect([settings.port, settings.host, settings.apiUrl.origin]).toEqual([8080, '127.0.0.1', 'http://127.0.0.1:8000']);
    expect(settings.distDir).toMatch(/ui\/dist$/);
  });

  it('names the variable and the fix for a bad port or API address', () => {
    expect(() => readSettings({ PORT: 'eighty' })).toThrow('PORT must be an integer from 0 to 65535; got "eighty"');
    expect(() => readSettings({ SLIPWAY_API_URL: 'inference-api:8000' })).toThrow(
      'SLIPWAY_API_URL must be an http:// URL such as http://127.0.0.1:8000; got "inference-api:8000"',
    );
  });
});
