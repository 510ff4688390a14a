// The built app from dist/, kept in memory once read (the files never change while the server
// runs), gzipped when the client accepts it. Hashed assets are cached for a year; index.html is
// revalidated so a new build is picked up at once.
//
// The memory cache is keyed by the file a request resolves to, not by the request's path, so
// aliases (/index.html, //index.html, /assets/../index.html) share one entry; misses are never
// kept; entries are dropped least recently used first once their bytes pass the cap, so no
// stream of requests can grow it.
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

/** The default cap on the bytes (plain and gzipped) the cache holds. */
export const defaultCacheBytes = 32 * 1024 * 1024;

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  type: string;
  etag: string;
  cacheControl: string;
}

const sizeOf = (file: StaticFile) => file.body.length + (file.gzipped?.length ?? 0);

export class StaticFiles {
  private readonly root: string;
  private readonly maxBytes: number;
  /** Most recently used last (a Map keeps insertion order). */
  private readonly cache = new Map<string, StaticFile>();
  /** Reads in progress, so concurrent requests for one file read it once; bounded by the files in dist/. */
  private readonly reading = new Map<string, Promise<StaticFile | undefined>>();
  private bytes = 0;

  constructor(root: string, maxBytes = defaultCacheBytes) {
    this.root = resolve(root);
    this.maxBytes = maxBytes;
  }

  /** The bytes and entries the cache holds now. */
  get cached(): { bytes: number; entries: number } {
    return { bytes: this.bytes, entries: this.cache.size };
  }

  async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodedPath(request.url ?? '/');
    const path = pathname === undefined ? undefined : this.resolveInRoot(pathname === '/' ? '/index.html' : pathname);
    const file = path === undefined ? undefined : await this.load(path);
    if (!file) {
      // The path is not echoed: the answer stays small whatever was asked.
      response.writeHead(pathname === undefined ? 400 : 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(pathname === undefined ? 'Bad request: the path is not valid percent-encoding\n' : 'Not found\n');
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

  /** The absolute file a request path names, or undefined when it is outside dist/ (e.g. /../secret). */
  private resolveInRoot(pathname: string): string | undefined {
    const path = resolve(join(this.root, pathname));
    return path.startsWith(this.root + sep) ? path : undefined;
  }

  private async load(path: string): Promise<StaticFile | undefined> {
    const hit = this.cache.get(path);
    if (hit) {
      this.cache.delete(path);
      this.cache.set(path, hit);
      return hit;
    }
    let pending = this.reading.get(path);
    if (!pending) {
      pending = this.read(path).finally(() => this.reading.delete(path));
      this.reading.set(path, pending);
    }
    const file = await pending;
    if (file && !this.cache.has(path)) this.remember(path, file);
    return file;
  }

  private remember(path: string, file: StaticFile): void {
    const size = sizeOf(file);
    if (size > this.maxBytes) return;
    this.cache.set(path, file);
    this.bytes += size;
    for (const [oldest, entry] of this.cache) {
      if (this.bytes <= this.maxBytes) break;
      this.cache.delete(oldest);
      this.bytes -= sizeOf(entry);
    }
  }

  private async read(path: string): Promise<StaticFile | undefined> {
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
      cacheControl: path.startsWith(join(this.root, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://ui').pathname);
  } catch {
    return undefined;
  }
}
