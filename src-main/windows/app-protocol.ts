import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import { resolveStatic } from '../api/http';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The app:// protocol handler (electron-free, so tests can call it with plain Request objects): serves the
 * built renderer from `rendererDir` with the traversal check of browser mode (`resolveStatic`) and the one
 * CSP. index.ts registers it with `protocol.handle`.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export const APP_RESPONSE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
} as const;

function notFound(): Response {
  return new Response('Tidak ditemukan', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '') return notFound();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Metode tidak diizinkan', { status: 405, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // A path without an extension is a client-side route: answer with index.html.
  const file = resolveStatic(rendererDir, url.pathname) ?? (path.extname(url.pathname) ? null : resolveStatic(rendererDir, '/'));
  if (!file) return notFound();
  const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.promises.readFile(file));
  return new Response(body, {
    status: 200,
    headers: { 'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', ...APP_RESPONSE_HEADERS },
  });
}
