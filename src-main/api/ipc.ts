import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNEL_NAMES, type ApiResult } from '../contract';
import type { Core } from '../core';
import { logError, logInfo } from '../lib/logger';
import { forbiddenSender, ipcChannel, ipcSessionKey, isTrustedSender, type IpcSender } from './ipc-guard';

export interface IpcTransport {
  /** Marks a window's webContents as ours; its session ends when it is destroyed or its renderer dies. */
  trust(contents: WebContents): void;
  /** Removes every handler (on quit). */
  dispose(): void;
}

function describeSender(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  let isMainFrame = false;
  if (frame) {
    try {
      isMainFrame = frame.parent === null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId;
    } catch {
      isMainFrame = false; // a frame destroyed mid-call
    }
  }
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame };
}

/** Electron IPC transport: `api:<channel>` for every channel of the contract, over the same router as HTTP. */
export function registerIpc(core: Core): IpcTransport {
  const trusted = new Set<number>();

  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      const sender = describeSender(event);
      if (!isTrustedSender(sender, trusted)) {
        logInfo(`IPC ${name} refused from webContents ${sender.webContentsId} (${sender.frameUrl ?? 'no frame'})`);
        return forbiddenSender();
      }
      try {
        return await core.router.call(name, input, { sessionKey: ipcSessionKey(sender.webContentsId) });
      } catch (error) {
        // router.call never throws; this only guards against a bug turning into a rejected invoke
        logError(`ipc ${name}`, error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Terjadi kesalahan internal.' } };
      }
    });
  }

  return {
    trust(contents) {
      const id = contents.id;
      const key = ipcSessionKey(id);
      trusted.add(id);
      contents.once('destroyed', () => {
        trusted.delete(id);
        core.sessions.signOut(key);
      });
      contents.on('render-process-gone', () => core.sessions.signOut(key));
    },
    dispose() {
      for (const name of CHANNEL_NAMES) ipcMain.removeHandler(ipcChannel(name));
      trusted.clear();
    },
  };
}
