import { actorOf, type HandlersFor } from '../../api/router';
import type { reportsChannels } from '../../contract';
import type { Core } from '../../core';
import { AppError } from '../../lib/errors';
import { requireHome } from '../../lib/actor';
import { recordPrinted, withPrintToken } from '../audit/print-log';
import { recordAudit } from '../audit/audit.service';
import { getHome } from '../homes/homes.service';
import { homeToday } from '../homes/home-clock';
import { buildCensus } from './census.service';
import { censusWorkbook, renderCensus } from './census.report';

export function reportsHandlers(core: Core): HandlersFor<keyof typeof reportsChannels> {
  return {
    'reports.censusData': (ctx, input) => buildCensus(core.db, actorOf(ctx), input.from, input.to),
    'reports.census': (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const report = renderCensus(home, buildCensus(core.db, actor, input.from, input.to), input.paper, homeToday(core.db, actorOf(ctx)));
      return withPrintToken(actor, report, { report: 'census', from: input.from, to: input.to });
    },
    'reports.censusXlsx': async (ctx, input) => {
      const actor = actorOf(ctx);
      const home = getHome(core.db, actor, requireHome(actor));
      const buffer = await censusWorkbook(home, buildCensus(core.db, actor, input.from, input.to));
      recordAudit(core.db, actor, { entity: 'report', action: 'export', after: { report: 'census', from: input.from, to: input.to } });
      return { fileName: `rekap-penerima-manfaat-${input.from}-${input.to}.xlsx`, base64: buffer.toString('base64') };
    },
    'print.recorded': (ctx, input) => recordPrinted(core.db, actorOf(ctx), input),
    'print.savePdf': async (_ctx, input) => {
      if (!core.options.printer) {
        throw new AppError('VALIDATION', 'Menyimpan PDF langsung hanya tersedia di aplikasi desktop. Di peramban, gunakan Cetak lalu pilih "Simpan sebagai PDF".');
      }
      return core.options.printer(input);
    },
  };
}
