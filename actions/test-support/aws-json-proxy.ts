// A proxy in front of moto for the few AWS JSON-protocol calls moto cannot play (a training job
// that is still running, StopTrainingJob, UpdateEndpoint in progress): each handler answers
// one X-Amz-Target, usually from moto's own answer; every other request reaches moto as sent.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { freePort } from './moto.js';

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** `request`: the call's JSON body; `upstream()`: moto's answer to the same call. */
export type JsonHandler = (request: Record<string, unknown>, upstream: () => Promise<JsonAnswer>) => Promise<JsonAnswer> | JsonAnswer;

export interface AwsJsonProxy {
  /** Give it to the SDK (AWS_ENDPOINT_URL) instead of moto's. */
  endpoint: string;
  /** Every JSON-protocol call, answered here or by moto, in order: X-Amz-Target and body. */
  calls: { target: string; request: Record<string, unknown> }[];
  close: () => Promise<void>;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(upstream: URL, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: upstream.hostname, port: upstream.port, method, path, headers: { ...headers, host: upstream.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function startAwsJsonProxy(upstreamEndpoint: string, handlers: Record<string, JsonHandler>): Promise<AwsJsonProxy> {
  const upstream = new URL(upstreamEndpoint);
  const calls: AwsJsonProxy['calls'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const send = (answer: RawAnswer): void => {
        const headers = { ...answer.headers, 'content-length': String(answer.body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(answer.status, headers);
        res.end(answer.body);
      };
      const toUpstream = (): Promise<RawAnswer> => forward(upstream, req.method ?? 'GET', req.url ?? '/', req.headers, body);
      const target = String(req.headers['x-amz-target'] ?? '');
      const request = target === '' ? {} : (JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>);
      if (target !== '') calls.push({ target, request });
      const handler = handlers[target];
      const answered: Promise<RawAnswer> =
        handler === undefined
          ? toUpstream()
          : (async () => {
              const answer = await handler(request, async () => {
                const raw = await toUpstream();
                return { status: raw.status, body: JSON.parse(raw.body.toString('utf8') || '{}') as Record<string, unknown> };
              });
              return {
                status: answer.status,
                headers: { 'content-type': 'application/x-amz-json-1.1' },
                body: Buffer.from(JSON.stringify(answer.body)),
              };
            })();
      answered.then(send, (error: unknown) => {
        send({ status: 502, headers: {}, body: Buffer.from(String(error)) });
      });
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => {
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
