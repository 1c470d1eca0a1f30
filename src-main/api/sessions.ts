import { randomBytes } from 'node:crypto';
import { nowMs } from '../lib/clock';

/** However active, a session ends this long after its log-in (the idle lock comes on top of it). */
export const SESSION_MAX_HOURS = 12;

/** A signed-in user on one transport session (a browser cookie or an Electron window). */
export interface SessionState {
  userId: number;
  activeHomeId: number | null;
  /** When the user signed in: the session ends SESSION_MAX_HOURS later, active or not. */
  startedMs: number;
  lastSeenMs: number;
  locked: boolean;
}

/** In-memory: sessions end with the process, and a restore or a restart signs everyone out. */
export class SessionStore {
  private readonly sessions = new Map<string, SessionState>();

  constructor(private readonly clock: () => number = nowMs) {}

  static newKey(): string {
    return randomBytes(24).toString('base64url');
  }

  /** Removes every session past its absolute lifetime. */
  private sweep(): void {
    const limit = this.clock() - SESSION_MAX_HOURS * 3_600_000;
    for (const [key, state] of this.sessions) if (state.startedMs <= limit) this.sessions.delete(key);
  }

  get(key: string): SessionState | undefined {
    this.sweep();
    return this.sessions.get(key);
  }

  signIn(key: string, userId: number, activeHomeId: number | null): SessionState {
    const started = this.clock();
    const state = { userId, activeHomeId, startedMs: started, lastSeenMs: started, locked: false };
    this.sessions.set(key, state);
    return state;
  }

  signOut(key: string): void {
    this.sessions.delete(key);
  }

  /** Marks activity; a session idle for longer than `idleMinutes` becomes locked first. */
  touch(key: string, idleMinutes: number): SessionState | undefined {
    const state = this.get(key);
    if (!state) return undefined;
    const now = this.clock();
    if (!state.locked && now - state.lastSeenMs > idleMinutes * 60_000) state.locked = true;
    if (!state.locked) state.lastSeenMs = now;
    return state;
  }

  lock(key: string): void {
    const state = this.sessions.get(key);
    if (state) state.locked = true;
  }

  unlock(key: string): void {
    const state = this.sessions.get(key);
    if (state) {
      state.locked = false;
      state.lastSeenMs = this.clock();
    }
  }

  /** Ends every session of a user (deactivated, password reset) or all sessions. */
  signOutWhere(match: (s: SessionState) => boolean): void {
    for (const [key, state] of this.sessions) if (match(state)) this.sessions.delete(key);
  }

  static token(): string {
    return randomBytes(32).toString('hex');
  }
}
