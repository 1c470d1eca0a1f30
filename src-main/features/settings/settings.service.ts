import { and, eq } from 'drizzle-orm';
import type { AppSettings, AppSettingsUpdate } from '../../contract';
import type { AppDb } from '../../db/client';
import { appSettings, homeSettings } from '../../db/schema';
import type { Actor } from '../../lib/actor';
import { isProvinceAdmin } from '../../lib/actor';
import { forbidden } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';

export const DEFAULT_SETTINGS: AppSettings = { idleLockMinutes: 15 };

const parsed = (rows: { key: string; valueJson: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.valueJson) as unknown])) as Partial<AppSettings>;

/**
 * The settings that apply to a home: the defaults, then the province-wide ones, then the home's own. Without a
 * home (a province administrator with none chosen), the province-wide ones.
 */
export function getSettings(db: Pick<AppDb, 'select'>, homeId: number | null): AppSettings {
  const province = parsed(db.select().from(appSettings).all());
  const own = homeId == null ? {} : parsed(db.select().from(homeSettings).where(eq(homeSettings.homeId, homeId)).all());
  return { ...DEFAULT_SETTINGS, ...province, ...own };
}

/**
 * Settings belong to their scope: a home's administrator changes that home's only; the province-wide defaults
 * (scope `province`) only a province administrator. A province administrator without a chosen home changes the
 * province-wide ones.
 */
export function updateSettings(db: AppDb, actor: Actor, input: AppSettingsUpdate): AppSettings {
  const { scope = 'home', ...values } = input;
  const province = scope === 'province' || actor.homeId == null;
  if (province && !isProvinceAdmin(actor)) throw forbidden('Pengaturan tingkat provinsi hanya dapat diubah oleh administrator provinsi.');
  const homeId = province ? null : actor.homeId;
  return db.transaction((tx) => {
    const before = getSettings(tx, homeId);
    for (const [key, value] of Object.entries(values)) {
      const valueJson = JSON.stringify(value);
      if (homeId == null) {
        tx.insert(appSettings).values({ key, valueJson }).onConflictDoUpdate({ target: appSettings.key, set: { valueJson } }).run();
      } else {
        tx.insert(homeSettings)
          .values({ homeId, key, valueJson })
          .onConflictDoUpdate({ target: [homeSettings.homeId, homeSettings.key], set: { valueJson } })
          .run();
      }
    }
    const after = getSettings(tx, homeId);
    recordAudit(tx, actor, { entity: 'settings', action: 'update', before, after: { ...after, scope: homeId == null ? 'province' : 'home' }, homeId });
    return after;
  });
}

export function readSetting<K extends keyof AppSettings>(db: AppDb, key: K, homeId: number | null): AppSettings[K] {
  const own = homeId == null ? undefined : db.select().from(homeSettings).where(and(eq(homeSettings.homeId, homeId), eq(homeSettings.key, key))).get();
  const row = own ?? db.select().from(appSettings).where(eq(appSettings.key, key)).get();
  return row ? (JSON.parse(row.valueJson) as AppSettings[K]) : DEFAULT_SETTINGS[key];
}
