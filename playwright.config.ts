import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/helpers/chromium';

// Main runs in the test process, here in UTC as most servers do: the home's day must come from its own zone (WIB
// for the sample home), never from the computer's. The page runs in WIB, as the home's workstations do.
process.env.TZ = 'UTC';

/** The suite runs twice on a fixed clock: by day (10.00 WIB) and at night (02.30 WIB, the night shift). */
const DAY = '2026-11-24T03:00:00.000Z';
const NIGHT = '2026-11-24T19:30:00.000Z';

export default defineConfig<object, { homeInstant: string }>({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'day', use: { homeInstant: DAY } },
    { name: 'night', use: { homeInstant: NIGHT } },
  ],
});
