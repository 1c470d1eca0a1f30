import type { PrintableReport } from '@contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../lib/api';
import { STATUS_KEY } from '../lib/query';
import { notifyError, notifySuccess } from './notify';

/**
 * Printing a report as the app runs:
 * - desktop (Electron): main prints `report.html` with Chromium's printToPDF and asks where to save it;
 * - browser mode: the preview frame's own `print()`, i.e. the browser's print dialog ("Save as PDF").
 * Both print the same HTML, with its @page size (A4 or F4) and margins.
 */
export function usePrintReport() {
  const { t } = useTranslation();
  // The same query (and cache entry) as the shell's system status.
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => call('system.status'), staleTime: Infinity });
  const desktop = status.data?.mode === 'electron';
  // The audit log's "print": written only now, when the user prints or saves the PDF (never when a page renders).
  const recordPrinted = (report: PrintableReport, via: 'print' | 'pdf') => {
    if (report.printToken) void call('print.recorded', { token: report.printToken, via }).catch(() => undefined);
  };
  const save = useMutation({
    mutationFn: (report: PrintableReport) =>
      call('print.savePdf', { html: report.html, fileName: report.fileName, paper: report.paper, landscape: report.landscape }),
    onSuccess: (result, report) => {
      if (result.saved) recordPrinted(report, 'pdf');
      if (result.saved && result.path) notifySuccess(t('reports.preview.saved', { path: result.path }), t('reports.preview.savedTitle'));
    },
    onError: notifyError,
  });

  const print = (report: PrintableReport, frame: HTMLIFrameElement | null) => {
    if (desktop) {
      save.mutate(report);
      return;
    }
    const view = frame?.contentWindow;
    if (!view || !frame.contentDocument?.body?.childElementCount) {
      notifyError(new Error(t('reports.preview.notReady')));
      return;
    }
    recordPrinted(report, 'print');
    view.focus();
    view.print();
  };

  return { desktop, print, printing: save.isPending };
}
