/**
 * Electron security policy, kept free of `electron` imports so tests can inspect it in plain Node.
 * main-window.ts, index.ts and api/ipc.ts apply it; tests/unit/electron-security.test.ts checks it.
 */

/** The custom scheme the UI is served from (registered as standard + secure before `ready`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sipanti';
/** The UI's origin. Every window URL and every IPC sender must be within it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The subset of Electron's WebPreferences this app sets; structurally compatible with Electron's type. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
  devTools: boolean;
}

/** webPreferences for every window: isolated, sandboxed, no Node, no webview, only our preload. */
export function secureWebPreferences(options: { preload: string; devTools?: boolean }): SecureWebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools ?? false,
  };
}

/**
 * The hidden window that prints reports: isolated and sandboxed like every window, with JavaScript off,
 * no preload, and its own session (the caller passes it) that can only read the report file.
 */
export function printWindowPreferences<S>(session: S) {
  return {
    session,
    contextIsolation: true as const,
    sandbox: true as const,
    nodeIntegration: false as const,
    javascript: false as const,
    webSecurity: true as const,
    allowRunningInsecureContent: false as const,
    webviewTag: false as const,
    devTools: false as const,
  };
}

function parse(url: string): URL | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs inside the app's own origin (`app://sipanti/...`): no credentials, no port, no other host.
 * Path traversal cannot leave the origin (the URL parser normalises `..`), and the protocol handler
 * additionally confines every path to the built renderer folder with `resolveStatic`.
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Windows may only ever show the app's own pages; anything else is blocked (or opened externally). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Sub-frames may also hold inline documents: the report preview is an <iframe srcdoc> with no scripts.
 * The main frame never leaves the app origin.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isAllowedNavigation(url)) return true;
  return !isMainFrame && (url === 'about:srcdoc' || url === 'about:blank');
}

/**
 * The only sites `shell.openExternal` may open: https on an Indonesian government domain (`*.go.id`,
 * e.g. kemensos.go.id or dinsos.sumbarprov.go.id: regulations and forms the staff are referred to).
 */
export const EXTERNAL_HOST_SUFFIXES = ['.go.id'] as const;

export function isAllowedExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  const host = u.hostname; // lower-cased and punycode-encoded by the URL parser
  const labels = host.split('.');
  return (
    labels.every((label) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(label)) &&
    EXTERNAL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && labels.length > suffix.split('.').length - 1)
  );
}

/** Schemes a window's session never fetches from (defense in depth behind the CSP): network and local files. */
const BLOCKED_REQUEST_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isBlockedRequest(url: string): boolean {
  const u = parse(url);
  return u === null || BLOCKED_REQUEST_SCHEMES.has(u.protocol);
}

/** The permissions a window may be granted: none (no camera, microphone, notifications, geolocation...). */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

/** Replaces any Content-Security-Policy header (whatever its case) with ours. */
export function withCsp(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() !== 'content-security-policy') out[key] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}
