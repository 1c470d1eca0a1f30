import { app, BrowserWindow, dialog, session } from 'electron';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PAPERS } from '../reports/layout';
import { printWindowPreferences } from './security';

const MM_PER_INCH = 25.4;
/** Registered as privileged in index.ts; served only on the print session, from memory. */
export const PRINT_SCHEME = 'sipanti-print';

/**
 * Prints report HTML with Chromium's own engine (webContents.printToPDF) in a hidden window that runs no
 * script and reaches no network, then asks the user where to save the PDF.
 */
export function createPdfPrinter(parent: () => BrowserWindow | null) {
  const printSession = session.fromPartition('sipanti-print', { cache: false });
  const jobs = new Map<string, string>();
  printSession.protocol.handle(PRINT_SCHEME, (request) => {
    const html = jobs.get(new URL(request.url).pathname.slice(1));
    return html === undefined
      ? new Response('', { status: 404 })
      : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  // The report may show its logo (a data: URL); nothing else is fetched.
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith(`${PRINT_SCHEME}:`) || details.url.startsWith('data:')) });
  });
  printSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  return async (job: { html: string; fileName: string; paper: 'A4' | 'F4'; landscape: boolean }) => {
    const id = randomUUID();
    jobs.set(id, job.html);
    const window = new BrowserWindow({ show: false, webPreferences: printWindowPreferences(printSession) });
    try {
      await window.loadURL(`${PRINT_SCHEME}://report/${id}`);
      const { width, height } = PAPERS[job.paper];
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        landscape: job.landscape,
        pageSize: { width: width / MM_PER_INCH, height: height / MM_PER_INCH },
      });
      const owner = parent();
      const options = { defaultPath: path.join(app.getPath('documents'), job.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await fs.promises.writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    } finally {
      window.destroy();
      jobs.delete(id);
    }
  };
}
