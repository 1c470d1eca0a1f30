/**
 * Launches the built desktop app in the real Electron runtime (Playwright's `_electron`) on a temporary
 * data folder and checks that the first window shows the setup wizard through the sandboxed preload.
 * Runs wherever the Electron runtime is installed; elsewhere (as on the build machines, which cannot
 * download it) the test is skipped and says why.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeIsCurrent, findElectronBinary } from '../../scripts/electron-runtime.mjs';
import { CHANNEL_NAMES } from '../../src-main/contract';

const ROOT = path.resolve(__dirname, '../..');
const electronBinary = findElectronBinary(ROOT);

function whySkipped(): string | null {
  if (!electronBinary) {
    return 'the Electron runtime is not installed (node_modules/electron has no downloaded binary; `npm install` fetches it where electronjs.org/GitHub are reachable, which they are not here). Browser-mode end-to-end tests cover the UI.';
  }
  if (!electronNativeIsCurrent(ROOT)) {
    return 'better-sqlite3 has not been built for Electron (.electron-native/): run `node scripts/native-electron.mjs`.';
  }
  if (!fs.existsSync(path.join(ROOT, 'out/main/index.js')) || !fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    return 'the app is not built: run `npm run build` first.';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display (set DISPLAY, e.g. run under `xvfb-run`).';
  }
  return null;
}

const reason = whySkipped();
if (reason) console.log(`[electron-launch] skipped: ${reason}`);

describe('desktop app (Electron)', () => {
  it.skipIf(reason !== null)(
    reason ? `launches and shows the setup wizard — skipped: ${reason}` : 'launches and shows the setup wizard',
    async () => {
      const { _electron } = await import('@playwright/test');
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sipanti-electron-'));
      // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox
      // (webPreferences.sandbox) is unaffected by this switch's absence elsewhere.
      const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
      env.SIPANTI_DATA_DIR = dataDir;
      const app = await _electron.launch({
        executablePath: electronBinary!,
        args: [...(rootUser ? ['--no-sandbox'] : []), ROOT, `--data-dir=${dataDir}`],
        env,
        timeout: 60_000,
      });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toMatch(/^app:\/\/sipanti\//);

        const surface = await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          const api = (w.api ?? {}) as Record<string, unknown>;
          return {
            keys: Object.keys(api),
            allFunctions: Object.values(api).every((v) => typeof v === 'function'),
            require: typeof w.require,
            process: typeof w.process,
            ipcRenderer: typeof w.ipcRenderer,
          };
        });
        expect(surface).toEqual({ keys: CHANNEL_NAMES, allFunctions: true, require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });

        const status = await page.evaluate(() => (window as unknown as { api: Record<string, (i?: unknown) => Promise<unknown>> }).api['system.status']!());
        expect(status).toMatchObject({ ok: true, value: { state: 'ready', mode: 'electron', needsSetup: true } });

        // The wizard: the stepper and its first field (the home's name).
        await page.locator('.mantine-Stepper-root').waitFor({ state: 'visible', timeout: 30_000 });
        await page.locator('input[name="home.name"]').waitFor({ state: 'visible' });

        // Navigation away and new windows are refused.
        const opened = await page.evaluate(() => window.open('https://example.com/') === null);
        expect(opened).toBe(true);
        await page.evaluate(() => {
          window.location.href = 'https://example.com/';
        });
        await page.waitForTimeout(1000);
        expect(page.url()).toMatch(/^app:\/\/sipanti\//);
        expect(app.windows()).toHaveLength(1);
        expect(fs.existsSync(path.join(dataDir, 'sipanti.db'))).toBe(true);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
