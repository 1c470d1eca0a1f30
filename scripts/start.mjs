#!/usr/bin/env node
// `npm start` (after `npm run build`): the desktop app in Electron when its runtime is installed;
// otherwise one line saying so, then the same app in browser mode (which prints the address to open).
// Arguments after `npm start --` are passed on (browser mode: --port N, --data-dir DIR).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_ELECTRON_MESSAGE, electronNativeIsCurrent, tryDownloadElectron } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Runs a child with our stdio, passes Ctrl+C / SIGTERM on, and exits with its code. */
function runChild(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, windowsHide: false });
  let exited = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!exited) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    exited = true;
    process.exit(code ?? (signal ? 0 : 1));
  });
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
}

function browserMode(reasonLine) {
  console.log(reasonLine);
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  runChild(process.execPath, [tsxCli, path.join(root, 'src-main', 'server', 'cli.ts'), ...args], process.env);
}

function desktop(electronBinary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runChild(electronBinary, [root, ...args], env);
}

const electronBinary = tryDownloadElectron(root);
if (!electronBinary) {
  browserMode(NO_ELECTRON_MESSAGE);
} else {
  if (!electronNativeIsCurrent(root)) {
    spawnSync(process.execPath, [path.join(root, 'scripts', 'native-electron.mjs')], { cwd: root, stdio: 'inherit' });
  }
  if (electronNativeIsCurrent(root)) {
    desktop(electronBinary);
  } else {
    browserMode(
      'better-sqlite3 untuk Electron belum dapat dibangun (lihat pesan di atas) — Sipanti dibuka dalam mode peramban.',
    );
  }
}
