// The built app from dist/, read once per file and kept in memory (the files never change while
// the server runs), gzipped when the client accepts it. Hashed assets are cached for a year;
// index.html is revalidated so a new build is picked up at once.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  type: string;
  etag: string;
  cacheControl: string;
}

export class StaticFiles {
  private readonly root: string;
  private readonly cache = new Map<string, Promise<StaticFile | undefined>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://ui').pathname);
    const file = await this.load(pathname === '/' ? '/index.html' : pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(`Not found: ${pathname}\n`);
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      'Cache-Control': file.cacheControl,
      ETag: file.etag,
      Vary: 'Accept-Encoding',
    };
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const gzip = file.gzipped !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip && file.gzipped ? file.gzipped : file.body;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  private load(pathname: string): Promise<StaticFile | undefined> {
    let file = this.cache.get(pathname);
    if (!file) {
      file = this.read(pathname);
      this.cache.set(pathname, file);
    }
    return file;
  }

  private async read(pathname: string): Promise<StaticFile | undefined> {
    const path = resolve(join(this.root, pathname));
    // Refuse anything outside dist/ (e.g. /../secret).
    if (!path.startsWith(this.root + sep)) return undefined;
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return undefined;
    }
    const extension = extname(path);
    return {
      body,
      gzipped: compressible.has(extension) ? gzipSync(body) : undefined,
      type: contentTypes[extension] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      cacheControl: pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
}
