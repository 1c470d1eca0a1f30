import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/csp';
import { logInfo } from '../lib/logger';
import {
  APP_ENTRY_URL,
  isAllowedExternalUrl,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isBlockedRequest,
  isPermissionAllowed,
  secureWebPreferences,
  withCsp,
} from './security';

export interface MainWindowOptions {
  preload: string;
  /** DevTools only in development. */
  devTools: boolean;
  /** Window icon (Linux/Windows taskbar while unpackaged); packaged builds embed theirs. */
  icon?: string;
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) {
    void shell.openExternal(url);
  } else {
    logInfo(`blocked external URL ${url.slice(0, 200)}`);
  }
}

/**
 * Guards for every webContents the app ever creates (index.ts applies this from `web-contents-created`,
 * including DevTools): no <webview>, no new windows (allow-listed https opens in the user's browser).
 */
export function denyWindowsAndWebviews(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Our windows' guards: the above, and no navigation away from app://sipanti/ in any frame. */
export function hardenWebContents(contents: WebContents): void {
  denyWindowsAndWebviews(contents);
  // will-frame-navigate covers every frame; will-navigate (main frame) is where a link is handed to the
  // user's browser when allow-listed; will-redirect stops server redirects out of the origin.
  const guard = (event: { url: string; preventDefault(): void }, openOutside: boolean) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (openOutside) openExternalIfAllowed(event.url);
  };
  contents.on('will-navigate', (event) => guard(event, true));
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => guard(event, false));
}

const hardenedSessions = new WeakSet<Session>();

/** Session-wide guards: every permission denied, network and file requests cancelled, our CSP on responses. */
export function hardenSession(ses: Session): void {
  if (hardenedSessions.has(ses)) return;
  hardenedSessions.add(ses);
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isBlockedRequest(details.url);
    if (cancel) logInfo(`blocked request ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, CONTENT_SECURITY_POLICY) });
  });
}

/** The one application window, loading the UI from app://sipanti/. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Sipanti',
    backgroundColor: '#f8f9fa',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  hardenSession(win.webContents.session);
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
