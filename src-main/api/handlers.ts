import { eq } from 'drizzle-orm';
import type { SessionInfo } from '../contract';
import type { Core } from '../core';
import { users } from '../db/schema';
import type { Actor } from '../lib/actor';
import { AppError } from '../lib/errors';
import { withRecordNames } from '../features/audit/audit-names';
import { listAudit, recordAudit, verifyAudit } from '../features/audit/audit.service';
import { AccountLockedError, authenticate, changePassword, confirmPassword } from '../features/auth/auth.service';
import { createHome, findHomeSummary, getHome, listHomes, setHomeActive, updateHome } from '../features/homes/homes.service';
import { getSettings, updateSettings } from '../features/settings/settings.service';
import { completeSetup, needsSetup } from '../features/setup/setup.service';
import { createUser, listUsers, resetPassword, setUserActive, updateUser } from '../features/users/users.service';
import type { Role } from '../contract';
import { actorOf, type Handlers } from './router';
import { residentsHandlers } from '../features/residents/residents.handlers';
import { casefileHandlers } from '../features/casefile/casefile.handlers';
import { documentsHandlers } from '../features/documents/documents.handlers';
import { carenotesHandlers } from '../features/carenotes/carenotes.handlers';
import { reportsHandlers } from '../features/census/census.handlers';
import { budgetHandlers } from '../features/budget/budget.handlers';
import { exitsHandlers } from '../features/exits/exits.handlers';
import { intakeHandlers } from '../features/intake/intake.handlers';
import { mealsHandlers } from '../features/meals/meals.handlers';
import { medicineHandlers } from '../features/medicine/medicine.handlers';
import { trainingHandlers } from '../features/training/training.handlers';
import { homeZone } from '../features/homes/home-clock';
import { nowIso } from '../lib/time';


/** Channel → service. Handlers only adapt; rules live in the services. */
export function createHandlers(core: Core): Handlers {
  const sessionInfo = (sessionKey: string): SessionInfo | null => {
    const session = core.sessions.get(sessionKey);
    if (!session) return null;
    const user = core.db.select().from(users).where(eq(users.id, session.userId)).get();
    if (!user || !user.active) return null;
    const homeId = user.role === 'province_admin' ? session.activeHomeId : user.homeId;
    return {
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role as Role,
        homeId: user.homeId,
        mustChangePassword: user.mustChangePassword,
      },
      activeHome: homeId == null ? null : findHomeSummary(core.db, homeId),
      idleLockMinutes: getSettings(core.db, homeId).idleLockMinutes,
      locked: session.locked,
      timeZone: homeZone(core.db, homeId),
      serverNow: nowIso(),
    };
  };

  return {
    'system.status': () => core.status(() => needsSetup(core.db)),
    'setup.complete': (_ctx, input) => completeSetup(core.db, input),

    'auth.login': (ctx, input) => {
      const user = authenticate(core.db, input.username, input.password);
      let activeHomeId = user.homeId;
      if (user.role === 'province_admin') {
        const probe: Actor = { userId: user.id, username: user.username, role: 'province_admin', homeId: null, channel: ctx.channel };
        activeHomeId = listHomes(core.db, probe).find((h) => h.active)?.id ?? null;
      }
      core.sessions.signIn(ctx.sessionKey, user.id, activeHomeId);
      return sessionInfo(ctx.sessionKey)!;
    },
    'auth.logout': (ctx) => {
      core.sessions.signOut(ctx.sessionKey);
      return null;
    },
    'auth.session': (ctx) => (core.status(() => false).state === 'ready' ? sessionInfo(ctx.sessionKey) : null),
    'auth.lock': (ctx) => {
      core.sessions.lock(ctx.sessionKey);
      return null;
    },
    'auth.unlock': (ctx, input) => {
      const session = core.sessions.get(ctx.sessionKey);
      if (!session) throw new AppError('UNAUTHENTICATED', 'Sesi berakhir. Silakan masuk kembali.');
      try {
        confirmPassword(core.db, session.userId, input.password);
      } catch (error) {
        if (error instanceof AppError) throw new AppError(error.code, error.message, { password: error.message });
        throw error;
      }
      core.sessions.unlock(ctx.sessionKey);
      return sessionInfo(ctx.sessionKey)!;
    },
    'auth.changePassword': (ctx, input) => {
      const actor = actorOf(ctx);
      try {
        changePassword(core.db, actor, input.currentPassword, input.newPassword);
      } catch (error) {
        // Guessing the current password at an unlocked desk locks the account and ends its sessions.
        if (error instanceof AccountLockedError) core.sessions.signOutWhere((s) => s.userId === actor.userId);
        throw error;
      }
      return null;
    },
    'auth.switchHome': (ctx, input) => {
      const home = findHomeSummary(core.db, input.homeId);
      if (!home) throw new AppError('NOT_FOUND', 'Panti tidak ditemukan');
      if (!home.active) throw new AppError('CONFLICT', 'Panti ini sedang dinonaktifkan');
      ctx.session!.activeHomeId = home.id;
      return sessionInfo(ctx.sessionKey)!;
    },

    'homes.list': (ctx) => listHomes(core.db, actorOf(ctx)),
    'homes.get': (ctx, input) => getHome(core.db, actorOf(ctx), input.id),
    'homes.create': (ctx, input) => createHome(core.db, actorOf(ctx), input),
    'homes.update': (ctx, input) => updateHome(core.db, actorOf(ctx), input.id, input.profile),
    'homes.setActive': (ctx, input) => setHomeActive(core.db, actorOf(ctx), input.id, input.active, input.reason),

    'users.list': (ctx) => listUsers(core.db, actorOf(ctx)),
    'users.create': (ctx, input) => createUser(core.db, actorOf(ctx), input),
    'users.update': (ctx, input) => updateUser(core.db, actorOf(ctx), input),
    'users.setActive': (ctx, input) => {
      const row = setUserActive(core.db, actorOf(ctx), input.id, input.active);
      if (!input.active) core.sessions.signOutWhere((s) => s.userId === input.id);
      return row;
    },
    'users.resetPassword': (ctx, input) => {
      const row = resetPassword(core.db, actorOf(ctx), input);
      core.sessions.signOutWhere((s) => s.userId === input.id);
      return row;
    },

    'audit.list': (ctx, input) => {
      const list = listAudit(core.db, actorOf(ctx), input);
      return { ...list, rows: withRecordNames(core.db, list.rows) };
    },
    'audit.verify': (ctx) => verifyAudit(core.requireOpened().sqlite, actorOf(ctx)),

    'backups.list': () => ({ folder: core.backupsDir, files: core.backups.list() }),
    'backups.create': () => core.backups.start('manual'),
    'backups.progress': (_ctx, input) => core.backups.progress(input.jobId),
    'backups.restore': (ctx, input) => {
      const actor = actorOf(ctx);
      if (actor.role !== 'province_admin' && listHomes(core.db, { ...actor, role: 'province_admin' }).length > 1) {
        throw new AppError('FORBIDDEN', 'Basis data ini memuat beberapa panti: hanya administrator provinsi yang boleh memulihkan.');
      }
      return core.restore(input.fileName, actor);
    },

    'backups.integrity': () => core.backups.integrity,
    'backups.checkIntegrity': () => core.backups.checkIntegrity(),
    'backups.repairIndexes': async (ctx) => {
      const actor = actorOf(ctx);
      const result = await core.backups.repairIndexes();
      const after = { backupFile: result.backupFile, integrity: result.integrity.state };
      recordAudit(core.db, actor, { entity: 'database', action: 'reindex', after });
      return result;
    },
    'system.restoreAfterFailure': (ctx, input) => {
      const result = core.restoreAfterFailure(input.username, input.password);
      core.sessions.signOutWhere(() => true);
      return result;
    },

    'settings.get': (ctx) => getSettings(core.db, actorOf(ctx).homeId),
    'settings.update': (ctx, input) => updateSettings(core.db, actorOf(ctx), input),

    ...residentsHandlers(core),
    ...casefileHandlers(core),
    ...documentsHandlers(core),
    ...carenotesHandlers(core),
    ...reportsHandlers(core),
    ...budgetHandlers(core),
    ...exitsHandlers(core),
    ...intakeHandlers(core),
    ...mealsHandlers(core),
    ...medicineHandlers(core),
    ...trainingHandlers(core),
  };
}
