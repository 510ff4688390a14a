// The runner's artifact service on 127.0.0.1, for a bundled action run as a process: the results
// service's Twirp API (CreateArtifact returns a signed upload URL, FinalizeArtifact an id) and
// the Azure blob endpoint behind that URL (Put Block, Put Block List). Answers in the shapes
// the unit test in actions/shared/test/artifact.test.ts records; keeps what was uploaded.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';

export interface FakeArtifact {
  name: string;
  id: number;
  createBody: Record<string, unknown>;
  finalizeBody?: Record<string, unknown>;
  blocks: Map<string, Buffer>;
  zip?: Buffer;
}

/** An unsigned JWT in the runner's ACTIONS_RUNTIME_TOKEN form: scp names the run and job backends. */
export function runtimeToken(runBackend: string, jobBackend: string): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ scp: `Actions.GenericRead:9 Actions.Results:${runBackend}:${jobBackend}` })}.c2lnbmF0dXJl`;
}

export async function startFakeArtifactService(): Promise<{
  url: string;
  artifacts: FakeArtifact[];
  sha256: (zip: Buffer) => string;
  stop: () => Promise<void>;
}> {
  const artifacts: FakeArtifact[] = [];
  let base = '';
  let nextId = 2233445566;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', base);
      const json = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      if (request.method === 'POST' && url.pathname === `${TWIRP}/CreateArtifact`) {
        const create = JSON.parse(body.toString()) as Record<string, unknown>;
        const name = String(create.name);
        if (artifacts.some((a) => a.name === name)) {
          json(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
          return;
        }
        artifacts.push({ name, id: nextId++, createBody: create, blocks: new Map() });
        json(200, {
          ok: true,
          signed_upload_url: `${base}/blob/${encodeURIComponent(name)}.zip?sv=2023-11-03&sr=b&sp=cw&sig=c2lnbmF0dXJl`,
        });
        return;
      }
      if (request.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        const artifact = artifacts.find((a) => url.pathname === `/blob/${encodeURIComponent(a.name)}.zip`);
        if (!artifact) {
          json(404, { message: 'BlobNotFound' });
          return;
        }
        if (url.searchParams.get('comp') === 'block') artifact.blocks.set(url.searchParams.get('blockid') ?? '', body);
        if (url.searchParams.get('comp') === 'blocklist') {
          const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1] ?? '');
          artifact.zip = Buffer.concat(ids.map((id) => artifact.blocks.get(id) ?? Buffer.alloc(0)));
        }
        response.writeHead(201, { 'x-ms-request-id': 'f1e2d3c4-0000-0000-0000-000000000000', 'x-ms-version': '2025-05-05' });
        response.end();
        return;
      }
      if (request.method === 'POST' && url.pathname === `${TWIRP}/FinalizeArtifact`) {
        const finalize = JSON.parse(body.toString()) as Record<string, unknown>;
        const artifact = artifacts.find((a) => a.name === finalize.name);
        if (!artifact) {
          json(404, { code: 'not_found', msg: 'artifact not found' });
          return;
        }
        artifact.finalizeBody = finalize;
        json(200, { ok: true, artifact_id: String(artifact.id) });
        return;
      }
      json(404, { code: 'bad_route', msg: `no handler for ${request.method ?? ''} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    artifacts,
    sha256: (zip) => createHash('sha256').update(zip).digest('hex'),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
