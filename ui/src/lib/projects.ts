// The model projects this UI serves (GET /ui-config/projects from its web server) and which one
// the page shows: `?project=<name>` in the URL, so a link to a project can be shared.
import { requestJson, type ApiResult } from './api';

export interface Project {
  name: string;
  /** Where the UI server proxies this project's API: `<path>/api/*`. */
  path: string;
}

/** `default` is null when the UI server has one unnamed API (SLIPWAY_API_URL). */
export interface ProjectsConfig {
  default: string | null;
  projects: Project[];
}

export const projectsUrl = '/ui-config/projects';

export async function fetchProjects(fetcher: typeof fetch): Promise<ApiResult<ProjectsConfig>> {
  const result = await requestJson<unknown>(fetcher, 'GET', projectsUrl);
  // A host without the UI web server (static files in front of one API) has no list: one API at /api.
  if (result.kind === 'error' && result.status === 404) return { kind: 'ok', data: { default: null, projects: [] } };
  if (result.kind !== 'ok') return result;
  return isProjectsConfig(result.data)
    ? { kind: 'ok', data: result.data }
    : { kind: 'error', status: 200, detail: `${projectsUrl} answered JSON that is not {"default", "projects": [{"name", "path"}]}` };
}

function isProjectsConfig(value: unknown): value is ProjectsConfig {
  if (typeof value !== 'object' || value === null) return false;
  const { default: fallback, projects } = value as Record<string, unknown>;
  return (
    (fallback === null || typeof fallback === 'string') &&
    Array.isArray(projects) &&
    projects.every((entry: unknown) => {
      const project = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
      return typeof project.name === 'string' && typeof project.path === 'string';
    })
  );
}

/** The project named in `?project=`, or null when the URL names none. */
export function requestedProject(search: string): string | null {
  return new URLSearchParams(search).get('project');
}

export type Choice =
  /** base: where this project's /api/* is ('' for the default project, whose /api/* the page preloads). */
  { kind: 'project'; name: string | null; base: string } | { kind: 'unknown'; name: string; served: string[] };

export function choose(config: ProjectsConfig, requested: string | null): Choice {
  const name = requested ?? config.default;
  if (name === null || name === config.default) return { kind: 'project', name, base: '' };
  const project = config.projects.find((candidate) => candidate.name === name);
  if (!project) return { kind: 'unknown', name, served: config.projects.map((candidate) => candidate.name) };
  return { kind: 'project', name, base: project.path };
}

/** The page's URL with `?project=<name>`, its other parameters kept, and the view's hash. */
export function projectHref(location: { pathname: string; search: string }, name: string, hash: string): string {
  const search = new URLSearchParams(location.search);
  search.set('project', name);
  return `${location.pathname}?${search.toString()}${hash}`;
}
