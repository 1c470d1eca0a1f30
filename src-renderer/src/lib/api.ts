import type { ApiErrorBody, ApiResult, ChannelInput, ChannelName, ChannelOutput } from '@contract';

/** The preload's surface in Electron: one function per channel. Absent in browser mode. */
type PreloadApi = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>> };

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

/** A failed call, with the Indonesian message and the per-field messages from main. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly fieldErrors: Record<string, string>;
  /** Structured facts from main, e.g. the existing record a duplicate NIK points to. */
  readonly details: unknown;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
    this.details = body.details;
  }
}

type Listener = (error: ApiError) => void;
const sessionListeners = new Set<Listener>();

/** Called when any call reports a lost or locked session, so the shell can show the login or lock screen. */
export function onSessionProblem(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

async function transport<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>> {
  if (window.api) return window.api[channel](input);
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
  try {
    return (await response.json()) as ApiResult<ChannelOutput<C>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Server menjawab ${response.status}` } };
  }
}

/** Calls a channel; resolves with its value or rejects with an ApiError. */
export async function call<C extends ChannelName>(channel: C, ...args: undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]): Promise<ChannelOutput<C>> {
  let result: ApiResult<ChannelOutput<C>>;
  try {
    result = await transport(channel, args[0] as ChannelInput<C>);
  } catch {
    result = { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat menghubungi Sipanti. Pastikan aplikasi masih berjalan.' } };
  }
  if (result.ok) return result.value;
  const error = new ApiError(result.error);
  if (error.code === 'UNAUTHENTICATED' || error.code === 'LOCKED') {
    if (channel !== 'auth.login' && channel !== 'auth.unlock') sessionListeners.forEach((l) => l(error));
  }
  throw error;
}
