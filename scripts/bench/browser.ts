import { chromium } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { startHttpServer } from '../../src-main/api/http';
import { createCore, DATABASE_FILE } from '../../src-main/core';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/helpers/chromium';
import { stats, type Stats } from './harness';

/**
 * Browser-mode cold start (issue 19, item 5): the real loopback server on a copy of the dataset and Chromium
 * with an empty cache each run: from opening the launch URL to the log-in screen ready for typing, and from
 * pressing "Masuk" (scrypt included) to the dashboard shown. The typing is not timed: the bench waits for the
 * page's network to go quiet first, as it would while a person types. The first run warms the server and is dropped.
 */
export interface ColdStart {
  runs: number;
  /** Launch URL → log-in form visible (HTML, first-load JavaScript and CSS, system status). */
  loginScreen: Stats;
  /** "Masuk" pressed → dashboard heading visible (log-in, session, router and dashboard chunks, its queries). */
  dashboard: Stats;
  /** The two together: a cold start without the typing. */
  total: Stats;
}

export async function measureColdStart(options: {
  root: string;
  datasetFile: string;
  workDir: string;
  migrationsFolder: string;
  password: string;
  runs: number;
}): Promise<ColdStart | { skipped: string }> {
  const staticDir = path.join(options.root, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) return { skipped: 'out/renderer is not built (npm run build:renderer)' };
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (apt-get install chromium, or SIPANTI_CHROMIUM)` };

  const dataDir = path.join(options.workDir, 'browser');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(options.datasetFile, path.join(dataDir, DATABASE_FILE));
  const lookup = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  const { username } = lookup
    .prepare(
      "SELECT u.username FROM users u WHERE u.role = 'admin' AND u.active = 1 AND u.home_id = (SELECT home_id FROM residents WHERE status = 'active' GROUP BY home_id ORDER BY count(*) DESC LIMIT 1) ORDER BY u.id LIMIT 1",
    )
    .get() as { username: string };
  lookup.close();
  const core = createCore({ dataDir, migrationsFolder: options.migrationsFolder, mode: 'browser', version: 'bench' });
  const server = await startHttpServer({ core, staticDir, port: 0 });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const toLogin: number[] = [];
    const toDashboard: number[] = [];
    for (let i = 0; i <= options.runs; i++) {
      const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1366, height: 800 } });
      try {
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(server.launchUrl);
        await page.getByRole('heading', { name: 'Masuk' }).waitFor({ state: 'visible' });
        const loginShown = performance.now();
        // A person takes a second or two to type: let the page finish what it fetches meanwhile (untimed).
        await page.waitForLoadState('networkidle');
        await page.getByLabel('Nama pengguna').fill(username);
        await page.getByLabel('Kata sandi').fill(options.password);
        const submitted = performance.now();
        await page.getByRole('button', { name: 'Masuk' }).click();
        await page.getByRole('heading', { name: 'Dasbor' }).waitFor({ state: 'visible' });
        const dashboardShown = performance.now();
        if (i > 0) {
          toLogin.push(loginShown - started);
          toDashboard.push(dashboardShown - submitted);
        }
      } finally {
        await context.close();
      }
    }
    return {
      runs: options.runs,
      loginScreen: stats(toLogin),
      dashboard: stats(toDashboard),
      total: stats(toLogin.map((t, i) => t + toDashboard[i]!)),
    };
  } finally {
    await browser.close();
    await server.close();
    core.close();
  }
}
