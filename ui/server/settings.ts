// The web server's settings, all from the environment, checked once at start.
import { fileURLToPath } from 'node:url';

export interface ServerSettings {
  host: string;
  port: number;
  apiUrl: URL;
  distDir: string;
  /** How long a proxied API request may take before the answer is a 504. */
  apiTimeoutMs: number;
}

export class SettingsError extends Error {}

const defaultDist = fileURLToPath(new URL('../dist', import.meta.url));

export function readSettings(env: NodeJS.ProcessEnv): ServerSettings {
  return {
    host: env.HOST || '127.0.0.1',
    port: readPort(env.PORT),
    apiUrl: readApiUrl(env.SLIPWAY_API_URL),
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
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingsError(`SLIPWAY_API_URL must be an http:// URL such as http://127.0.0.1:8000; got "${text}"`);
  }
  if (url.protocol !== 'http:')
    throw new SettingsError(`SLIPWAY_API_URL must be an http:// URL such as http://127.0.0.1:8000; got "${text}"`);
  return url;
}
