import { Anchor, Badge, Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatRupiah, PROGRAMME_KIND_LABELS, SCHOOL_LEVEL_LABELS, type ResidentDetail } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { residentTrainingQuery } from '../hooks';
import { STATUS_COLOR } from '../status';
import { SchoolDetails } from './SchoolTab';

/** The resident's page: programmes with attendance and results, and school records with fees and report cards. */
export function ResidentTrainingTab({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const data = useQuery(residentTrainingQuery(resident.id));
  if (!data.data) return <Center py="xl"><Loader /></Center>;
  const { enrolments, schools } = data.data;
  return (
    <Stack>
      <Title order={4}>{t('training.resident.programmes')}</Title>
      {enrolments.length === 0 ? <Text c="dimmed" size="sm">{t('training.resident.none')}</Text> : (
        <Paper withBorder radius="md">
          <Table data-testid="resident-enrolments">
            <Table.Tbody>
              {enrolments.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td><Anchor component={Link} to={`/training/programmes/${e.programmeId}`}>{e.programmeName}</Anchor><Text size="xs" c="dimmed">{PROGRAMME_KIND_LABELS[e.kind]}</Text></Table.Td>
                  <Table.Td>{formatDate(e.enrolledOn)}</Table.Td>
                  <Table.Td>{e.rate === null ? '—' : `${e.rate.toLocaleString('id-ID')}%`} · {t('training.participants.attended', { present: e.present, held: e.sessionsHeld })}</Table.Td>
                  <Table.Td>{e.latest ? (e.latest.competent != null ? (e.latest.competent ? t('training.assess.competent') : t('training.assess.notCompetent')) : e.latest.grade) : '—'}</Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[e.status]} variant="light">{t(`training.status.${e.status}`)}</Badge>{e.certificateNo ? <Text size="xs">{e.certificateNo}</Text> : null}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Title order={4} mt="md">{t('training.resident.schools')}</Title>
      {schools.length === 0 ? <Text c="dimmed" size="sm">{t('training.resident.none')}</Text> : (
        <Paper withBorder radius="md">
          <Table>
            <Table.Tbody>
              {schools.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.schoolYear}</Table.Td>
                  <Table.Td>{s.schoolName}<Text size="xs" c="dimmed">{SCHOOL_LEVEL_LABELS[s.level]} · {s.grade}</Text></Table.Td>
                  <Table.Td>{formatRupiah(s.feesTotal)}</Table.Td>
                  <Table.Td><SchoolDetails record={s} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
