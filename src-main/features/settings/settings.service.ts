import { eq } from 'drizzle-orm';
import type { AppSettings } from '../../contract';
import type { AppDb } from '../../db/client';
import { appSettings } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { recordAudit } from '../audit/audit.service';

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 15 };

export function getSettings(db: AppDb): AppSettings {
  const rows = db.select().from(appSettings).all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.valueJson) as unknown]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<AppSettings>) };
}

export function updateSettings(db: AppDb, actor: Actor, input: AppSettings): AppSettings {
  return db.transaction((tx) => {
    const before = getSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      const valueJson = JSON.stringify(value);
      tx.insert(appSettings)
        .values({ key, valueJson })
        .onConflictDoUpdate({ target: appSettings.key, set: { valueJson } })
        .run();
    }
    const after = { ...before, ...input };
    recordAudit(tx, actor, { entity: 'settings', action: 'update', before, after });
    return after;
  });
}

export function readSetting(db: AppDb, key: keyof AppSettings): AppSettings[typeof key] {
  const row = db.select().from(appSettings).where(eq(appSettings.key, key)).get();
  return row ? (JSON.parse(row.valueJson) as AppSettings[typeof key]) : DEFAULT_SETTINGS[key];
}
