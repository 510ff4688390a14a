// A stateful stand-in for GitHub's deployments REST API (version 2022-11-28) for one repository,
// answering in the recorded response shapes (production-baseline's test/fixtures/github) and
// following GitHub's documented rules, so tests exercise what GitHub would do with a sequence
// of calls rather than canned answers:
// - POST /repos/{o}/{r}/deployments: `ref` required (422 otherwise); `environment` defaults to
//   "production", `task` to "deploy"; `production_environment` defaults to true only for an
//   environment named "production"; the payload comes back as given.
// - GET  /repos/{o}/{r}/deployments: filters sha, ref, task, environment; newest first;
//   per_page (default 30, max 100) and page, with GitHub's Link header (rel next/last/first/prev)
//   pointing at /repositories/{id}/deployments.
// - POST /repos/{o}/{r}/deployments/{id}/statuses: `state` one of GitHub's seven (422
//   otherwise). `auto_inactive` (default true), on a `success` status: "Adds a new inactive
//   status to all prior non-transient, non-production environment deployments with the same
//   repository and environment name as the created status's deployment. An inactive status is
//   only added to deployments that had a success state." (GitHub's REST reference). The
//   "non-production" clause dates from when inactivating production deployments needed the
//   flash-preview media type; that preview graduated and production deployments are
//   inactivated too, which is what issue 14 observed. `inactivatesProduction` (default true)
//   models that; false models the reference text literally.
// - GET  /repos/{o}/{r}/deployments/{id}/statuses: newest first, paginated the same way.
// Anything else answers GitHub's 404 body. Every request is recorded for assertions; `failNext`
// queues one-off answers (a 502, a secondary rate limit) to exercise retries.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import nock from 'nock';

const fixtures = fileURLToPath(new URL('../production-baseline/test/fixtures/github/', import.meta.url));
type Json = Record<string, unknown>;
const template = (name: string): Json => JSON.parse(readFileSync(`${fixtures}${name}`, 'utf8')) as Json;

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

export interface FakeDeployment extends Json {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  created_at: string;
  transient_environment: boolean;
  production_environment: boolean;
}

export interface FakeStatus extends Json {
  id: number;
  state: string;
  environment: string;
  created_at: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  authorization?: string | undefined;
  body?: unknown;
}

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeOptions {
  owner?: string;
  repo?: string;
  /** The API root the answers' URLs and Link headers name. */
  apiUrl?: string;
  inactivatesProduction?: boolean;
  /** The first deployment's creation time; each later call is one second on. */
  start?: Date;
}

const notFound = (): FakeAnswer => ({
  status: 404,
  headers: {},
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
});

const invalid = (message: string, documentation: string): FakeAnswer => ({
  status: 422,
  headers: {},
  body: { message, documentation_url: `https://docs.github.com/rest/deployments/${documentation}`, status: '422' },
});

export class FakeGitHubDeployments {
  readonly owner: string;
  readonly repo: string;
  apiUrl: string;
  readonly requests: FakeRequest[] = [];
  private readonly deployments: FakeDeployment[] = [];
  private readonly statuses = new Map<number, FakeStatus[]>();
  private readonly queuedFailures: { method: string; pathStart: string; answer: FakeAnswer }[] = [];
  private readonly inactivatesProduction: boolean;
  private clock: number;
  private nextDeploymentId = 2923360551;
  private nextStatusId = 6201177480;
  private readonly repositoryId = 875316052;

  constructor(options: FakeOptions = {}) {
    this.owner = options.owner ?? 'slipway-demo';
    this.repo = options.repo ?? 'slipway';
    this.apiUrl = options.apiUrl ?? 'https://api.github.com';
    this.inactivatesProduction = options.inactivatesProduction ?? true;
    this.clock = (options.start ?? new Date('2026-11-22T08:30:00Z')).getTime();
  }

  /** The next request of this method whose path starts so gets `answer` instead (once). */
  failNext(method: string, pathStart: string, answer: { status: number; body: unknown; headers?: Record<string, string> }): void {
    this.queuedFailures.push({ method, pathStart, answer: { headers: {}, ...answer } });
  }

  /** A deployment's statuses, newest first. */
  statusesOf(id: number): FakeStatus[] {
    return [...(this.statuses.get(id) ?? [])].reverse();
  }

  allDeployments(): FakeDeployment[] {
    return [...this.deployments].reverse();
  }

  handle(method: string, pathAndQuery: string, body: unknown, headers: IncomingHttpHeaders = {}): FakeAnswer {
    this.requests.push({ method, path: pathAndQuery, authorization: headers.authorization, body });
    const failure = this.queuedFailures.findIndex((f) => f.method === method && pathAndQuery.startsWith(f.pathStart));
    if (failure >= 0) return this.queuedFailures.splice(failure, 1)[0]!.answer;
    if (!headers.authorization) {
      return {
        status: 401,
        headers: {},
        body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' },
      };
    }
    const url = new URL(pathAndQuery, 'http://fake.invalid');
    const prefix = new URL(this.apiUrl).pathname.replace(/\/$/, '');
    const path = url.pathname.slice(prefix.length);
    const repoPath = `/repos/${this.owner}/${this.repo}/deployments`;
    const byId = `/repositories/${this.repositoryId}/deployments`;
    const listRoot = path.startsWith(byId) ? byId : repoPath;
    if (!path.startsWith(listRoot)) return notFound();
    const rest = path.slice(listRoot.length).split('/').filter(Boolean);
    if (rest.length === 0 && method === 'POST') return this.createDeployment(body);
    if (rest.length === 0 && method === 'GET') return this.listDeployments(url.searchParams, listRoot);
    const deployment = this.deployments.find((d) => String(d.id) === rest[0]);
    if (!deployment) return notFound();
    if (rest.length === 1 && method === 'GET') return { status: 200, headers: {}, body: deployment };
    if (rest.length === 2 && rest[1] === 'statuses' && method === 'POST') return this.createStatus(deployment, body);
    if (rest.length === 2 && rest[1] === 'statuses' && method === 'GET') {
      return this.page(this.statusesOf(deployment.id), url.searchParams, `${listRoot}/${deployment.id}/statuses`);
    }
    return notFound();
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private createDeployment(body: unknown): FakeAnswer {
    const given = (typeof body === 'object' && body !== null ? body : {}) as Json;
    if (typeof given.ref !== 'string' || given.ref === '')
      return invalid('Invalid request.\n\n"ref" wasn\'t supplied.', 'deployments#create-a-deployment');
    const environment = typeof given.environment === 'string' ? given.environment : 'production';
    const id = this.nextDeploymentId++;
    const at = this.tick();
    const repoUrl = `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
    const sha = /^[0-9a-f]{40}$/.test(given.ref) ? given.ref : 'a3c9e1d7f5b24c6e8a0b1d3f5e7c9a1b3d5f7e90';
    const deployment: FakeDeployment = {
      ...template('deployment-created.json'),
      url: `${repoUrl}/deployments/${id}`,
      id,
      node_id: `DE_fake${id}`,
      task: typeof given.task === 'string' ? given.task : 'deploy',
      original_environment: environment,
      environment,
      description: typeof given.description === 'string' ? given.description : '',
      created_at: at,
      updated_at: at,
      statuses_url: `${repoUrl}/deployments/${id}/statuses`,
      repository_url: repoUrl,
      sha,
      ref: given.ref,
      payload: given.payload ?? {},
      transient_environment: given.transient_environment === true,
      production_environment:
        typeof given.production_environment === 'boolean' ? given.production_environment : environment === 'production',
    };
    this.deployments.push(deployment);
    this.statuses.set(id, []);
    return { status: 201, headers: {}, body: deployment };
  }

  private addStatus(
    deployment: FakeDeployment,
    fields: { state: string; description?: string; log_url?: string; environment_url?: string },
  ): FakeStatus {
    const id = this.nextStatusId++;
    const at = this.tick();
    const repoUrl = `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
    const status: FakeStatus = {
      ...template('status-created.json'),
      url: `${repoUrl}/deployments/${deployment.id}/statuses/${id}`,
      id,
      node_id: `DES_fake${id}`,
      state: fields.state,
      description: fields.description ?? '',
      environment: deployment.environment,
      target_url: fields.log_url ?? '',
      log_url: fields.log_url ?? '',
      environment_url: fields.environment_url ?? '',
      created_at: at,
      updated_at: at,
      deployment_url: `${repoUrl}/deployments/${deployment.id}`,
      repository_url: repoUrl,
    };
    this.statuses.get(deployment.id)?.push(status);
    return status;
  }

  private createStatus(deployment: FakeDeployment, body: unknown): FakeAnswer {
    const given = (typeof body === 'object' && body !== null ? body : {}) as Json;
    const state = given.state;
    if (typeof state !== 'string' || !STATES.includes(state)) {
      return invalid(
        `Invalid request.\n\n${JSON.stringify(state ?? null)} is not a member of ${JSON.stringify(STATES)}.`,
        'statuses#create-a-deployment-status',
      );
    }
    const description = typeof given.description === 'string' ? given.description : '';
    if (description.length > 140) return invalid('Validation Failed', 'statuses#create-a-deployment-status');
    const status = this.addStatus(deployment, {
      state,
      description,
      ...(typeof given.log_url === 'string' ? { log_url: given.log_url } : {}),
      ...(typeof given.environment_url === 'string' ? { environment_url: given.environment_url } : {}),
    });
    if (state === 'success' && given.auto_inactive !== false) this.inactivatePrior(deployment);
    return { status: 201, headers: {}, body: status };
  }

  private inactivatePrior(deployment: FakeDeployment): void {
    for (const prior of this.deployments) {
      if (prior.id >= deployment.id || prior.environment !== deployment.environment || prior.transient_environment) continue;
      if (prior.production_environment && !this.inactivatesProduction) continue;
      if (this.statusesOf(prior.id)[0]?.state === 'success') this.addStatus(prior, { state: 'inactive' });
    }
  }

  private listDeployments(query: URLSearchParams, listRoot: string): FakeAnswer {
    const matches = this.allDeployments().filter(
      (d) =>
        (!query.has('sha') || d.sha === query.get('sha')) &&
        (!query.has('ref') || d.ref === query.get('ref')) &&
        (!query.has('task') || d.task === query.get('task')) &&
        (!query.has('environment') || d.environment === query.get('environment')),
    );
    return this.page(matches, query, listRoot);
  }

  /** One page, with the Link header GitHub sends (on /repositories/{id}/... URLs). */
  private page(items: unknown[], query: URLSearchParams, listPath: string): FakeAnswer {
    const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number): string => {
      const params = new URLSearchParams(query);
      params.set('page', String(n));
      const path = listPath.replace(`/repos/${this.owner}/${this.repo}/`, `/repositories/${this.repositoryId}/`);
      return `${this.apiUrl}${path}?${params.toString()}`;
    };
    const rels: string[] = [];
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      headers: rels.length > 0 ? { link: rels.join(', ') } : {},
      body: items.slice((page - 1) * perPage, page * perPage),
    };
  }

  /** Answers every request to `apiUrl` through nock (unit tests); call nock.cleanAll() to stop. */
  interceptWithNock(): void {
    const origin = new URL(this.apiUrl).origin;
    const handle = this.handle.bind(this);
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
      nock(origin)
        .persist()
        .intercept(() => true, method)
        .reply(function reply(uri, body) {
          const parsed = typeof body === 'string' && body !== '' ? (JSON.parse(body) as unknown) : body === '' ? undefined : body;
          const answer = handle(method, uri, parsed, this.req.headers);
          return [answer.status, answer.body as nock.Body, { 'content-type': 'application/json; charset=utf-8', ...answer.headers }];
        });
    }
  }

  /** Serves the fake on 127.0.0.1 (a free port) for a bundled action run as a process. */
  async listen(): Promise<{ url: string; stop: () => Promise<void> }> {
    const server: Server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const answer = this.handle(
          request.method ?? 'GET',
          request.url ?? '/',
          text === '' ? undefined : (JSON.parse(text) as unknown),
          request.headers,
        );
        response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      url: this.apiUrl,
      stop: () =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => {
            if (error) reject(error);
            else resolve();
          });
        }),
    };
  }
}
