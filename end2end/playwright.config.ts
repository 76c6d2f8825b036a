import { defineConfig } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';

// scripts/e2e.sh sets E2E_DIR to a fresh directory holding the database and the mail files.
const dir = process.env.E2E_DIR ?? path.join(os.tmpdir(), 'registration-e2e');
const port = Number(process.env.E2E_PORT ?? 3100);
// A second server, as `make run` starts one: mail in the development mailbox (newcomer.spec.ts).
const newcomerPort = port + 1;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [{
    command: './target/release/registration serve',
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    env: {
      ACCOUNT_ACTIVATION_DAYS: '7',
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: 'target/site',
      DATABASE_URL: `sqlite://${dir}/e2e.db`,
      EMAIL_URL: `file://${dir}/mail`,
      SITE_DOMAIN: `127.0.0.1:${port}`,
      SITE_NAME: 'Registration e2e',
      LOGIN_FIELD: 'either',
    },
  }, {
    command: './target/release/registration serve',
    cwd: '..',
    url: `http://127.0.0.1:${newcomerPort}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    env: {
      ACCOUNT_ACTIVATION_DAYS: '7',
      LEPTOS_SITE_ADDR: `127.0.0.1:${newcomerPort}`,
      LEPTOS_SITE_ROOT: 'target/site',
      DATABASE_URL: `sqlite://${dir}/newcomer.db`,
      EMAIL_URL: 'memory://',
      RUST_LOG: 'warn',
    },
  }],
});
