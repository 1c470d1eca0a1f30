#!/usr/bin/env node
// npm postinstall: gives the desktop app a better-sqlite3 built for Electron's ABI in .electron-native/,
// leaving node_modules/better-sqlite3 built for Node (tests and browser mode keep working).
//
//  - Electron runtime missing (and not downloadable): prints one line and stops; browser mode is used.
//  - Otherwise: copies better-sqlite3's sources to .electron-native/, fetches a prebuilt Electron binary
//    (prebuild-install) or compiles one with npm's node-gyp against Electron's headers, checks that it
//    loads inside Electron (ELECTRON_RUN_AS_NODE), and records the versions in stamp.json.
//
// Never fails the install: every problem is reported and the exit code stays 0.
// Options (environment): ELECTRON_SKIP_BINARY_DOWNLOAD=1, npm_config_build_from_source=true (skip the
// prebuilt download), SIPANTI_ELECTRON_NODEDIR=<unpacked Electron headers> (offline compile).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ELECTRON_NATIVE_BINARY,
  ELECTRON_NATIVE_DIR,
  ELECTRON_NATIVE_STAMP,
  electronNativeIsCurrent,
  expectedStamp,
  tryDownloadElectron,
} from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (message) => console.log(`[sipanti] ${message}`);

/** npm's bundled node-gyp (npm_execpath is .../npm/bin/npm-cli.js), then the usual install places. */
export function findNodeGyp() {
  const rel = ['node_modules', 'node-gyp', 'bin', 'node-gyp.js'];
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(path.dirname(process.env.npm_execpath)), ...rel));
  const nodeDir = path.dirname(process.execPath);
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', ...rel)); // Linux, macOS
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', ...rel)); // Windows
  candidates.push(path.join(root, ...rel));
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/** The environment without npm settings that would point node-gyp at Node's headers (e.g. nodedir=/usr). */
function buildEnv() {
  const env = { ...process.env };
  const drop = new Set(['npm_config_nodedir', 'npm_config_target', 'npm_config_runtime', 'npm_config_disturl', 'npm_config_dist_url']);
  for (const key of Object.keys(env)) if (drop.has(key.toLowerCase())) delete env[key];
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function copySources(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) {
    fs.cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
}

/** The lines of a failed build that say what went wrong (not the stack, not the environment dump). */
function summarize(output) {
  const noise = /stack at |ERR! (System|command|cwd|node -v|node-gyp -v|not ok)|^\s*$/;
  const lines = output.split('\n').filter((line) => /ERR!|error|warn/i.test(line) && !noise.test(line));
  return (lines.length ? lines : output.trim().split('\n')).slice(0, 6).map((line) => line.trim());
}

function run(label, args, cwd, timeoutMs) {
  const result = spawnSync(process.execPath, args, { cwd, env: buildEnv(), encoding: 'utf8', timeout: timeoutMs });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  fs.appendFileSync(path.join(cwd, 'build.log'), `$ node ${args.join(' ')}\n${output}\n`);
  if (result.status === 0) return true;
  const detail = [...(result.error ? [result.error.message] : []), ...summarize(output)];
  log(`${label} gagal (rincian: ${path.join(ELECTRON_NATIVE_DIR, 'build.log')}):${detail.map((line) => `\n    ${line}`).join('')}`);
  return false;
}

/** Loads the binary inside Electron (as Node, no window) and runs one query with it. */
function loadsInElectron(electronBinary, binary) {
  const script = [
    `const Database = require(${JSON.stringify(path.join(root, 'node_modules', 'better-sqlite3'))});`,
    `const db = new Database(':memory:', { nativeBinding: ${JSON.stringify(binary)} });`,
    "if (db.prepare('select 1 as x').get().x !== 1) process.exit(3);",
  ].join('\n');
  const result = spawnSync(electronBinary, ['-e', script], {
    env: { ...buildEnv(), ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0) log(`uji muat di Electron gagal: ${(result.stderr || result.error?.message || '').trim().split('\n')[0]}`);
  return result.status === 0;
}

function build(electronBinary) {
  const stamp = expectedStamp(root);
  const dir = path.join(root, ELECTRON_NATIVE_DIR);
  const binary = path.join(root, ELECTRON_NATIVE_BINARY);
  copySources(path.join(root, 'node_modules', 'better-sqlite3'), dir);
  const target = [`--runtime=electron`, `--target=${stamp.electron}`, `--arch=${process.arch}`];

  let built = false;
  const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (process.env.npm_config_build_from_source !== 'true' && !process.env.SIPANTI_ELECTRON_NODEDIR && fs.existsSync(prebuild)) {
    log(`mengunduh better-sqlite3 ${stamp.betterSqlite3} siap pakai untuk Electron ${stamp.electron}...`);
    built = run('unduhan biner siap pakai', [prebuild, ...target, `--platform=${process.platform}`], dir, 180_000) && fs.existsSync(binary);
  }
  if (!built) {
    const nodeGyp = findNodeGyp();
    if (!nodeGyp) {
      log('node-gyp milik npm tidak ditemukan; better-sqlite3 untuk Electron tidak dapat dibangun.');
      return false;
    }
    const headers = process.env.SIPANTI_ELECTRON_NODEDIR
      ? [`--nodedir=${path.resolve(process.env.SIPANTI_ELECTRON_NODEDIR)}`]
      : ['--dist-url=https://electronjs.org/headers'];
    log(`membangun better-sqlite3 ${stamp.betterSqlite3} untuk Electron ${stamp.electron} (node-gyp, sekitar 1–2 menit)...`);
    built = run('node-gyp', [nodeGyp, 'rebuild', '--release', ...target, ...headers], dir, 20 * 60_000) && fs.existsSync(binary);
  }
  if (!built || !loadsInElectron(electronBinary, binary)) return false;
  fs.writeFileSync(path.join(root, ELECTRON_NATIVE_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
  log(`better-sqlite3 untuk Electron siap: ${ELECTRON_NATIVE_BINARY}`);
  return true;
}

function main() {
  const electronBinary = tryDownloadElectron(root);
  if (!electronBinary) {
    log('Electron runtime tidak terpasang: build desktop dilewati, `npm start` akan memakai mode peramban.');
    return;
  }
  if (electronNativeIsCurrent(root)) {
    log(`better-sqlite3 untuk Electron sudah terpasang (${ELECTRON_NATIVE_BINARY}).`);
    return;
  }
  if (!build(electronBinary)) {
    fs.rmSync(path.join(root, ELECTRON_NATIVE_STAMP), { force: true });
    log('better-sqlite3 untuk Electron belum tersedia. Uji dan mode peramban tetap berfungsi;');
    log('ulangi dengan `node scripts/native-electron.mjs` (perlu akses ke github.com atau electronjs.org, dan untuk membangun: Python + compiler C++).');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    log(`persiapan desktop dilewati: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 0;
}
