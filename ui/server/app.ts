// The UI's production web server: the built app, /api/* proxied to the default project's
// inference API, /projects/<name>/api/* to that project's, the list of projects for the app, and
// a liveness probe for the container's HEALTHCHECK.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { proxyToApi } from './api-proxy.js';
import { projectsConfig, type ServerSettings } from './settings.js';
import { StaticFiles } from './static-files.js';

// Sent with every answer. The built app is one script and one stylesheet from /assets/, with no
// inline script or style, and talks only to this server, so everything else is refused.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function createUiServer(settings: ServerSettings): Server {
  const files = new StaticFiles(settings.distDir);
  const projectsBody = JSON.stringify(projectsConfig(settings.projects));
  return createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const project = /^\/projects\/([^/]*)(\/api(?:\/.*)?)$/.exec(path);
    if (path === '/healthz') {
      sendJson(response, 200, '{"status":"ok"}');
    } else if (path === '/ui-config/projects') {
      sendJson(response, 200, projectsBody);
    } else if (path === '/api' || path.startsWith('/api/')) {
      proxyToApi(settings.apiUrl, url, settings.apiTimeoutMs, request, response);
    } else if (project) {
      const name = project[1] ?? '';
      const target = settings.projects.find((candidate) => candidate.name === name);
      // The API gets its own /api/... path (with the query), the project's prefix taken off.
      if (target) proxyToApi(target.apiUrl, url.slice(`/projects/${name}`.length), settings.apiTimeoutMs, request, response);
      else sendJson(response, 404, JSON.stringify({ detail: unknownProject(name, settings), errors: [] }));
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

function unknownProject(name: string, settings: ServerSettings): string {
  const served = settings.projects.map((project) => project.name);
  return served.length === 0
    ? `No project named "${name}": this UI serves one API, at /api/.`
    : `No project named "${name}": this UI serves ${served.join(', ')}.`;
}

function sendJson(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}
