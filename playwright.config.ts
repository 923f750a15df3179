import { defineConfig, devices } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list', { printSteps: false }], ['json']],
  use: {
    baseURL: 'http://127.0.0.1:4400',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'] } } }],
  webServer: [
    { command: 'node scripts/serve-static.mjs dist 4400 /', url: 'http://127.0.0.1:4400/', reuseExistingServer: !process.env.CI },
    { command: 'node scripts/serve-static.mjs dist-kb 4401 /kb/', url: 'http://127.0.0.1:4401/kb/', reuseExistingServer: !process.env.CI },
  ],
});
