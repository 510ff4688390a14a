// An HTTP proxy in front of moto that answers chosen ECS operations with recorded AWS error
// responses (JSON protocol: status 400, `__type` and `message`) a given number of times, then
// forwards to moto. Unlike aws-sdk-client-mock it sits below the SDK, so the real retry
// middleware and request headers are exercised.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface Fault {
  /** ECS operation, e.g. DescribeServices (from the X-Amz-Target header). */
  operation: string;
  /** How many requests get the fault before requests pass through. */
  times: number;
  status: number;
  type: string;
  message: string;
}

export interface SeenRequest {
  operation: string;
  userAgent: string;
  /** `attempt=2; max=8` from the amz-sdk-request header. */
  sdkRequest: string;
  faulted: boolean;
}

export interface FaultProxy {
  endpoint: string;
  seen: SeenRequest[];
  close: () => Promise<void>;
}

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

export async function startFaultProxy(upstream: string, faults: Fault[]): Promise<FaultProxy> {
  const remaining = faults.map((f) => ({ ...f }));
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    const answer = async (): Promise<void> => {
      const payload = await body(request);
      const operation = header(request, 'x-amz-target').split('.').at(-1) ?? '';
      const fault = remaining.find((f) => f.operation === operation && f.times > 0);
      seen.push({
        operation,
        userAgent: `${header(request, 'user-agent')} ${header(request, 'x-amz-user-agent')}`,
        sdkRequest: header(request, 'amz-sdk-request'),
        faulted: !!fault,
      });
      if (fault) {
        fault.times -= 1;
        response.writeHead(fault.status, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        });
        response.end(JSON.stringify({ __type: fault.type, message: fault.message }));
        return;
      }
      const forwarded = await fetch(`${upstream}${request.url ?? '/'}`, {
        method: request.method ?? 'POST',
        headers: Object.fromEntries(
          Object.entries(request.headers).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'host'),
        ),
        body: payload,
      });
      response.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? 'application/x-amz-json-1.1' });
      response.end(Buffer.from(await forwarded.arrayBuffer()));
    };
    // A request must always get an answer: a hanging one would hang the client under test.
    answer().catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`fault proxy: ${(error as Error).message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
