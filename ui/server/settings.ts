// The web server's settings, all from the environment, checked once at start.
import { fileURLToPath } from 'node:url';

/** One model project's inference API, reached by the UI at /projects/<name>/api/*. */
export interface ProjectApi {
  name: string;
  apiUrl: URL;
}

export interface ServerSettings {
  host: string;
  port: number;
  /** The default project's API, behind /api/*. */
  apiUrl: URL;
  /** From SLIPWAY_PROJECT_APIS, the default first; empty when one API is given by SLIPWAY_API_URL. */
  projects: ProjectApi[];
  distDir: string;
  /** How long a proxied API request may take before the answer is a 504. */
  apiTimeoutMs: number;
}

export class SettingsError extends Error {}

const defaultDist = fileURLToPath(new URL('../dist', import.meta.url));

export function readSettings(env: NodeJS.ProcessEnv): ServerSettings {
  // SLIPWAY_PROJECT_APIS wins over SLIPWAY_API_URL (the image sets the latter as its default).
  const projects = env.SLIPWAY_PROJECT_APIS ? readProjectApis(env.SLIPWAY_PROJECT_APIS) : [];
  return {
    host: env.HOST || '127.0.0.1',
    port: readPort(env.PORT),
    apiUrl: projects[0]?.apiUrl ?? readApiUrl(env.SLIPWAY_API_URL),
    projects,
    distDir: env.SLIPWAY_UI_DIST || defaultDist,
    apiTimeoutMs: 30_000,
  };
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SettingsError(`PORT must be an integer from 0 to 65535; got "${raw}"`);
  }
  return port;
}

function readApiUrl(raw: string | undefined): URL {
  const text = raw || 'http://127.0.0.1:8000';
  const url = httpUrl(text);
  if (!url) throw new SettingsError(`SLIPWAY_API_URL must be an http:// URL such as http://127.0.0.1:8000; got "${text}"`);
  return url;
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const projectName = /^[a-z][a-z0-9-]{0,30}$/;
const pairsExample = 'house-prices=http://127.0.0.1:8001,abalone=http://127.0.0.1:8002';

/** `name=url` pairs, comma-separated; the first is the default project. */
export function readProjectApis(raw: string): ProjectApi[] {
  const projects: ProjectApi[] = [];
  for (const pair of raw.split(',')) {
    const bad = (why: string) =>
      new SettingsError(`SLIPWAY_PROJECT_APIS: ${why} in the pair "${pair}"; write name=url pairs such as ${pairsExample}`);
    const equals = pair.indexOf('=');
    if (equals < 0) throw bad('no "="');
    const name = pair.slice(0, equals).trim();
    const url = httpUrl(pair.slice(equals + 1).trim());
    if (!projectName.test(name))
      throw bad(`the project name "${name}" is not lower-case letters, digits and "-" (starting with a letter, at most 31)`);
    if (!url) throw bad('the URL is not an http:// URL');
    if (projects.some((project) => project.name === name)) throw bad(`the project "${name}" is named twice`);
    projects.push({ name, apiUrl: url });
  }
  return projects;
}

/** GET /ui-config/projects: names and paths only; with one API (SLIPWAY_API_URL) no project is named. */
export function projectsConfig(projects: ProjectApi[]): { default: string | null; projects: { name: string; path: string }[] } {
  return {
    default: projects[0]?.name ?? null,
    projects: projects.map(({ name }) => ({ name, path: `/projects/${name}` })),
  };
}
