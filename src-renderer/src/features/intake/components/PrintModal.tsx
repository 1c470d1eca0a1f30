import { Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { useIntakeReport, type IntakeReportRequest } from '../hooks';

/** The minutes of a round or a decision letter in the shared print preview (A4/F4, print or save as PDF). */
export function PrintModal({ request, onClose }: { request: IntakeReportRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const report = useIntakeReport(request, paper);
  return (
    <Modal opened={request !== null} onClose={onClose} title={<Text fw={650}>{report.data?.title ?? t('intake.print.title')}</Text>} size="min(1100px, 95vw)" centered>
      {request ? <PrintPreview report={report.data} loading={report.isFetching} error={report.error} onRetry={() => void report.refetch()} paper={paper} onPaperChange={setPaper} /> : null}
    </Modal>
  );
}
