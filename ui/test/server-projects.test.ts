// @vitest-environment node
// The UI web server serving several projects (SLIPWAY_PROJECT_APIS): each project's API behind
// /projects/<name>/api/*, the default one also behind /api/*, and the list the app reads. Two plain
// node:http upstreams stand in for the APIs (the end-to-end tests put two real APIs behind it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUiServer } from '../server/app';
import { readProjectApis, readSettings } from '../server/settings';

interface Seen {
  api: string;
  method: string;
  url: string;
  body: string;
}

const seen: Seen[] = [];
const dist = mkdtempSync(join(tmpdir(), 'slipway-ui-dist-'));
const servers: Server[] = [];

/** An upstream API that answers every request with its own name and what it received. */
function fakeApi(name: string): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ api: name, method: req.method ?? '', url: req.url ?? '', body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ api: name }));
    });
  });
}

function listen(server: Server): Promise<number> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    }),
  );
}

function call(port: number, path: string, method = 'GET', body?: string): Promise<{ status: number; type: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), json: JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

let uiPort = 0;
let singlePort = 0;
let housePort = 0;

beforeAll(async () => {
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Slipway</title>');
  housePort = await listen(fakeApi('house-prices'));
  const abalonePort = await listen(fakeApi('abalone'));
  const apis = `house-prices=http://127.0.0.1:${housePort},abalone=http://127.0.0.1:${abalonePort}`;
  uiPort = await listen(createUiServer(readSettings({ SLIPWAY_PROJECT_APIS: apis, SLIPWAY_UI_DIST: dist })));
  singlePort = await listen(createUiServer(readSettings({ SLIPWAY_API_URL: `http://127.0.0.1:${housePort}`, SLIPWAY_UI_DIST: dist })));
});

afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dist, { recursive: true, force: true });
});

describe('several projects', () => {
  it('lists the projects, the default first, with names and paths only', async () => {
    expect(await call(uiPort, '/ui-config/projects')).toEqual({
      status: 200,
      type: 'application/json',
      json: {
        default: 'house-prices',
        projects: [
          { name: 'house-prices', path: '/projects/house-prices' },
          { name: 'abalone', path: '/projects/abalone' },
        ],
      },
    });
  });

  it("sends /projects/<name>/api/* to that project's API with the prefix taken off", async () => {
    const body = JSON.stringify({ features: { rings: 1 } });
    const answer = await call(uiPort, '/projects/abalone/api/v1/predict?trace=1', 'POST', body);
    expect(answer.json).toEqual({ api: 'abalone' });
    expect(seen.at(-1)).toEqual({ api: 'abalone', method: 'POST', url: '/api/v1/predict?trace=1', body });
    expect((await call(uiPort, '/projects/house-prices/api/v1/model')).json).toEqual({ api: 'house-prices' });
    expect(seen.at(-1)?.url).toBe('/api/v1/model');
  });

  it("keeps /api/* on the default project's API", async () => {
    expect((await call(uiPort, '/api/v1/model')).json).toEqual({ api: 'house-prices' });
    expect(seen.at(-1)).toMatchObject({ api: 'house-prices', url: '/api/v1/model' });
  });

  it('answers 404 in the API error shape for a project it does not serve, asking no API', async () => {
    const before = seen.length;
    expect(await call(uiPort, '/projects/iris/api/v1/model')).toEqual({
      status: 404,
      type: 'application/json',
      json: { detail: 'No project named "iris": this UI serves house-prices, abalone.', errors: [] },
    });
    expect(seen.length).toBe(before);
  });
});

describe('one API (SLIPWAY_API_URL)', () => {
  it('names no project, and proxies /api/* as before', async () => {
    expect((await call(singlePort, '/ui-config/projects')).json).toEqual({ default: null, projects: [] });
    expect((await call(singlePort, '/api/v1/model')).json).toEqual({ api: 'house-prices' });
    expect(await call(singlePort, '/projects/abalone/api/v1/model')).toMatchObject({
      status: 404,
      json: { detail: 'No project named "abalone": this UI serves one API, at /api/.', errors: [] },
    });
  });
});

describe('SLIPWAY_PROJECT_APIS', () => {
  it('reads name=url pairs in order, and wins over SLIPWAY_API_URL', () => {
    const settings = readSettings({
      SLIPWAY_PROJECT_APIS: 'abalone=http://a:8000, house-prices=http://h:8000',
      SLIPWAY_API_URL: 'http://x:1',
    });
    expect(settings.projects.map(({ name, apiUrl }) => [name, apiUrl.origin])).toEqual([
      ['abalone', 'http://a:8000'],
      ['house-prices', 'http://h:8000'],
    ]);
    expect(settings.apiUrl.origin).toBe('http://a:8000');
  });

  it('quotes the bad pair and says what is wrong with it', () => {
    const fix = 'write name=url pairs such as house-prices=http://127.0.0.1:8001,abalone=http://127.0.0.1:8002';
    expect(() => readProjectApis('house-prices=http://h:8000,abalone')).toThrow(
      `SLIPWAY_PROJECT_APIS: no "=" in the pair "abalone"; ${fix}`,
    );
    expect(() => readProjectApis('Abalone=http://a:8000')).toThrow(
      'SLIPWAY_PROJECT_APIS: the project name "Abalone" is not lower-case letters, digits and "-" (starting with a letter, at most 31) in the pair "Abalone=http://a:8000"',
    );
    expect(() => readProjectApis('abalone=https://a')).toThrow(
      'SLIPWAY_PROJECT_APIS: the URL is not an http:// URL in the pair "abalone=https://a"',
    );
    expect(() => readProjectApis('abalone=a:8000')).toThrow('the URL is not an http:// URL in the pair "abalone=a:8000"');
    expect(() => readProjectApis('a=http://a:1,a=http://b:1')).toThrow('the project "a" is named twice in the pair "a=http://b:1"');
    expect(() => readProjectApis('a=http://a:1,')).toThrow('no "=" in the pair ""');
  });
});
