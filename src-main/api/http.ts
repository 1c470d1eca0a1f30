import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core';
import { SessionStore } from './sessions';
import { nowMs } from '../lib/clock';
import { CONTENT_SECURITY_POLICY } from './csp';

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;
const SESSION_COOKIE = 'sipanti_session';
const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** A launch address is good for one visit within a minute of being issued. */
export const LAUNCH_TOKEN_MS = 60_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HttpServerOptions {
  core: Core;
  host?: string;
  port?: number;
  /** The built renderer (index.html and assets). */
  staticDir: string;
}

export interface RunningServer {
  url: string;
  /**
   * Open this once in a browser: it hands the browser a session cookie. The token in it works once, within
   * LAUNCH_TOKEN_MS of being issued; a replay or a late visit is refused.
   */
  launchUrl: string;
  /** A fresh one-time launch address (the console prints one on Enter; tests open one per page). */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

export class BindAddressError extends Error {}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function transportError(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message } });
}

/** A file under `root`, or null when the path escapes it or does not exist. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootResolved = path.resolve(root);
  const file = path.resolve(rootResolved, `.${decoded === '/' ? '/index.html' : decoded}`);
  if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Browser mode: the router behind HTTP on the loopback interface only, guarded by a session cookie. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    throw new BindAddressError(
      `Alamat ${host} ditolak: mode peramban hanya boleh mendengarkan di 127.0.0.1 (localhost), agar data penerima manfaat tidak terbuka ke jaringan.`,
    );
  }
  const { core, staticDir } = options;
  const launchTokens = new Map<string, number>();
  const issueLaunchToken = () => {
    const token = SessionStore.token();
    launchTokens.set(token, nowMs() + LAUNCH_TOKEN_MS);
    return token;
  };
  /** True once for a token issued less than a minute ago; every token is gone after its first use. */
  const consumeLaunchToken = (token: string): boolean => {
    const expires = launchTokens.get(token);
    launchTokens.delete(token);
    const at = nowMs();
    for (const [other, until] of launchTokens) if (until < at) launchTokens.delete(other);
    return expires !== undefined && at <= expires;
  };
  const firstLaunchToken = issueLaunchToken();
  const transportSessions = new Set<string>();
  let port = 0;

  const allowedHost = (value: string | undefined) =>
    value !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(value);
  const allowedOrigin = (value: string | undefined) =>
    value === undefined || [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(value);

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    const key = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (!key || !transportSessions.has(key)) {
      return transportError(res, 401, 'Buka Sipanti lewat alamat yang dicetak saat server dijalankan.');
    }
    if (req.method !== 'POST' || !req.headers['content-type']?.startsWith('application/json')) {
      return transportError(res, 403, 'Permintaan ditolak');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return transportError(res, 403, 'Permintaan terlalu besar');
      chunks.push(chunk);
    }
    let input: unknown;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      input = text ? JSON.parse(text) : undefined;
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah' } });
    }
    const result = await core.router.call(channel, input, { sessionKey: key });
    sendJson(res, 200, result);
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (url.searchParams.has('launch')) {
      if (!consumeLaunchToken(url.searchParams.get('launch') ?? '')) {
        return transportError(
          res,
          403,
          'Alamat peluncuran tidak sah, sudah dipakai, atau kedaluwarsa (berlaku sekali, 1 menit). Tekan Enter di jendela server untuk alamat baru.',
        );
      }
      const key = SessionStore.newKey();
      transportSessions.add(key);
      res.writeHead(302, {
        location: '/',
        'set-cookie': `${SESSION_COOKIE}=${key}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      return res.end();
    }
    const file = resolveStatic(staticDir, url.pathname) ?? (path.extname(url.pathname) ? null : resolveStatic(staticDir, '/'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Tidak ditemukan');
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    if (!allowedHost(req.headers.host)) return transportError(res, 403, 'Host tidak diizinkan');
    if (!allowedOrigin(req.headers.origin)) return transportError(res, 403, 'Permintaan dari situs lain ditolak');
    const site = req.headers['sec-fetch-site'];
    if (site && site !== 'same-origin' && site !== 'none') return transportError(res, 403, 'Permintaan dari situs lain ditolak');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice(5)).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error) } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return transportError(res, 403, 'Metode tidak diizinkan');
    handleStatic(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host === '::1' ? '[::1]' : host;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    launchUrl: `${url}/?launch=${firstLaunchToken}`,
    newLaunchUrl: () => `${url}/?launch=${issueLaunchToken()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
