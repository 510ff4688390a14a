// /api/* passed to an inference API (the caller gives the path it asks for). When the API does not answer, the UI gets a JSON
// error in the API's own error shape (502 unreachable, 504 too slow), which it shows as
// "API unreachable".
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';

// Headers that belong to one connection, not to the request (RFC 9110 §7.6.1).
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHop.has(name.toLowerCase())));
}

export function proxyToApi(apiUrl: URL, path: string, timeoutMs: number, request: IncomingMessage, response: ServerResponse): void {
  const upstream = httpRequest(
    {
      hostname: apiUrl.hostname,
      port: apiUrl.port || 80,
      method: request.method,
      path,
      headers: { ...endToEnd(request.headers), host: apiUrl.host, 'x-forwarded-for': forwardedFor(request) },
      timeout: timeoutMs,
    },
    (answer: IncomingMessage) => {
      response.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
      answer.pipe(response);
    },
  );
  upstream.on('timeout', () => upstream.destroy(new ApiTimeout(`the API did not answer within ${timeoutMs / 1000} s`)));
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    if (response.headersSent) {
      response.destroy(error);
      return;
    }
    const timedOut = error instanceof ApiTimeout;
    // The API's address is for the operator's log, not for the client's answer.
    logLine({ event: 'api unreachable', api: apiUrl.origin, path, error: timedOut ? error.message : (error.code ?? error.message) });
    const detail = timedOut ? `API unreachable: ${error.message}` : `API unreachable: ${error.code ?? 'the connection failed'}`;
    const body = JSON.stringify({ detail, errors: [] });
    response.writeHead(timedOut ? 504 : 502, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(body),
    });
    response.end(body);
  });
  // A client that goes away stops its API request too.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}

function logLine(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}

function forwardedFor(request: IncomingMessage): string {
  const earlier = request.headers['x-forwarded-for'];
  const client = request.socket.remoteAddress ?? '';
  return earlier ? `${String(earlier)}, ${client}` : client;
}

class ApiTimeout extends Error {}
