import { defineConfig, devices } from '@playwright/test';
import { KB_PORT, KB_URL, ROOT_PORT, ROOT_URL } from './tests/e2e/servers';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium, without the sandbox (not available as root here) and without background traffic. */
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list', { printSteps: false }], ['json']],
  use: {
    baseURL: ROOT_URL,
    trace: 'off',
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
  ],
  webServer: [
    { command: `node scripts/serve-static.mjs dist ${ROOT_PORT} /`, url: `${ROOT_URL}/`, reuseExistingServer: false },
    { command: `node scripts/serve-static.mjs dist-kb ${KB_PORT} /kb/`, url: `${KB_URL}/kb/`, reuseExistingServer: false },
  ],
});
