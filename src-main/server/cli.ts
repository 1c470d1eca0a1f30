import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BindAddressError, startHttpServer, type RunningServer } from '../api/http';
import { createCore } from '../core';
import { clockFrom, setClock } from '../lib/clock';
import { defaultDataDir, projectRoot } from '../lib/paths';

/**
 * `npm run serve -- [--port N] [--data-dir DIR] [--host 127.0.0.1] [--clock ISO]`: browser mode. `--clock` (or
 * SIPANTI_CLOCK) starts the app's clock at that instant, running on from there: for demonstrations and tests of a
 * given hour or date (a night shift, the turn of the year) without touching the computer's clock.
 */
export async function serveBrowserMode(argv: string[], reason?: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5780' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      clock: { type: 'string', default: process.env.SIPANTI_CLOCK },
    },
    allowPositionals: false,
  });
  const root = projectRoot(__dirname);
  const staticDir = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error('Tampilan belum dibangun: jalankan `npm run build:renderer` dulu (npm run serve melakukannya).');
    process.exit(1);
  }
  if (values.clock) {
    try {
      setClock(clockFrom(values.clock));
    } catch {
      console.error(`Waktu --clock tidak sah: ${values.clock} (contoh: 2026-12-31T16:30:00Z)`);
      process.exit(1);
    }
    console.log(`Jam aplikasi dimulai pada ${values.clock}.`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port tidak sah: ${values.port}`);
    process.exit(1);
  }
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  let server: RunningServer;
  try {
    const core = createCore({ dataDir, migrationsFolder: path.join(root, 'drizzle'), mode: 'browser', version });
    server = await startHttpServer({ core, host: values.host, port, staticDir });
    const stop = () => {
      void server.close().then(() => {
        core.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (core.status(() => false).state === 'failed') {
      console.error(`Basis data bermasalah: ${core.status(() => false).failure?.message}`);
    }
  } catch (error) {
    if (error instanceof BindAddressError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  if (reason) console.log(reason);
  console.log(`Sipanti (mode peramban) berjalan. Data: ${dataDir}`);
  console.log(`Buka alamat ini di peramban (sekali pakai, berlaku 1 menit): ${server.launchUrl}`);
  console.log('Tekan Enter untuk alamat baru, Ctrl+C untuk berhenti.');
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => console.log(`Alamat baru: ${server.newLaunchUrl()}`));
  }
}

if (require.main === module) {
  serveBrowserMode(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
