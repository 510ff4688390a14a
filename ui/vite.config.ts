// Build of the static app, and the two vitest projects: `unit` (logic, components and the web
// server, in jsdom/node) and `e2e` (real Chromium against the real API; slow, run on its own).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { projectsConfig, readProjectApis } from './server/settings.js';

// The dev server stands in for the production web server: the same projects from
// SLIPWAY_PROJECT_APIS (or the one API of SLIPWAY_API_URL), proxied the same way.
const projects = process.env.SLIPWAY_PROJECT_APIS ? readProjectApis(process.env.SLIPWAY_PROJECT_APIS) : [];
const defaultApi = projects[0]?.apiUrl.origin ?? process.env.SLIPWAY_API_URL ?? 'http://127.0.0.1:8000';
const projectProxies = Object.fromEntries(
  projects.map(({ name, apiUrl }) => [
    `/projects/${name}/api`,
    { target: apiUrl.origin, rewrite: (path: string) => path.slice(`/projects/${name}`.length) },
  ]),
);

function projectsList(): Plugin {
  const body = JSON.stringify(projectsConfig(projects));
  return {
    name: 'slipway-projects-list',
    configureServer(server) {
      server.middlewares.use('/ui-config/projects', (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(body);
      });
    },
  };
}

export default defineConfig({
  plugins: [svelte(), projectsList()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': defaultApi, ...projectProxies } },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'unit', environment: 'jsdom', include: ['test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // One browser, one API and one trained bundle shared by the file's tests.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
