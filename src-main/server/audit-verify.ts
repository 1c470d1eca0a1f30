import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAuditChain, type AuditChainReport } from '../db/audit-chain';
import { defaultDataDir } from '../lib/paths';

/** The report as the console prints it (Indonesian, as the app speaks). */
export function describeAuditReport(report: AuditChainReport, file: string): string {
  const lines = [`Basis data: ${file}`, `Diperiksa ${report.rowsChecked} catatan audit dalam ${report.chains} rantai.`];
  if (report.firstBroken) {
    const b = report.firstBroken;
    lines.push(
      `RANTAI PUTUS pada catatan #${b.id} (${b.at}, panti ${b.homeId ?? 'tingkat provinsi'}, ${b.entity}/${b.action}): ` +
        (b.reason === 'missing' ? 'catatan ini tidak memiliki hash.' : 'isinya diubah, atau catatan sebelumnya dihapus.'),
    );
  } else {
    lines.push('Rantai utuh: tidak ada catatan yang diubah atau dihapus sejak ditulis.');
  }
  for (const head of report.heads) {
    lines.push(`  ujung rantai panti ${head.homeId ?? 'provinsi'}: catatan #${head.lastId} ${head.hash}`);
  }
  return lines.join('\n');
}

/**
 * `npm run audit:verify -- [--data-dir DIR | --file sipanti.db] [--home ID]`: recomputes the audit log's hash
 * chains and names the first broken row. Exit code 0 when intact, 1 when broken, 2 when it cannot run.
 */
export function runAuditVerify(argv: string[]): { code: number; text: string } {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, file: { type: 'string' }, home: { type: 'string' } },
    allowPositionals: false,
  });
  const file = path.resolve(values.file ?? path.join(values['data-dir'] ?? defaultDataDir(), 'sipanti.db'));
  if (!fs.existsSync(file)) return { code: 2, text: `Berkas ${file} tidak ada.` };
  const homeId = values.home === undefined ? undefined : Number(values.home);
  if (homeId !== undefined && !Number.isInteger(homeId)) return { code: 2, text: `Nomor panti tidak sah: ${values.home}` };
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    const report = verifyAuditChain(sqlite, homeId);
    return { code: report.ok ? 0 : 1, text: describeAuditReport(report, file) };
  } catch (error) {
    return { code: 2, text: `Tidak dapat memeriksa ${file}: ${(error as Error).message}` };
  } finally {
    sqlite?.close();
  }
}

if (require.main === module) {
  const { code, text } = runAuditVerify(process.argv.slice(2));
  console.log(text);
  process.exit(code);
}
