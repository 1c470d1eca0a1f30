import { Anchor, Group, Text, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AccessDenied } from '../../../components/AccessDenied';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { ApiError } from '../../../lib/api';
import { useCurrentSession } from '../../auth/hooks';
import { CENSUS_ROLES } from '../catalogue';
import { MovementSummary } from '../components/MovementSummary';
import { PeriodPicker } from '../components/PeriodPicker';
import { censusDataQuery, censusReportQuery, useCensusXlsx } from '../hooks';
import { resolvePeriod, type Period, type PeriodChoice } from '../period';

/** Messages main gave for the period's fields (`from`, `to`), if the error is about them. */
function periodErrors(error: Error | null): Partial<Record<'from' | 'to', string>> {
  if (!(error instanceof ApiError)) return {};
  const { from, to } = error.fieldErrors;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function CensusReport({ period, choice, onChoice }: { period: Period | null; choice: PeriodChoice; onChoice: (c: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>('A4');
  // An incomplete custom range requests nothing; the last complete one is kept out of view.
  const request = period ?? { from: '', to: '' };
  const data = useQuery({ ...censusDataQuery(request), enabled: period !== null });
  const report = useQuery({ ...censusReportQuery(request, paper), enabled: period !== null });
  const xlsx = useCensusXlsx();
  const fieldErrors = periodErrors(data.error);
  const invalid = Object.keys(fieldErrors).length > 0;

  return (
    <>
      <PeriodPicker value={choice} onChange={onChoice} errors={fieldErrors} />
      {data.error && !invalid ? <FormAlert messages={[data.error.message]} /> : null}
      {period && !invalid && !data.error ? <MovementSummary data={data.data} loading={data.isFetching} /> : null}
      <PrintPreview
        report={period && !invalid ? report.data : undefined}
        loading={report.isFetching}
        error={invalid ? null : report.error}
        onRetry={() => void report.refetch()}
        paper={paper}
        onPaperChange={setPaper}
        xlsx={{ onDownload: () => period && xlsx.mutate(period), loading: xlsx.isPending }}
        placeholder={
          !period ? (
            <Text c="dimmed">{t('reports.period.incomplete')}</Text>
          ) : invalid ? (
            <Text c="dimmed">{Object.values(fieldErrors).join(' ')}</Text>
          ) : undefined
        }
      />
    </>
  );
}

/** Rekap penerima manfaat: choose a period, read the movement, preview, print (A4/F4) or download XLSX. */
export function CensusReportPage() {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'thisMonth', from: null, to: null });
  const title = t('reports.census.title');

  return (
    <>
      <Anchor component={Link} to="/reports" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('reports.census.allReports')}
        </Group>
      </Anchor>
      <PageHeader
        title={title}
        description={t('reports.census.description')}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconUsersGroup size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      {CENSUS_ROLES.includes(role) ? (
        <CensusReport period={resolvePeriod(choice)} choice={choice} onChoice={setChoice} />
      ) : (
        <AccessDenied area={title} role={t(`roles.${role}`)} />
      )}
    </>
  );
}
