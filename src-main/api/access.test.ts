import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName, type Role } from '../contract';
import type { Core } from '../core';
import { makeCore, ok, passwordAlreadyChanged, setupAndLogin, STRONG_PASSWORD } from '../../tests/helpers/temp-core';

/**
 * Who may call what, written out by hand: if a channel's roles in the contract change, this table must be
 * changed on purpose. `public` channels need no session; `any` is every signed-in role.
 */
const EXPECTED: Record<ChannelName, 'public' | 'any' | Role[]> = {
  'system.status': 'public',
  'setup.complete': 'public',
  'system.restoreAfterFailure': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.session': 'public',
  'auth.unlock': 'public',
  'auth.lock': 'any',
  'auth.changePassword': 'any',
  'auth.switchHome': ['province_admin'],
  'homes.list': 'any',
  'homes.get': 'any',
  'homes.create': ['province_admin'],
  'homes.update': ['province_admin', 'admin'],
  'homes.setActive': ['province_admin'],
  'users.list': ['province_admin', 'admin'],
  'users.create': ['province_admin', 'admin'],
  'users.update': ['province_admin', 'admin'],
  'users.setActive': ['province_admin', 'admin'],
  'users.resetPassword': ['province_admin', 'admin'],
  'audit.list': ['province_admin', 'admin', 'head'],
  'audit.verify': ['province_admin', 'admin', 'head'],
  'backups.list': ['province_admin', 'admin'],
  'backups.create': ['province_admin', 'admin'],
  'backups.progress': ['province_admin', 'admin'],
  'backups.restore': ['province_admin', 'admin'],
  'backups.integrity': ['province_admin', 'admin'],
  'backups.checkIntegrity': ['province_admin', 'admin'],
  'backups.repairIndexes': ['province_admin', 'admin'],
  'settings.get': 'any',
  'settings.update': ['province_admin', 'admin'],
  'residents.list': ['province_admin', 'admin', 'head', 'caregiver'],
  'residents.rooms': ['province_admin', 'admin', 'head', 'caregiver'],
  'residents.get': ['province_admin', 'admin', 'head', 'caregiver'],
  'residents.checkDuplicates': ['province_admin', 'admin'],
  'residents.create': ['province_admin', 'admin'],
  'residents.update': ['province_admin', 'admin'],
  'residents.statusHistory': ['province_admin', 'admin', 'head', 'caregiver'],
  'residents.requestExit': ['province_admin', 'admin', 'head'],
  'residents.decideExit': ['head'],
  'residents.pendingExits': ['province_admin', 'admin', 'head'],
  'residents.recordDeath': ['province_admin', 'admin', 'head'],
  'residents.undoExit': ['head'],
  'residents.readmit': ['province_admin', 'admin', 'head'],
  'residents.exportXlsx': ['province_admin', 'admin', 'head'],
  'stages.list': ['province_admin', 'admin', 'head', 'caregiver'],
  'stages.save': ['province_admin', 'admin'],
  'casefile.get': ['province_admin', 'admin', 'head', 'caregiver'],
  'casefile.setStage': ['province_admin', 'admin', 'head', 'caregiver'],
  'casefile.addAssessment': ['province_admin', 'admin', 'head', 'caregiver'],
  'casefile.savePlan': ['province_admin', 'admin', 'head', 'caregiver'],
  'casefile.submitPlan': ['province_admin', 'admin', 'head', 'caregiver'],
  'casefile.decidePlan': ['head'],
  'casefile.addProgress': ['province_admin', 'admin', 'head', 'caregiver'],
  'documents.list': ['province_admin', 'admin', 'head', 'caregiver'],
  'documents.upload': ['province_admin', 'admin', 'head'],
  'documents.get': ['province_admin', 'admin', 'head', 'caregiver'],
  'documents.remove': ['province_admin', 'admin'],
  'carenotes.add': ['province_admin', 'admin', 'head', 'caregiver'],
  'carenotes.forResident': ['province_admin', 'admin', 'head', 'caregiver'],
  'carenotes.day': ['province_admin', 'admin', 'head', 'caregiver'],
  'incidents.add': ['province_admin', 'admin', 'head', 'caregiver'],
  'incidents.followUp': ['province_admin', 'admin', 'head', 'caregiver'],
  'incidents.open': ['province_admin', 'admin', 'head', 'caregiver'],
  'reports.censusData': ['province_admin', 'admin', 'head'],
  'reports.census': ['province_admin', 'admin', 'head'],
  'reports.censusXlsx': ['province_admin', 'admin', 'head'],
  'print.recorded': 'any',
  'print.savePdf': 'any',
  'training.courseTypes': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.saveCourseType': ['admin'],
  'training.programmes': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.programme': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.saveProgramme': ['admin'],
  'training.enrol': ['admin'],
  'training.withdraw': ['admin'],
  'training.recordSession': ['admin', 'caregiver'],
  'training.assess': ['admin', 'caregiver'],
  'training.complete': ['admin', 'head'],
  'training.certificate': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.residentSummary': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.recapData': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.recapReport': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.recapXlsx': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.completionsReport': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'training.completionsXlsx': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'school.records': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'school.record': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'school.saveRecord': ['admin'],
  'school.payFee': ['finance', 'head'],
  'school.voidFee': ['finance', 'head'],
  'school.saveReport': ['admin', 'caregiver'],
  'budget.years': ['province_admin', 'admin', 'head', 'finance'],
  'budget.createYear': ['finance'],
  'budget.structure': ['province_admin', 'admin', 'head', 'finance'],
  'budget.saveActivity': ['finance'],
  'budget.removeActivity': ['finance'],
  'budget.accounts': ['province_admin', 'admin', 'head', 'finance'],
  'budget.saveAccount': ['finance'],
  'budget.saveLine': ['finance'],
  'budget.removeLine': ['finance'],
  'budget.reviseLine': ['finance'],
  'budget.revisions': ['province_admin', 'admin', 'head', 'finance'],
  'budget.importTemplate': ['finance'],
  'budget.importPreview': ['finance'],
  'budget.importCommit': ['finance'],
  'spending.list': ['province_admin', 'admin', 'head', 'finance'],
  'spending.get': ['province_admin', 'admin', 'head', 'finance'],
  'spending.record': ['finance', 'head'],
  'spending.void': ['finance', 'head'],
  'budget.realisationData': ['province_admin', 'admin', 'head', 'finance'],
  'budget.realisationReport': ['province_admin', 'admin', 'head', 'finance'],
  'budget.realisationXlsx': ['province_admin', 'admin', 'head', 'finance'],
  'exits.list': ['province_admin', 'admin', 'head', 'finance'],
  'exits.get': ['province_admin', 'admin', 'head', 'finance'],
  'exits.recordRepatriation': ['admin', 'head'],
  'exits.recordDeath': ['admin', 'head'],
  'exits.updateRepatriation': ['admin', 'head'],
  'exits.updateDeath': ['admin', 'head'],
  'exits.saveCost': ['admin', 'head', 'finance'],
  'exits.removeCost': ['admin', 'head', 'finance'],
  'exits.submitCosts': ['admin', 'head', 'finance'],
  'exits.decideCosts': ['head'],
  'exits.handover': ['province_admin', 'admin', 'head', 'finance'],
  'exits.reportData': ['province_admin', 'admin', 'head', 'finance'],
  'exits.report': ['province_admin', 'admin', 'head', 'finance'],
  'exits.reportXlsx': ['province_admin', 'admin', 'head', 'finance'],
  'budget.lineSpending': ['province_admin', 'admin', 'head', 'finance'],
  'budget.dashboard': ['province_admin', 'admin', 'head', 'finance'],
  'budget.costPerResident': ['province_admin', 'admin', 'head', 'finance'],
  'intake.overview': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.criteria': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.saveCriteria': ['province_admin', 'admin'],
  'intake.scoreItems': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.saveScoreItems': ['province_admin', 'admin'],
  'intake.list': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.get': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.register': ['province_admin', 'admin'],
  'intake.update': ['province_admin', 'admin'],
  'intake.uploadDocument': ['province_admin', 'admin'],
  'intake.getDocument': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.removeDocument': ['province_admin', 'admin'],
  'intake.assess': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.rounds': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.round': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.quotaFacts': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.createRound': ['province_admin', 'admin'],
  'intake.setQuota': ['province_admin', 'admin'],
  'intake.decide': ['province_admin', 'admin', 'head'],
  'intake.approveRound': ['head'],
  'intake.minutesReport': ['province_admin', 'admin', 'head', 'caregiver'],
  'intake.letterReport': ['province_admin', 'admin', 'head', 'caregiver'],
  'meals.settings': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'meals.saveSettings': ['admin'],
  'meals.saveIndex': ['admin'],
  'meals.week': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'meals.saveMenu': ['admin', 'head', 'caregiver'],
  'meals.copyWeek': ['admin', 'head', 'caregiver'],
  'meals.weekReport': ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  'meals.serviceSheet': ['admin', 'head', 'caregiver'],
  'meals.saveService': ['admin', 'head', 'caregiver'],
  'meals.purchases': ['province_admin', 'admin', 'head', 'finance'],
  'meals.purchase': ['province_admin', 'admin', 'head', 'finance'],
  'meals.recordPurchase': ['finance', 'admin'],
  'meals.cancelPurchase': ['finance', 'admin'],
  'meals.report': ['province_admin', 'admin', 'head', 'finance'],
  'meals.reportPdf': ['province_admin', 'admin', 'head', 'finance'],
  'meals.reportXlsx': ['province_admin', 'admin', 'head', 'finance'],
  'medicine.list': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.save': ['admin', 'head', 'finance'],
  'medicine.batches': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.receive': ['admin', 'head', 'finance'],
  'medicine.cancelReceipt': ['admin', 'head', 'finance'],
  'medicine.adjust': ['admin', 'head', 'finance'],
  'medicine.stockTake': ['admin', 'head', 'finance'],
  'medicine.dispose': ['admin', 'head', 'finance'],
  'medicine.dashboard': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.stockCard': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.stockCardReport': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.stockCardXlsx': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.stockReport': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.stockReportXlsx': ['admin', 'head', 'caregiver', 'finance'],
  'medicine.expiryReport': ['admin', 'head', 'caregiver', 'finance'],
  'prescription.list': ['admin', 'head', 'caregiver', 'finance'],
  'prescription.create': ['admin', 'head', 'caregiver'],
  'prescription.stop': ['admin', 'head', 'caregiver'],
  'mar.day': ['admin', 'head', 'caregiver', 'finance'],
  'mar.save': ['admin', 'head', 'caregiver'],
  'mar.month': ['admin', 'head', 'caregiver', 'finance'],
  'mar.monthReport': ['admin', 'head', 'caregiver', 'finance'],
  'visit.residents': ['admin', 'head', 'caregiver', 'finance'],
  'visit.list': ['admin', 'head', 'caregiver', 'finance'],
  'visit.create': ['admin', 'head', 'finance'],
  'visit.cancel': ['admin', 'head', 'finance'],
  'health.record': ['admin', 'head', 'caregiver', 'finance'],
  'health.addEntry': ['admin', 'head', 'caregiver'],
};

const ROLES: Role[] = ['province_admin', 'admin', 'head', 'caregiver', 'finance'];

describe('role check on every channel', () => {
  let core: Core;
  const sessionOf = {} as Record<Role, string>;

  beforeEach(async () => {
    core = makeCore();
    await setupAndLogin(core, 'province', 'province');
    sessionOf.province_admin = 'province';
    for (const role of ROLES.filter((r) => r !== 'province_admin')) {
      await ok(core, 'province', 'users.create', { username: `u-${role}`, fullName: role, role, password: STRONG_PASSWORD });
      passwordAlreadyChanged(core, `u-${role}`);
      await ok(core, role, 'auth.login', { username: `u-${role}`, password: STRONG_PASSWORD });
      sessionOf[role] = role;
    }
  });
  afterEach(() => core.close());

  it('the table covers every channel of the contract', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  for (const channel of CHANNEL_NAMES) {
    const expected = EXPECTED[channel];
    it(`${channel}: ${Array.isArray(expected) ? expected.join(', ') : expected}`, async () => {
      for (const role of ROLES) {
        // An empty input: the role check runs before the input is parsed, so a refusal says FORBIDDEN.
        const result = await core.router.call(channel, {}, { sessionKey: sessionOf[role] });
        const refused = !result.ok && result.error.code === 'FORBIDDEN' && result.error.message.startsWith('Peran Anda');
        const allowed = expected === 'public' || expected === 'any' || expected.includes(role);
        expect({ role, refused }).toEqual({ role, refused: !allowed });
      }
      const anonymous = await core.router.call(channel, {}, { sessionKey: 'nobody' });
      if (expected === 'public') {
        expect(anonymous.ok || anonymous.error.code !== 'UNAUTHENTICATED' || channel === 'auth.unlock').toBe(true);
      } else {
        expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      }
    });
  }
});
