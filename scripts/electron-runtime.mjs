// Where the Electron runtime and the Electron build of better-sqlite3 live. Shared by the postinstall
// script (native-electron.mjs), `npm start` (start.mjs), the main process (src-main/index.ts, bundled)
// and the Electron launch test. No side effects on import.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** better-sqlite3 compiled for Electron's ABI, beside the Node build in node_modules (used by tests and browser mode). */
export const ELECTRON_NATIVE_DIR = '.electron-native';
/** Relative to the project root; main passes it to better-sqlite3 as `nativeBinding` when unpackaged. */
export const ELECTRON_NATIVE_BINARY = '.electron-native/build/Release/better_sqlite3.node';
/** Records which Electron and better-sqlite3 versions the binary was built for. */
export const ELECTRON_NATIVE_STAMP = '.electron-native/stamp.json';

/** The one line printed where the Electron runtime is missing (as on the build machines). */
export const NO_ELECTRON_MESSAGE =
  'Electron runtime tidak terpasang di mesin ini — Sipanti dibuka dalam mode peramban.';

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The installed electron package's version, or null. */
export function electronVersion(root) {
  const text = readText(path.join(root, 'node_modules', 'electron', 'package.json'));
  return text ? JSON.parse(text).version : null;
}

/**
 * The Electron executable, or null when its runtime has not been downloaded. Same lookup as the electron
 * package's index.js, without its side effect (requiring `electron` in Node starts a download).
 */
export function findElectronBinary(root) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  const relative = readText(path.join(pkgDir, 'path.txt'));
  if (!relative) return null;
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(pkgDir, 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

/**
 * Runs the electron package's own downloader once (Electron 45 has no install script and downloads
 * lazily). Returns the binary or null; quiet unless `verbose`. Skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
export function tryDownloadElectron(root, { verbose = false, timeoutMs = 600_000 } = {}) {
  const existing = findElectronBinary(root);
  if (existing) return existing;
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !fs.existsSync(installer)) return null;
  spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: verbose ? 'inherit' : 'ignore',
    timeout: timeoutMs,
  });
  return findElectronBinary(root);
}

/** The versions the Electron build of better-sqlite3 must match. */
export function expectedStamp(root) {
  const bs = readText(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  return {
    electron: electronVersion(root),
    betterSqlite3: bs ? JSON.parse(bs).version : null,
    platform: process.platform,
    arch: process.arch,
  };
}

/** True when the Electron build of better-sqlite3 exists and was built for the installed versions. */
export function electronNativeIsCurrent(root) {
  if (!fs.existsSync(path.join(root, ELECTRON_NATIVE_BINARY))) return false;
  const stamp = readText(path.join(root, ELECTRON_NATIVE_STAMP));
  if (!stamp) return false;
  const want = expectedStamp(root);
  try {
    const got = JSON.parse(stamp);
    return Object.entries(want).every(([k, v]) => got[k] === v);
  } catch {
    return false;
  }
}
