/**
 * Electron security, checked without Electron: the window options, navigation and external-URL guards,
 * the preload's exposed surface, the CSP, the IPC sender check and the app:// protocol handler.
 * `electron` is never imported: modules that need it are loaded against the small fake below.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveStatic } from '../../src-main/api/http';
import { CONTENT_SECURITY_POLICY } from '../../src-main/api/csp';
import { forbiddenSender, ipcChannel, ipcSessionKey, isTrustedSender } from '../../src-main/api/ipc-guard';
import { CHANNEL_NAMES } from '../../src-main/contract';
import { buildApi } from '../../src-main/preload/build-api';
import { PRELOAD_CHANNEL_NAMES } from '../../src-main/preload/channel-names';
import { serveAppRequest } from '../../src-main/windows/app-protocol';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isBlockedRequest,
  isPermissionAllowed,
  secureWebPreferences,
  withCsp,
} from '../../src-main/windows/security';
import { renderChannelNames } from '../../scripts/gen-preload-channels';
import { makeCore, setupAndLogin } from '../helpers/temp-core';

const ROOT = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

// ---------------------------------------------------------------------------------------------------
// A fake of the few Electron objects main-window.ts, ipc.ts and the preload touch.
type Listener = (...args: unknown[]) => unknown;
class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  exposed: [] as { key: string; value: unknown }[],
  invoked: [] as { channel: string; input: unknown }[],
  openedExternally: [] as string[],
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  /** Set by the mock factory, which runs when a module under test first imports `electron`. */
  WebContents: null as unknown,
}));

vi.mock('electron', () => {
  class FakeSession extends FakeEmitter {
    permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void;
    permissionCheck?: (wc: unknown, permission: string) => boolean;
    devicePermission?: () => boolean;
    beforeRequest?: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    headersReceived?: (details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    setPermissionRequestHandler(fn: FakeSession['permissionRequest']) {
      this.permissionRequest = fn;
    }
    setPermissionCheckHandler(fn: FakeSession['permissionCheck']) {
      this.permissionCheck = fn;
    }
    setDevicePermissionHandler(fn: FakeSession['devicePermission']) {
      this.devicePermission = fn;
    }
    webRequest = {
      onBeforeRequest: (fn: FakeSession['beforeRequest']) => {
        this.beforeRequest = fn;
      },
      onHeadersReceived: (fn: FakeSession['headersReceived']) => {
        this.headersReceived = fn;
      },
    };
  }
  class FakeWebContents extends FakeEmitter {
    static nextId = 1;
    id = FakeWebContents.nextId++;
    session = new FakeSession();
    mainFrame = { frameTreeNodeId: 1, parent: null, url: 'app://sipanti/index.html' };
    windowOpenHandler?: (details: { url: string }) => { action: string };
    setWindowOpenHandler(fn: FakeWebContents['windowOpenHandler']) {
      this.windowOpenHandler = fn;
    }
  }
  class BrowserWindow extends FakeEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      super();
      fake.windows.push({ options, loaded: this.loaded });
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  fake.WebContents = FakeWebContents;
  return {
    BrowserWindow,
    shell: { openExternal: (url: string) => (fake.openedExternally.push(url), Promise.resolve()) },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => fake.handlers.set(channel, fn),
      removeHandler: (channel: string) => fake.handlers.delete(channel),
    },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.push({ key, value }) },
    ipcRenderer: { invoke: (channel: string, input: unknown) => (fake.invoked.push({ channel, input }), Promise.resolve('answer')) },
  };
});

type FakeContents = FakeEmitter & { id: number; mainFrame: { frameTreeNodeId: number; parent: null; url: string } };
/** A fake webContents, once a module under test has pulled in the (mocked) electron module. */
const newContents = <T = FakeContents>() => new (fake.WebContents as new () => T)();

// ---------------------------------------------------------------------------------------------------
describe('window options (ARCHITECTURE.md checklist)', () => {
  const prefs = secureWebPreferences({ preload: '/app/out/preload/index.js' });

  it('isolates, sandboxes and keeps Node out of every renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('the main window is created with exactly those preferences and loads app://sipanti/', async () => {
    const { createMainWindow } = await import('../../src-main/windows/main-window');
    createMainWindow({ preload: '/p/index.js', devTools: false });
    const created = fake.windows.at(-1)!;
    expect(created.options.webPreferences).toEqual(secureWebPreferences({ preload: '/p/index.js', devTools: false }));
    expect(created.loaded).toEqual([APP_ENTRY_URL]);
  });

  it('no source file in src-main weakens a window', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) files.push(full);
      }
    };
    walk(path.join(ROOT, 'src-main'));
    const weakening =
      /(contextIsolation|sandbox|webSecurity)\s*:\s*false|(nodeIntegration\w*|allowRunningInsecureContent|webviewTag)\s*:\s*true|disable-web-security|loadFile\(/;
    const offenders = files.filter((f) => weakening.test(stripComments(fs.readFileSync(f, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('index.ts registers the privileged app scheme, the sandbox and the single-instance lock', () => {
    const src = stripComments(read('src-main/index.ts'));
    expect(src).toMatch(/registerSchemesAsPrivileged\(\[\s*\{\s*scheme: APP_SCHEME, privileges: \{ standard: true, secure: true, supportFetchAPI: true \}/);
    expect(src.indexOf('registerSchemesAsPrivileged')).toBeLessThan(src.indexOf('whenReady'));
    expect(src).toContain('app.enableSandbox()');
    expect(src).toContain('requestSingleInstanceLock()');
    expect(src).toContain("'second-instance'");
    expect(src).toContain('core?.close()');
  });
});

describe('navigation guard', () => {
  it.each([APP_ENTRY_URL, `${APP_ORIGIN}/`, `${APP_ORIGIN}/assets/index-abc.js`, `${APP_ORIGIN}/#/residents?x=1`, `${APP_ORIGIN}/settings/users`])(
    'allows %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://sipanti/',
    'http://sipanti/index.html',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'app://evil/index.html',
    'app://sipanti.evil.com/',
    'app://sipanti:8080/',
    'app://user@sipanti/',
    'app://sipanti@evil/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'https://kemensos.go.id/',
    '',
    'not a url',
  ])('blocks %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('a traversal in the URL cannot leave the app origin, and the file side refuses to leave out/renderer', async () => {
    expect(new URL('app://sipanti/../../etc/passwd').hostname).toBe('sipanti');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sipanti-static-'));
    fs.mkdirSync(path.join(root, 'renderer'));
    fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Sipanti</title>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
    const dir = path.join(root, 'renderer');
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A']) {
      expect(resolveStatic(dir, p), p).toBeNull();
    }
    expect(resolveStatic(dir, '/')).toBe(path.join(dir, 'index.html'));
  });
});

describe('external links', () => {
  it.each(['https://kemensos.go.id/', 'https://dinsos.sumbarprov.go.id/layanan?id=3#atas', 'https://www.kemensos.go.id/page'])('opens %s', (url) =>
    expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://kemensos.go.id/',
    'https://go.id/',
    'https://kemensos.go.id.evil.com/',
    'https://evilgo.id/',
    'https://kemensos-go.id/',
    'https://kemensos.go.id:8443/',
    'https://user:pass@kemensos.go.id/',
    'https://evil.com/?next=.go.id',
    'https://evil.com/#.go.id',
    'https://evil.com\\@kemensos.go.id/',
    'https://kemensos.go.іd/', // Cyrillic і
    'https://192.168.1.1/',
    'ftp://kemensos.go.id/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://sipanti/index.html',
    'mailto:admin@kemensos.go.id',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('window and session guards (main-window.ts)', () => {
  beforeEach(() => {
    fake.openedExternally.length = 0;
  });

  async function hardenedContents() {
    const { hardenWebContents, hardenSession } = await import('../../src-main/windows/main-window');
    const contents = newContents<FakeEmitter & {
      windowOpenHandler: (d: { url: string }) => { action: string };
      session: {
        permissionRequest: (wc: unknown, p: string, cb: (g: boolean) => void, d: unknown) => void;
        permissionCheck: (wc: unknown, p: string) => boolean;
        devicePermission: () => boolean;
        beforeRequest: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
        headersReceived: (d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
      };
    }>();
    hardenWebContents(contents as never);
    hardenSession(contents.session as never);
    return contents;
  }

  const navigate = (contents: FakeEmitter, event: string, url: string) => {
    const e = { url, prevented: false, preventDefault() {
      this.prevented = true;
    } };
    contents.emit(event, e);
    return e.prevented;
  };

  it('blocks navigation and redirects out of the app in every frame', async () => {
    const contents = await hardenedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(contents, event, 'https://evil.example/'), event).toBe(true);
      expect(navigate(contents, event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(contents, event, `${APP_ORIGIN}/#/dashboard`), event).toBe(false);
    }
    expect(fake.openedExternally).toEqual([]);
  });

  it('a link to an allow-listed site opens in the user browser, never in the window', async () => {
    const contents = await hardenedContents();
    expect(navigate(contents, 'will-navigate', 'https://kemensos.go.id/')).toBe(true);
    expect(contents.windowOpenHandler({ url: 'https://dinsos.sumbarprov.go.id/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://kemensos.go.id/', 'https://dinsos.sumbarprov.go.id/']);
  });

  it('refuses <webview>', async () => {
    const contents = await hardenedContents();
    expect(navigate(contents, 'will-attach-webview', 'app://sipanti/')).toBe(true);
  });

  it('denies every permission request and check', async () => {
    const { session } = await hardenedContents();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'unknown']) {
      let granted: boolean | undefined;
      session.permissionRequest(null, permission, (g) => (granted = g), {});
      expect(granted, permission).toBe(false);
      expect(session.permissionCheck(null, permission), permission).toBe(false);
      expect(isPermissionAllowed(permission)).toBe(false);
    }
    expect(session.devicePermission()).toBe(false);
  });

  it('cancels network and file requests, and puts our CSP on every response', async () => {
    const { session } = await hardenedContents();
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://evil.example/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5780/api/auth.login')).toBe(true);
    expect(cancelled('wss://evil.example/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(isBlockedRequest('blob:app://sipanti/1234')).toBe(false);

    let headers: Record<string, string[]> | undefined;
    session.headersReceived({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('preload surface', () => {
  it('the preload list of channels is the contract list, same order, no duplicates', () => {
    const hint = 'src-main/preload/channel-names.ts lags behind the contract: run `npx tsx scripts/gen-preload-channels.ts`';
    expect([...PRELOAD_CHANNEL_NAMES], hint).toEqual(CHANNEL_NAMES);
    expect(read('src-main/preload/channel-names.ts'), hint).toBe(renderChannelNames(CHANNEL_NAMES));
    expect(new Set(PRELOAD_CHANNEL_NAMES).size).toBe(PRELOAD_CHANNEL_NAMES.length);
  });

  it('buildApi exposes exactly one function per channel and nothing else', async () => {
    const calls: [string, unknown][] = [];
    const api = buildApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: channel };
    });
    expect(Object.keys(api)).toEqual(CHANNEL_NAMES);
    expect(Object.getOwnPropertyNames(api)).toEqual(CHANNEL_NAMES);
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    expect(Object.isFrozen(api)).toBe(true);
    for (const name of CHANNEL_NAMES) {
      const fn = (api as Record<string, unknown>)[name];
      expect(typeof fn, name).toBe('function');
      const input = { probe: name };
      await expect((fn as (i: unknown, extra?: unknown) => Promise<unknown>)(input, 'ignored')).resolves.toEqual({ ok: true, value: `api:${name}` });
      expect(calls.at(-1)).toEqual([`api:${name}`, input]);
    }
    expect(calls).toHaveLength(CHANNEL_NAMES.length);
    expect(() => {
      (api as Record<string, unknown>).send = () => undefined;
    }).toThrow();
  });

  it('the preload exposes only `api`, built from ipcRenderer.invoke', async () => {
    fake.exposed.length = 0;
    fake.invoked.length = 0;
    await import('../../src-main/preload/index');
    expect(fake.exposed.map((e) => e.key)).toEqual(['api']);
    const api = fake.exposed[0]!.value as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api)).toEqual(CHANNEL_NAMES);
    await expect(api['auth.login']!({ username: 'a', password: 'b' })).resolves.toBe('answer');
    expect(fake.invoked).toEqual([{ channel: 'api:auth.login', input: { username: 'a', password: 'b' } }]);
  });

  it('the preload source never hands ipcRenderer (or anything else) to the page', () => {
    const src = stripComments(read('src-main/preload/index.ts'));
    const exposures = [...src.matchAll(/exposeInMainWorld\(\s*(['"`])(\w+)\1/g)].map((m) => m[2]);
    expect(exposures).toEqual(['api']);
    expect(src.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(src).not.toMatch(/exposeInIsolatedWorld|webFrame|window\.\w+\s*=|globalThis/);
    const uses = [...src.matchAll(/ipcRenderer(?![\w])(.{0,8})/g)].map((m) => m[1]);
    // once in the import, otherwise only as `ipcRenderer.invoke(`
    expect(uses.filter((u) => !u!.startsWith('.invoke(')).length).toBe(1);
    expect(src).toMatch(/import \{ contextBridge, ipcRenderer \} from ['"]electron['"]/);
    expect(src).not.toMatch(/ipcRenderer\.(on|once|send|sendSync|sendTo|postMessage|addListener)\b/);
  });

  it('the preload imports nothing that pulls in zod or Node modules', () => {
    const imports = (file: string) => [...stripComments(read(file)).matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports('src-main/preload/index.ts')).toEqual(['electron', './build-api']);
    expect(imports('src-main/preload/build-api.ts')).toEqual(['../api/ipc-guard', './channel-names']);
    // channel-names imports the contract for types only (erased from the bundle)
    expect(stripComments(read('src-main/preload/channel-names.ts'))).toMatch(/^import type \{ ChannelName \} from '\.\.\/contract';/m);
  });

  const preloadBuilt = fs.existsSync(path.join(ROOT, 'out/preload/index.js'));
  if (!preloadBuilt) console.log('[electron-security] built-preload check skipped: out/preload/index.js is missing (run `npm run build`; `npm test` does).');
  it.skipIf(!preloadBuilt)('the built preload is CommonJS and requires only electron (sandbox-loadable)', () => {
    const built = read('out/preload/index.js');
    expect(built).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...built.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(built.length).toBeLessThan(20_000); // no zod or contract schemas bundled in
  });
});

describe('content security policy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0]!, parts.slice(1)] as const),
    );

  const metaCsp = () => {
    const html = read('src-renderer/index.html');
    const match = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
    expect(match, 'index.html has a CSP meta tag').not.toBeNull();
    return match![1]!;
  };

  it.each([
    ['api/csp.ts', () => CONTENT_SECURITY_POLICY],
    ['src-renderer/index.html meta tag', metaCsp],
  ])('%s is strict', (_name, get) => {
    const d = directives(get());
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    const all = [...d.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain('*');
    expect(all.filter((s) => /^(https?:|ws:|wss:)/.test(s))).toEqual([]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it('the meta tag says what the header says (frame-ancestors only works as a header)', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(metaCsp())).toEqual(header);
  });
});

describe('IPC sender check', () => {
  const trusted = new Set([7]);
  const main = { webContentsId: 7, frameUrl: `${APP_ORIGIN}/index.html`, isMainFrame: true };

  it('accepts the main frame of our window on the app origin', () => {
    expect(isTrustedSender(main, trusted)).toBe(true);
    expect(isTrustedSender({ ...main, frameUrl: `${APP_ORIGIN}/#/settings` }, trusted)).toBe(true);
  });

  it.each([
    ['a subframe', { ...main, isMainFrame: false }],
    ['a foreign origin', { ...main, frameUrl: 'https://evil.example/' }],
    ['a lookalike app host', { ...main, frameUrl: 'app://sipanti.evil/' }],
    ['a file: page', { ...main, frameUrl: 'file:///tmp/x.html' }],
    ['about:blank', { ...main, frameUrl: 'about:blank' }],
    ['a destroyed frame', { ...main, frameUrl: null }],
    ['a window we did not create', { ...main, webContentsId: 8 }],
  ])('refuses %s', (_name, sender) => expect(isTrustedSender(sender, trusted)).toBe(false));

  it('names channels and sessions per window', () => {
    expect(ipcChannel('auth.login')).toBe('api:auth.login');
    expect(ipcSessionKey(7)).toBe('ipc:7');
    expect(forbiddenSender()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
  });
});

describe('IPC transport over the real router (ipc.ts)', () => {
  const core = makeCore();
  afterAll(() => core.close());

  const event = (contents: { id: number; mainFrame: { frameTreeNodeId: number } }, frame: { url: string; parent: unknown; frameTreeNodeId: number } | null) => ({
    sender: contents,
    senderFrame: frame,
  });

  it('registers one handler per channel and answers only trusted senders', async () => {
    fake.handlers.clear();
    const { registerIpc } = await import('../../src-main/api/ipc');
    const ipc = registerIpc(core);
    expect([...fake.handlers.keys()]).toEqual(CHANNEL_NAMES.map((n) => `api:${n}`));

    const ours = newContents();
    const stranger = newContents();
    ipc.trust(ours as never);
    const status = fake.handlers.get('api:system.status')!;

    await expect(status(event(ours, ours.mainFrame), undefined)).resolves.toMatchObject({ ok: true, value: { mode: 'browser', state: 'ready' } });
    await expect(status(event(stranger, stranger.mainFrame), undefined)).resolves.toEqual(forbiddenSender());
    const iframe = { url: `${APP_ORIGIN}/index.html`, parent: ours.mainFrame, frameTreeNodeId: 2 };
    await expect(status(event(ours, iframe), undefined)).resolves.toEqual(forbiddenSender());
    await expect(status(event(ours, { ...ours.mainFrame, url: 'https://evil.example/' }), undefined)).resolves.toEqual(forbiddenSender());
    await expect(status(event(ours, null), undefined)).resolves.toEqual(forbiddenSender());
    ipc.dispose();
    expect(fake.handlers.size).toBe(0);
  });

  it('one session per window, ended when the window goes away', async () => {
    fake.handlers.clear();
    const { registerIpc } = await import('../../src-main/api/ipc');
    const ipc = registerIpc(core);
    const win = newContents();
    ipc.trust(win as never);
    const key = ipcSessionKey(win.id);
    await setupAndLogin(core, key);
    const session = fake.handlers.get('api:auth.session')!;
    await expect(session(event(win, win.mainFrame), undefined)).resolves.toMatchObject({ ok: true });
    expect(core.sessions.get(key)).toBeDefined();

    const other = newContents();
    ipc.trust(other as never);
    const users = fake.handlers.get('api:users.list')!;
    await expect(users(event(other, other.mainFrame), undefined)).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    win.emit('destroyed');
    expect(core.sessions.get(key)).toBeUndefined();
    await expect(session(event(win, win.mainFrame), undefined)).resolves.toEqual(forbiddenSender());
    ipc.dispose();
  });
});

describe('app:// protocol handler', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sipanti-app-'));
  const dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sipanti</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  const get = (url: string, method = 'GET') => serveAppRequest(dir, new Request(url, { method }));

  it('serves the renderer with our CSP and the right types', async () => {
    const index = await get(`${APP_ORIGIN}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>Sipanti</title>');
    const js = await get(`${APP_ORIGIN}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await (await get(`${APP_ORIGIN}/settings/users`)).text()).toContain('Sipanti'); // client-side route
  });

  it.each([
    `${APP_ORIGIN}/..%2fsecret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`,
    `${APP_ORIGIN}/missing.js`,
    'app://other/index.html',
    'app://sipanti:81/index.html',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    expect((await get(APP_ENTRY_URL, 'HEAD')).status).toBe(200);
  });
});

describe('report printing window', () => {
  it('runs no script, no Node, sandboxed, in the session it is given', async () => {
    const { printWindowPreferences } = await import('../../src-main/windows/security');
    const prefs = printWindowPreferences('print-session');
    expect(prefs).toMatchObject({ session: 'print-session', javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
  });
});

describe('frame navigation', () => {
  it('lets a sub-frame show an inline report (srcdoc) but keeps the main frame in the app', async () => {
    const { isAllowedFrameNavigation } = await import('../../src-main/windows/security');
    expect(isAllowedFrameNavigation('about:srcdoc', false)).toBe(true);
    expect(isAllowedFrameNavigation('about:srcdoc', true)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com/', false)).toBe(false);
    expect(isAllowedFrameNavigation('app://sipanti/index.html', true)).toBe(true);
    expect(isAllowedFrameNavigation('file:///etc/passwd', false)).toBe(false);
  });
});
