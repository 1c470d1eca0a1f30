import { ipcChannel } from '../api/ipc-guard';
import { PRELOAD_CHANNEL_NAMES, type PreloadChannelName } from './channel-names';

/** `ipcRenderer.invoke`, as the preload hands it in; nothing else of Electron reaches this module. */
export type Invoke = (ipcChannelName: string, input: unknown) => Promise<unknown>;

export type ExposedApi = Readonly<Record<PreloadChannelName, (input?: unknown) => Promise<unknown>>>;

/**
 * `window.api`: exactly one function per channel, each forwarding its single argument to `api:<channel>`.
 * No other property, no way to name an arbitrary IPC channel, no Electron object.
 */
export function buildApi(invoke: Invoke, names: readonly string[] = PRELOAD_CHANNEL_NAMES): ExposedApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    const target = ipcChannel(name);
    api[name] = (input?: unknown) => invoke(target, input);
  }
  return Object.freeze(api) as ExposedApi;
}
