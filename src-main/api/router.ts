import type { z } from 'zod';
import type { ApiResult, ChannelName, ChannelOutput, ChannelParsed, Role } from '../contract';
import { channels } from '../contract';
import type { AppDb } from '../db/client';
import type { Actor } from '../lib/actor';
import { AppError } from '../lib/errors';
import { logError, logInfo } from '../lib/logger';
import type { SessionState } from './sessions';

export interface RequestContext {
  /** Identifies the caller's transport session: an HTTP session cookie or an Electron window. */
  sessionKey: string;
}

export interface HandlerContext {
  sessionKey: string;
  channel: ChannelName;
  /** Null only on public channels called without a session. */
  actor: Actor | null;
  session: SessionState | null;
  db: () => AppDb;
}

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ChannelParsed<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlersFor<K extends ChannelName> = { [C in K]: Handler<C> };
export type Handlers = HandlersFor<ChannelName>;

/** The signed-in actor of a non-public channel. */
export function actorOf(ctx: HandlerContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sesi berakhir. Silakan masuk kembali.');
  return ctx.actor;
}

export interface RouterDeps {
  handlers: Handlers;
  db: () => AppDb;
  /** Resolves the session (applying the idle lock) and its actor; undefined when not signed in. */
  resolveSession: (
    sessionKey: string,
    channel: ChannelName,
  ) => { session: SessionState; actor: Actor; mustChangePassword?: boolean } | undefined;
}

/**
 * What a user who must change the password may still do (besides the public channels: the session, log-out,
 * unlock): change it, or lock the screen. Everything else is refused in main, whatever the renderer shows.
 */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<ChannelName> = new Set<ChannelName>(['auth.changePassword', 'auth.lock']);

const INTERNAL_MESSAGE = 'Terjadi kesalahan internal. Rinciannya dicatat di log aplikasi; hubungi petugas TI bila berulang.';

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/** The one entry point every transport uses: authenticate, authorise, parse, run, and wrap the answer. */
export function createRouter(deps: RouterDeps) {
  async function call(channelName: string, rawInput: unknown, ctx: RequestContext): Promise<ApiResult<unknown>> {
    try {
      if (!isChannel(channelName)) throw new AppError('NOT_FOUND', `Kanal ${channelName} tidak dikenal`);
      const def = channels[channelName];
      let actor: Actor | null = null;
      let session: SessionState | null = null;
      if (def.access !== 'public') {
        const resolved = deps.resolveSession(ctx.sessionKey, channelName);
        if (!resolved) throw new AppError('UNAUTHENTICATED', 'Sesi berakhir. Silakan masuk kembali.');
        if (resolved.session.locked) throw new AppError('LOCKED', 'Layar terkunci. Masukkan kata sandi untuk melanjutkan.');
        if (def.access !== 'any' && !(def.access as readonly Role[]).includes(resolved.actor.role)) {
          throw new AppError('FORBIDDEN', 'Peran Anda tidak berwenang untuk tindakan ini');
        }
        if (resolved.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(channelName)) {
          throw new AppError('FORBIDDEN', 'Ganti kata sandi Anda terlebih dahulu.');
        }
        ({ actor, session } = resolved);
      }
      const parsed = def.input.safeParse(rawInput ?? undefined);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        const first = Object.values(fieldErrors)[0] ?? 'Isian tidak valid';
        return { ok: false, error: { code: 'VALIDATION', message: first, fieldErrors } };
      }
      const handler = deps.handlers[channelName] as Handler<ChannelName>;
      const handlerCtx = { sessionKey: ctx.sessionKey, channel: channelName, actor, session, db: deps.db };
      const run = () => handler(handlerCtx, parsed.data as ChannelParsed<ChannelName>);
      const value = await retryWhileBusy(run, channelName);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      logError(`channel ${channelName}`, error);
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  }
  return { call };
}

export type Router = ReturnType<typeof createRouter>;

const BUSY_RETRIES = 3;
const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/**
 * SQLite answers SQLITE_BUSY when another connection (the background integrity check, a backup, another process) held
 * the file past the busy timeout, or a read turned write found a newer snapshot. The transaction then changed nothing,
 * so the save is tried again a few times before the user sees an error.
 */
async function retryWhileBusy<T>(run: () => Promise<T> | T, channel: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isBusy(error) || attempt >= BUSY_RETRIES) throw error;
      logInfo(`channel ${channel}: database busy, attempt ${attempt + 1} of ${BUSY_RETRIES}`);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
