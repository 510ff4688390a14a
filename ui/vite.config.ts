// Build of the static app, and the two vitest projects: `unit` (logic, components and the web
// server, in jsdom/node) and `e2e` (real Chromium against the real API; slow, run on its own).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': process.env.SLIPWAY_API_URL ?? 'http://127.0.0.1:8000' } },
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
