// Entry point: `node server-dist/main.js` (PORT, HOST, SLIPWAY_API_URL or SLIPWAY_PROJECT_APIS, SLIPWAY_UI_DIST).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createUiServer } from './app.js';
import { readSettings, SettingsError } from './settings.js';

function log(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}

function start(): void {
  const settings = readSettings(process.env);
  if (!existsSync(join(settings.distDir, 'index.html'))) {
    throw new SettingsError(`${join(settings.distDir, 'index.html')} does not exist; build the UI first (npm run build -w ui)`);
  }
  const server = createUiServer(settings);
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : settings.port;
    log({
      event: 'listening',
      url: `http://${settings.host}:${port}/`,
      api: settings.apiUrl.origin,
      projects: settings.projects.map(({ name, apiUrl }) => `${name}=${apiUrl.origin}`),
      dist: settings.distDir,
    });
  });
  // Finish the requests in flight, then exit (ECS sends SIGTERM before it stops a task).
  const stop = (signal: string) => {
    log({ event: 'stopping', signal });
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
}

try {
  start();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof SettingsError ? 2 : 1);
}
