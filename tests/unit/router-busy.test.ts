import { describe, expect, it } from 'vitest';
import { createRouter, type RouterDeps } from '../../src-main/api/router';
import type { AppDb } from '../../src-main/db/client';

/** A router whose only handler (the public `auth.session`) fails `failures` times with the error given, then answers. */
function routerFailing(failures: number, error: unknown) {
  let calls = 0;
  const handlers = {
    'auth.session': () => {
      calls++;
      if (calls <= failures) throw error;
      return null;
    },
  } as unknown as RouterDeps['handlers'];
  const router = createRouter({ handlers, db: () => ({}) as AppDb, resolveSession: () => undefined });
  return { router, calls: () => calls };
}

const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('a save that finds the database busy', () => {
  it('is tried again and succeeds when the lock is gone', async () => {
    const { router, calls } = routerFailing(2, busy);
    expect(await router.call('auth.session', undefined, { sessionKey: 'x' })).toEqual({ ok: true, value: null });
    expect(calls()).toBe(3);
  });

  it('gives up after three tries with the internal error, and never retries other errors', async () => {
    const stuck = routerFailing(5, busy);
    expect(await stuck.router.call('auth.session', undefined, { sessionKey: 'x' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(stuck.calls()).toBe(3);
    const other = routerFailing(1, Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT' }));
    expect(await other.router.call('auth.session', undefined, { sessionKey: 'x' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(other.calls()).toBe(1);
  });
});
