import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BindAddressError, LAUNCH_TOKEN_MS, resolveStatic, startHttpServer, type RunningServer } from '../../src-main/api/http';
import { nowMs, setClock } from '../../src-main/lib/clock';
import type { Core } from '../../src-main/core';
import { makeCore, ok, setupAndLogin, tempDir } from '../helpers/temp-core';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so Host and Origin can be set the way a hostile page or a rebinding attack would. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback HTTP transport (browser mode)', () => {
  let core: Core;
  let server: RunningServer;
  let cookie: string;
  const staticDir = tempDir('sipanti-static-');

  beforeAll(async () => {
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Sipanti</title>');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'rahasia');
    core = makeCore();
    server = await startHttpServer({ core, staticDir, port: 0 });
    const launch = await request(server.launchUrl);
    expect(launch.status).toBe(302);
    cookie = String(launch.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(async () => {
    await server.close();
    core.close();
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(`${server.url}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
    });

  it('refuses to bind anywhere but loopback', async () => {
    await expect(startHttpServer({ core, staticDir, host: '0.0.0.0' })).rejects.toBeInstanceOf(BindAddressError);
    await expect(startHttpServer({ core, staticDir, host: '192.168.1.10' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('listens on 127.0.0.1 and the launch address sets an HttpOnly, SameSite=Strict cookie', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const launch = await request(server.newLaunchUrl());
    expect(String(launch.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await request(`${server.url}/?launch=wrong`)).status).toBe(403);
  });

  it('a launch address works once, and only within a minute', async () => {
    // the first address was used in beforeAll: a replay is refused and sets no cookie
    const replay = await request(server.launchUrl);
    expect(replay.status).toBe(403);
    expect(replay.headers['set-cookie']).toBeUndefined();
    const fresh = server.newLaunchUrl();
    expect((await request(fresh)).status).toBe(302);
    expect((await request(fresh)).status).toBe(403);
    const late = server.newLaunchUrl();
    const later = nowMs() + LAUNCH_TOKEN_MS + 1000;
    const restore = setClock(() => later);
    try {
      expect((await request(late)).status).toBe(403);
    } finally {
      restore();
    }
  });

  it('answers channel calls with {ok, value} for a session cookie', async () => {
    const reply = await api('system.status', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { state: 'ready', mode: 'browser' } });
  });

  it('refuses calls without the session cookie', async () => {
    const reply = await api('system.status', {}, { cookie: 'sipanti_session=tebakan' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses requests from other origins and other host names (DNS rebinding)', async () => {
    expect((await api('system.status', {}, { origin: 'https://jahat.example' })).status).toBe(403);
    expect((await api('system.status', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const port = new URL(server.url).port;
    expect((await api('system.status', {}, { host: `jahat.example:${port}` })).status).toBe(403);
    expect((await api('system.status', {}, { origin: server.url })).status).toBe(200);
  });

  it('refuses non-JSON posts (no simple cross-site form posts)', async () => {
    const reply = await request(`${server.url}/api/system.status`, { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('reports bad input as VALIDATION with field errors, in Indonesian', async () => {
    const reply = JSON.parse((await api('auth.login', { username: '', password: '' })).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { username: 'Nama pengguna wajib diisi' } } });
  });

  it('serves the renderer with a strict CSP, and nothing outside its folder', async () => {
    const index = await request(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(`${server.url}/assets/app.js`)).body).toBe('console.log(1)');
    expect((await request(`${server.url}/..%2fsecret.txt`)).body).not.toContain('rahasia');
    expect(resolveStatic(staticDir, '/../secret.txt')).toBeNull();
    expect(resolveStatic(staticDir, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStatic(staticDir, '/assets/app.js')).toBe(path.join(staticDir, 'assets', 'app.js'));
  });

  it('hides internal error detail from the caller and logs it', async () => {
    const broken = makeCore();
    await setupAndLogin(broken, 'a');
    broken.requireOpened().sqlite.exec('DROP TABLE audit_log');
    const result = await broken.router.call('settings.update', { idleLockMinutes: 9 }, { sessionKey: 'a' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/audit_log|SQLITE|no such table/i);
    const log = fs.readFileSync(path.join(broken.options.dataDir, 'logs', 'sipanti.log'), 'utf8');
    expect(log).toMatch(/settings\.update.*no such table: audit_log/s);
    expect(await ok(broken, 'a', 'settings.get')).toEqual({ idleLockMinutes: 15 });
    broken.close();
  });
});
