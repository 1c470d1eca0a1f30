import { app, BrowserWindow, dialog, Menu, protocol, session, type MenuItemConstructorOptions } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { ELECTRON_NATIVE_BINARY } from '../scripts/electron-runtime.mjs';
import { registerIpc, type IpcTransport } from './api/ipc';
import { createCore, type Core } from './core';
import { logError } from './lib/logger';
import { createMainWindow, denyWindowsAndWebviews, hardenSession } from './windows/main-window';
import { createPdfPrinter, PRINT_SCHEME } from './windows/print-to-pdf';
import { serveAppRequest } from './windows/app-protocol';
import { APP_SCHEME } from './windows/security';

// App lifecycle only: everything the app does lives in the electron-free core (core.ts).

/** The repository in development (`electron .`), resources/app.asar when packaged. */
const appRoot = app.getAppPath();
const dev = !app.isPackaged;

/** `--data-dir DIR` / `--data-dir=DIR` or SIPANTI_DATA_DIR (tests, several data folders); else userData. */
function dataDirOverride(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
    if (arg === '--data-dir' && argv[i + 1]) return argv[i + 1];
  }
  return process.env.SIPANTI_DATA_DIR || undefined;
}

const override = dataDirOverride(process.argv);
// Before the single-instance lock: the lock lives in userData, so separate data folders run side by side.
if (override) app.setPath('userData', path.resolve(override));

// Must happen before `ready`: app:// behaves like https (standard origin, secure context, fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
]);
app.enableSandbox();

let core: Core | null = null;
let ipc: IpcTransport | null = null;
let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function applicationMenu(): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat ulang' },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Ukuran asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (dev) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat pengembang' });
  return Menu.buildFromTemplate([
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Batalkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
  ]);
}

function openCore(): Core {
  const nativeBinding = dev ? path.join(appRoot, ELECTRON_NATIVE_BINARY) : undefined;
  if (nativeBinding && !fs.existsSync(nativeBinding)) {
    logError('native module', new Error(`${nativeBinding} is missing: run \`node scripts/native-electron.mjs\``));
  }
  return createCore({
    dataDir: app.getPath('userData'),
    migrationsFolder: app.isPackaged ? path.join(process.resourcesPath, 'drizzle') : path.join(appRoot, 'drizzle'),
    mode: 'electron',
    version: app.getVersion(),
    // Unpackaged, better-sqlite3 in node_modules is Node's build (tests, browser mode); packaged builds
    // are rebuilt for Electron by electron-builder.
    nativeBinding: nativeBinding && fs.existsSync(nativeBinding) ? nativeBinding : undefined,
    printer: createPdfPrinter(() => mainWindow),
  });
}

function start(): void {
  Menu.setApplicationMenu(applicationMenu());
  hardenSession(session.defaultSession);
  const rendererDir = path.join(appRoot, 'out', 'renderer');
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));

  core = openCore();
  ipc = registerIpc(core);

  mainWindow = createMainWindow({
    preload: path.join(__dirname, '../preload/index.js'),
    devTools: dev,
    icon: dev ? path.join(appRoot, 'resources', 'icon.png') : undefined,
  });
  ipc.trust(mainWindow.webContents);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  const status = core.status(() => false);
  if (status.state === 'failed') {
    // The window shows the failure page (system.status); the dialog, once the window is up, makes sure
    // the message is not missed.
    const hint =
      dev && !fs.existsSync(path.join(appRoot, ELECTRON_NATIVE_BINARY))
        ? '\n\nbetter-sqlite3 untuk Electron belum dibangun: jalankan `node scripts/native-electron.mjs`.'
        : '';
    const restore = status.failure?.backupToRestore ? `\n\nCadangan terakhir: ${status.failure.backupToRestore}` : '';
    let shown = false;
    const showError = () => {
      if (shown) return;
      shown = true;
      dialog.showErrorBox('Basis data Sipanti tidak dapat dibuka', `${status.failure?.message ?? ''}${restore}${hint}`);
    };
    mainWindow.once('ready-to-show', () => setTimeout(showError, 300));
    setTimeout(showError, 10_000);
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  // Every webContents, whatever creates it: no <webview>, no new windows. Our window also gets the
  // navigation guards (createMainWindow).
  app.on('web-contents-created', (_event, contents) => denyWindowsAndWebviews(contents));

  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', () => {
    ipc?.dispose();
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('startup', error);
      dialog.showErrorBox('Sipanti gagal dimulai', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
