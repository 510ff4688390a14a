// The inference API client. Every call ends in one explicit state, so a view can say exactly
// what happened; there is no fallback value for any failure.
import type { BatchPredictions, FeatureRow, FeedbackAnswer, FieldError, LiveSummary, ModelInfo, Prediction } from './api-types';
import type { paths } from './generated/api';

export type ApiResult<T> =
  | { kind: 'ok'; data: T }
  /** The API (or the UI server's proxy to it) could not be reached. */
  | { kind: 'unreachable'; detail: string }
  /** 503: the API runs but has no model loaded. */
  | { kind: 'not-ready'; detail: string }
  /** 422: schema violations, one per bad field. */
  | { kind: 'invalid'; detail: string; errors: FieldError[] }
  /** Any other non-2xx answer (400, 413, 415, ...), shown as the API worded it. */
  | { kind: 'error'; status: number; detail: string };

export type ApiState<T> = { kind: 'loading' } | ApiResult<T>;

interface ErrorBody {
  detail?: unknown;
  errors?: unknown;
  reason?: unknown;
}

export class ApiClient {
  constructor(
    private readonly baseUrl = '',
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  model(): Promise<ApiResult<ModelInfo>> {
    return this.get('/api/v1/model');
  }

  predict(features: FeatureRow): Promise<ApiResult<Prediction>> {
    return this.post('/api/v1/predict', { features });
  }

  predictBatch(rows: FeatureRow[]): Promise<ApiResult<BatchPredictions>> {
    return this.post('/api/v1/predict/batch', { rows });
  }

  feedback(predictionId: string, actual: number): Promise<ApiResult<FeedbackAnswer>> {
    return this.post('/api/v1/feedback', { prediction_id: predictionId, actual });
  }

  live(hours: number): Promise<ApiResult<LiveSummary>> {
    return requestJson(this.fetcher, 'GET', `${this.baseUrl}/api/v1/live?hours=${encodeURIComponent(String(hours))}`);
  }

  // Paths, bodies and answers are the OpenAPI document's: a wrong path or body does not compile.
  private get<P extends GetPath>(path: P): Promise<ApiResult<Answer<paths[P]['get']>>> {
    return requestJson(this.fetcher, 'GET', this.baseUrl + path);
  }

  private post<P extends PostPath>(path: P, body: RequestBody<paths[P]['post']>): Promise<ApiResult<Answer<paths[P]['post']>>> {
    return requestJson(this.fetcher, 'POST', this.baseUrl + path, body);
  }
}

type GetPath = { [P in keyof paths]: paths[P]['get'] extends undefined ? never : P }[keyof paths];
type PostPath = { [P in keyof paths]: paths[P]['post'] extends undefined ? never : P }[keyof paths];
/** An operation's 200 (or 201) JSON answer, as the OpenAPI document declares it. */
type Answer<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer A } } } }
  ? A
  : Operation extends { responses: { 201: { content: { 'application/json': infer C } } } }
    ? C
    : never;
type RequestBody<Operation> = Operation extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** One JSON request, ended in one explicit state (also for the UI server's own /ui-config/*). */
export async function requestJson<T>(fetcher: typeof fetch, method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (error) {
    return { kind: 'unreachable', detail: `No answer from ${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return interpret<T>(response, url);
}

async function interpret<T>(response: Response, url: string): Promise<ApiResult<T>> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { kind: 'error', status: response.status, detail: `${url} answered ${response.status} with a body that is not JSON` };
  }
  if (response.ok) {
    if (parsed === undefined)
      return { kind: 'error', status: response.status, detail: `${url} answered ${response.status} with an empty body` };
    return { kind: 'ok', data: parsed as T };
  }
  const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as ErrorBody;
  const detail = describe(body, response);
  // 502/504 come from the UI server's proxy when the API does not answer.
  if (response.status === 502 || response.status === 504) return { kind: 'unreachable', detail };
  if (response.status === 503) return { kind: 'not-ready', detail };
  if (response.status === 422) return { kind: 'invalid', detail, errors: fieldErrors(body.errors) };
  return { kind: 'error', status: response.status, detail };
}

function describe(body: ErrorBody, response: Response): string {
  if (typeof body.detail === 'string' && body.detail !== '') return body.detail;
  if (typeof body.reason === 'string' && body.reason !== '') return body.reason;
  return `HTTP ${response.status} ${response.statusText}`.trim();
}

function fieldErrors(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, field, message } = entry as Record<string, unknown>;
    if (typeof message !== 'string') return [];
    return [{ row: typeof row === 'number' ? row : null, field: typeof field === 'string' ? field : null, message }];
  });
}
