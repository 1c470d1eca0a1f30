import type { ApiResult } from '../contract';
import { isAppUrl } from '../windows/security';

/**
 * The electron-free half of the IPC transport: naming, session keys and the sender check, so they can be
 * unit-tested without Electron. api/ipc.ts feeds it what Electron reports about each call.
 */

export const IPC_PREFIX = 'api:';

export function ipcChannel(channel: string): string {
  return `${IPC_PREFIX}${channel}`;
}

/** One API session per window: signing in in one window does not sign in another. */
export function ipcSessionKey(webContentsId: number): string {
  return `ipc:${webContentsId}`;
}

/** What Electron tells us about the sender of one `ipcRenderer.invoke`. */
export interface IpcSender {
  /** `event.sender.id`: the webContents the call came from. */
  webContentsId: number;
  /** `event.senderFrame.url`; null when the frame has navigated away or been destroyed. */
  frameUrl: string | null;
  /** The sending frame is the top-level frame of that webContents (not an iframe). */
  isMainFrame: boolean;
}

/**
 * A call is served only when it comes from the main frame of a window this app created, showing a page of
 * the app's own origin. Anything else (a subframe, another origin, an unknown webContents) is refused.
 */
export function isTrustedSender(sender: IpcSender, trustedWebContents: ReadonlySet<number>): boolean {
  return (
    trustedWebContents.has(sender.webContentsId) &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}

/** The answer to a call from an untrusted sender (the router is never reached). */
export function forbiddenSender(): ApiResult<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: asal jendela tidak dikenal.' } };
}
