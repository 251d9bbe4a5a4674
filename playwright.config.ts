import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser';

/** End-to-end tests run against the exported out/ (built once by `npm test`), served like production. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** nginx with the production site file (scripts/serve-nginx.ts) serves the same out/ beside it. */
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 1);

/**
 * The specs that run against nginx as well: what depends on the server (headers, compression, status
 * codes, redirects, every link and anchor through it, zero CSP violations while reading and searching,
 * the text and the 404 page). The rest (markup validity, axe, layout, budgets measured from the bodies)
 * is the same bytes whichever server sends them, so it runs once, against `npm start`.
 */
const NGINX_SPECS = ['headers.spec.ts', 'csp.spec.ts', 'document.spec.ts', 'search.spec.ts', 'links.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Chromium runs as root on CI machines, which needs --no-sandbox.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'npm-start', use: { baseURL: `http://localhost:${PORT}` } },
    { name: 'nginx', testMatch: NGINX_SPECS, use: { baseURL: `http://localhost:${NGINX_PORT}` } },
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts`,
      env: { PORT: String(PORT) },
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `tsx scripts/serve-nginx.ts`,
      env: { PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
