// The UI's production web server: the built app, /api/* proxied to the inference API, and a
// liveness probe for the container's HEALTHCHECK.
import { createServer, type Server } from 'node:http';
import { proxyToApi } from './api-proxy.js';
import type { ServerSettings } from './settings.js';
import { StaticFiles } from './static-files.js';

export function createUiServer(settings: ServerSettings): Server {
  const files = new StaticFiles(settings.distDir);
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end('{"status":"ok"}');
    } else if (path === '/api' || path.startsWith('/api/')) {
      proxyToApi(settings.apiUrl, settings.apiTimeoutMs, request, response);
    } else if (request.method === 'GET' || request.method === 'HEAD') {
      files.serve(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Could not read the file: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    } else {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${request.method ?? ''} is not allowed here; the app's files are read with GET\n`);
    }
  });
}
