// A tiny HTTP server on 127.0.0.1 that answers like api.github.com from recorded response
// bodies, so the bundled actions run as processes with GITHUB_API_URL pointed at it. Each
// route answers once per listing; requests are recorded for assertions.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  method: string;
  /** Path and query as GitHub sees them, e.g. `/repos/o/r/deployments?environment=production&...`. */
  path: string;
  status: number;
  /** The response body: a parsed value, or a fixture file to read. */
  body?: unknown;
  bodyFile?: string;
  /** Link headers are recorded with https://api.github.com; the server points them at itself. */
  link?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  stop: () => Promise<void>;
}

/** A recorded JSON body; typed loosely, as nock and the assertions take it. */
// T names what the fixture holds; JSON.parse cannot infer it.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function readFixture<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** A copy of `value` without `key`: a field missing from a recorded body. */
export function without<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

export async function startFixtureServer(routes: FixtureRoute[]): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  let base = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? '/';
      const body = await readBody(request);
      requests.push({ method: request.method ?? 'GET', path, authorization: request.headers.authorization, body });
      const route = routes.find((r) => r.method === request.method && r.path === path);
      if (!route) {
        response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }));
        return;
      }
      const payload = route.bodyFile === undefined ? route.body : readFixture(route.bodyFile);
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (route.link) headers.link = route.link.replaceAll('https://api.github.com', base);
      response.writeHead(route.status, headers);
      response.end(JSON.stringify(payload));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
