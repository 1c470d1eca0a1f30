import { sql } from 'drizzle-orm';
import { actorOf, type HandlersFor } from '../../api/router';
import type { ResidentTraining, trainingChannels } from '../../contract';
import type { Core } from '../../core';
import { requireHome } from '../../lib/actor';
import { withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { loadResident } from '../residents/residents.service';
import { assess, complete, enrol, recordSession, withdraw } from './enrolment.service';
import { listCourseTypes, listProgrammes, programmeDetail, saveCourseType, saveProgramme } from './programmes.service';
import { getSchoolRecord, listSchoolRecords, paySchoolFee, saveSchoolRecord, saveSchoolReport, voidSchoolFee } from './school.service';
import { queryEnrolments } from './training-common';
import { buildCompletions, buildRecap, certificateFor, completionsWorkbook, recapWorkbook, renderCompletions, renderRecap } from './training.report';

type TrainingChannel = keyof typeof trainingChannels;

export function trainingHandlers(core: Core): HandlersFor<TrainingChannel> {
  const homeOf = (ctx: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(ctx);
    return { actor, home: getHome(core.db, actor, requireHome(actor)) };
  };
  const printed = (ctx: Parameters<typeof actorOf>[0], action: 'export', after: Record<string, unknown>) =>
    recordAudit(core.db, actorOf(ctx), { entity: 'report', action, after });
  return {
    'training.courseTypes': (ctx) => listCourseTypes(core.db, actorOf(ctx)),
    'training.saveCourseType': (ctx, input) => saveCourseType(core.db, actorOf(ctx), input),
    'training.programmes': (ctx, input) => listProgrammes(core.db, actorOf(ctx), input),
    'training.programme': (ctx, input) => programmeDetail(core.db, actorOf(ctx), input.id),
    'training.saveProgramme': (ctx, input) => saveProgramme(core.db, actorOf(ctx), input),
    'training.enrol': (ctx, input) => enrol(core.db, actorOf(ctx), input),
    'training.withdraw': (ctx, input) => withdraw(core.db, actorOf(ctx), input),
    'training.recordSession': (ctx, input) => recordSession(core.db, actorOf(ctx), input),
    'training.assess': (ctx, input) => assess(core.db, actorOf(ctx), input),
    'training.complete': (ctx, input) => complete(core.db, actorOf(ctx), input),
    'training.certificate': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = certificateFor(core.db, actor, home, input.enrolmentId, input.paper);
      return withPrintToken(actorOf(ctx), report, { report: 'training_certificate', enrolmentId: input.enrolmentId });
    },
    'training.residentSummary': (ctx, input): ResidentTraining => {
      const actor = actorOf(ctx);
      const resident = loadResident(core.db, actor, input.residentId);
      const enrolments = queryEnrolments(core.db, sql`e.resident_id = ${resident.id}`);
      const programmes = new Map(listProgrammes(core.db, actor, undefined).map((p) => [p.id, p]));
      return {
        enrolments: enrolments.map((e) => ({ ...e, programmeName: programmes.get(e.programmeId)?.name ?? '', kind: programmes.get(e.programmeId)?.kind ?? 'vocational' })),
        schools: listSchoolRecords(core.db, actor, { residentId: resident.id }),
      };
    },
    'training.recapData': (ctx, input) => buildRecap(core.db, actorOf(ctx), input.programmeId, input.month),
    'training.recapReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = renderRecap(home, buildRecap(core.db, actor, input.programmeId, input.month), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'training_recap', programmeId: input.programmeId, month: input.month });
    },
    'training.recapXlsx': async (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const buffer = await recapWorkbook(home, buildRecap(core.db, actor, input.programmeId, input.month), input.paper, homeToday(core.db, actor));
      printed(ctx, 'export', { report: 'training_recap', programmeId: input.programmeId, month: input.month });
      return { fileName: `rekap-kehadiran-${input.programmeId}-${input.month}.xlsx`, base64: buffer.toString('base64') };
    },
    'training.completionsReport': (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const report = renderCompletions(home, buildCompletions(core.db, actor, input.from, input.to), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actorOf(ctx), report, { report: 'training_completions', from: input.from, to: input.to });
    },
    'training.completionsXlsx': async (ctx, input) => {
      const { actor, home } = homeOf(ctx);
      const buffer = await completionsWorkbook(home, buildCompletions(core.db, actor, input.from, input.to), input.paper, homeToday(core.db, actor));
      printed(ctx, 'export', { report: 'training_completions', from: input.from, to: input.to });
      return { fileName: `kelulusan-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
    'school.records': (ctx, input) => listSchoolRecords(core.db, actorOf(ctx), input),
    'school.record': (ctx, input) => getSchoolRecord(core.db, actorOf(ctx), input.id),
    'school.saveRecord': (ctx, input) => saveSchoolRecord(core.db, actorOf(ctx), input),
    'school.payFee': (ctx, input) => paySchoolFee(core.db, actorOf(ctx), input),
    'school.voidFee': (ctx, input) => voidSchoolFee(core.db, actorOf(ctx), input),
    'school.saveReport': (ctx, input) => saveSchoolReport(core.db, actorOf(ctx), input),
  };
}
