import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SetupInput } from '../../contract';
import type { AppDb } from '../../db/client';
import { users } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { insertHome } from '../homes/homes.service';

export function needsSetup(db: AppDb): boolean {
  const row = db.select({ n: sql<number>`count(*)` }).from(users).get();
  return (row?.n ?? 0) === 0;
}

/** First run: the first home and its first administrator, in one transaction. */
export function completeSetup(db: AppDb, input: z.output<typeof SetupInput>): { homeId: number; username: string } {
  return db.transaction((tx) => {
    if (!needsSetup(tx)) {
      throw new AppError('CONFLICT', 'Sipanti sudah disiapkan. Masuk dengan akun administrator.');
    }
    const home = insertHome(tx, null, input.home, 'setup.complete');
    const province = input.admin.scope === 'province';
    const user = tx
      .insert(users)
      .values({
        homeId: province ? null : home.id,
        username: input.admin.username,
        fullName: input.admin.fullName,
        role: province ? 'province_admin' : 'admin',
        passwordHash: hashPassword(input.admin.password),
      })
      .returning()
      .get();
    recordAudit(
      tx,
      null,
      { entity: 'user', entityId: user.id, action: 'create', after: user, homeId: home.id },
      'setup.complete',
    );
    return { homeId: home.id, username: user.username };
  });
}
