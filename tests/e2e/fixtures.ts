import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { startHttpServer, type RunningServer } from '../../src-main/api/http';
import type { Core } from '../../src-main/core';
import { makeCore } from '../helpers/temp-core';

export const STATIC_DIR = path.resolve(__dirname, '../../out/renderer');

export interface AppFixture {
  core: Core;
  server: RunningServer;
  /** Opens the app in a fresh page with its own session cookie. */
  open(page: Page): Promise<void>;
}

/** Each test gets its own data folder, database and loopback server: the real main-process code. */
export const test = base.extend<{ app: AppFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures object pattern
  app: async ({}, use) => {
    const core = makeCore();
    const server = await startHttpServer({ core, staticDir: STATIC_DIR, port: 0 });
    await use({
      core,
      server,
      open: async (page) => {
        await page.goto(server.launchUrl);
      },
    });
    await server.close();
    core.close();
  },
});

export { expect };
