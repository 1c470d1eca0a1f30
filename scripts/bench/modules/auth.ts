import { scryptSync, timingSafeEqual } from 'node:crypto';
import { authenticate } from '../../../src-main/features/auth/auth.service';
import type { BenchModule } from '../harness';
import { nowIso } from '../../../src-main/lib/time';

/**
 * Signing in: the app's authenticate (find the user, scrypt verify, clear failures, record the sign-in
 * with its audit row) against the same steps by hand. scrypt dominates both: the ratio should be ~1.
 */
export const authBench: BenchModule = {
  name: 'auth',
  benchmarks(ctx) {
    const user = ctx.raw
      .prepare("SELECT username FROM users WHERE role = 'admin' AND active = 1 ORDER BY id LIMIT 1")
      .get() as { username: string };
    const findUser = ctx.raw.prepare('SELECT * FROM users WHERE username = ?');
    const homeActive = ctx.raw.prepare('SELECT active FROM homes WHERE id = ?');
    const clear = ctx.raw.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?');
    const audit = ctx.raw.prepare(
      `INSERT INTO audit_log (at, user_id, username, home_id, channel, entity, entity_id, action) VALUES (?, ?, ?, ?, 'auth.login', 'user', ?, 'login')`,
    );
    const record = ctx.raw.transaction((row: { id: number; username: string; home_id: number | null }, at: string) => {
      clear.run(at, row.id);
      audit.run(at, row.id, row.username, row.home_id, String(row.id));
    });

    return [
      {
        name: 'log in (scrypt)',
        note: 'app: authenticate(); raw: SELECT user, node:crypto scrypt verify, home active?, UPDATE + audit INSERT in a transaction',
        kind: 'fast',
        app: () => authenticate(ctx.app.db, user.username, ctx.password),
        raw: () => {
          const row = findUser.get(user.username) as { id: number; username: string; home_id: number | null; password_hash: string; active: number };
          const [, n, r, p, salt, key] = row.password_hash.split('$');
          const expected = Buffer.from(key!, 'base64');
          const actual = scryptSync(ctx.password.normalize('NFKC'), Buffer.from(salt!, 'base64'), expected.length, {
            N: Number(n),
            r: Number(r),
            p: Number(p),
            maxmem: 64 * 1024 * 1024,
          });
          if (!timingSafeEqual(actual, expected) || !row.active) throw new Error('raw log-in failed');
          if (row.home_id != null && !(homeActive.get(row.home_id) as { active: number }).active) throw new Error('home inactive');
          record(row, nowIso());
        },
      },
    ];
  },
};
