import { test as base, expect, type Page } from '@playwright/test';
import 'dayjs/locale/id';
import path from 'node:path';
import { DEFAULT_TIME_ZONE, zoned } from '../../src-main/contract/clock';
import { startHttpServer, type RunningServer } from '../../src-main/api/http';
import type { Core } from '../../src-main/core';
import { clockFrom, nowMs, setClock } from '../../src-main/lib/clock';
import { makeCore } from '../helpers/temp-core';

export const STATIC_DIR = path.resolve(__dirname, '../../out/renderer');

export interface AppFixture {
  core: Core;
  server: RunningServer;
  /** Opens the app in a fresh page with its own session cookie, the page's clock set to the server's. */
  open(page: Page): Promise<void>;
}

/**
 * The home's wall clock (WIB, the sample home's zone) at the test's instant, as a dayjs: what the specs use for
 * "today", "this month" and "this year", so that they agree with main and the page whatever the real date.
 */
export const homeNow = () => zoned(nowMs(), DEFAULT_TIME_ZONE);
export const homeTodayIso = () => homeNow().format('YYYY-MM-DD');

/**
 * Each test gets its own data folder, database and loopback server: the real main-process code. Main's clock and
 * the page's (Playwright's `page.clock`) both start at the project's instant (playwright.config.ts: by day and at
 * night) and run on from there, so no outcome depends on when the suite runs.
 */
export const test = base.extend<{ app: AppFixture }, { homeInstant: string }>({
  homeInstant: ['2026-11-24T03:00:00.000Z', { option: true, scope: 'worker' }],
  app: async ({ homeInstant }, use) => {
    const restoreClock = setClock(clockFrom(homeInstant));
    const core = makeCore();
    const server = await startHttpServer({ core, staticDir: STATIC_DIR, port: 0 });
    await use({
      core,
      server,
      open: async (page) => {
        await page.clock.install({ time: nowMs() });
        await page.goto(server.newLaunchUrl());
      },
    });
    await server.close();
    core.close();
    restoreClock();
  },
});

export { expect };
