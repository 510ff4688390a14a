// Model metadata in the shape of docs/API.md, with the house-prices bundle's features and test
// metrics (runs of `make start`), for tests that need an API answer without the API.
import type { Feature, ModelInfo } from '../src/lib/api-types';

export function features(): Feature[] {
  return [
    { name: 'sqft', type: 'integer', unit: 'square feet', description: 'Interior living area.', min: 400, max: 10000 },
    { name: 'bedrooms', type: 'integer', min: 1, max: 8 },
    { name: 'bathrooms', type: 'number', min: 1, max: 6, step: 0.5 },
    { name: 'location', type: 'category', categories: ['Downtown', 'Urban', 'Suburb', 'Rural', 'Waterfront', 'Mountain'] },
    { name: 'condition', type: 'category', categories: ['Poor', 'Fair', 'Good', 'Excellent'] },
    { name: 'year_built', type: 'integer', min: 1850, max: 2025 },
  ];
}

export function modelInfo(): ModelInfo {
  return {
    project: 'house-prices',
    version: 'house-prices-83a4aa653ee8',
    trained_at: '2026-11-22T05:47:59Z',
    git_sha: 'd1838bc39bf426735f2c06900ccfad4837503034',
    chosen_model: 'xgboost',
    target: { name: 'price', unit: 'USD', description: 'Sale price.' },
    features: features(),
    metrics: {
      primary_metric: 'rmse',
      test: { rmse: 18141.81, mae: 12785.38, r2: 0.98684, mse: 329125438.58, mape: 0.03248 },
      baseline_mean: { rmse: 158165.14, mae: 123488.52, r2: -0.0005, mse: 25016210762.44, mape: 0.38877 },
      n_train: 1600,
      n_test: 400,
      cv_folds: 5,
    },
    gates: [
      { metric: 'r2', op: '>=', threshold: 0.6 },
      { metric: 'mape', op: '<=', threshold: 0.25 },
    ],
    interval: {
      method: 'split-conformal',
      coverage: 0.9,
      calibration_rows: 400,
      half_width: 29876.5,
      quantile: 29876.5,
      varies_per_row: false,
      input_profile: null,
    },
    fingerprint: {
      sha256: 'f8f0ecd98a552d73b687d5333438261fe7ac482d9514d526a3bc0d0d7a5333e2',
      rows: 2000,
      columns: ['sqft', 'price'],
      source: 'generator:generate.py',
    },
    feature_importance: [
      { feature: 'sqft', importance: 51234.0 },
      { feature: 'location', importance: 20110.5 },
      { feature: 'house_age', importance: 3000.25 },
    ],
    predictions_sample: { actual: [250000, 410000, 180000], predicted: [262000, 398500, 185250] },
    batch_limit: 1000,
  };
}

export interface SentRequest {
  url: string;
  init: RequestInit | undefined;
  /** The JSON body, parsed; undefined when there was none. */
  body: unknown;
}

/** A fetch that answers from a list of canned responses, recording each request. */
export function scriptedFetch(answers: (Response | Error)[]): { fetcher: typeof fetch; requests: SentRequest[] } {
  const requests: SentRequest[] = [];
  const fetcher = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    requests.push({ url, init, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected request ${url}`);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { fetcher, requests };
}

/** The rows of a recorded batch request. */
export function sentRows(request: SentRequest | undefined): unknown[] {
  return (request?.body as { rows: unknown[] } | undefined)?.rows ?? [];
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** GET /ui-config/projects from a UI server with one API (SLIPWAY_API_URL). */
export function oneApi(): Response {
  return json(200, { default: null, projects: [] });
}
