import { Anchor, Badge, Button, Center, Loader, Paper, Table, Tabs, Text } from '@mantine/core';
import { PROGRAMME_KIND_LABELS, WEEKDAY_LABELS } from '@contract';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { CourseTypesTab } from '../components/CourseTypesTab';
import { ProgrammeModal } from '../components/ProgrammeModal';
import { ReportsTab } from '../components/ReportsTab';
import { SchoolTab } from '../components/SchoolTab';
import { programmesQuery } from '../hooks';
import { STATUS_COLOR } from '../status';

const TABS = ['programmes', 'school', 'reports', 'types'] as const;
type Tab = (typeof TABS)[number];


function ProgrammesTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isAdmin = useCurrentSession().user.role === 'admin';
  const programmes = useQuery(programmesQuery());
  const [creating, setCreating] = useState(false);
  if (!programmes.data) return <Center py="xl"><Loader /></Center>;
  return (
    <>
      {isAdmin ? (
        <Button leftSection={<IconPlus size={16} />} mb="md" onClick={() => setCreating(true)}>{t('training.programme.new')}</Button>
      ) : null}
      {programmes.data.length === 0 ? (
        <Text c="dimmed">{t('training.programme.none')}</Text>
      ) : (
        <Paper withBorder radius="md">
          <Table striped highlightOnHover data-testid="programme-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.programme.name')}</Table.Th>
                <Table.Th>{t('training.programme.kind')}</Table.Th>
                <Table.Th>{t('training.programme.instructor')}</Table.Th>
                <Table.Th>{t('training.programme.schedule')}</Table.Th>
                <Table.Th>{t('training.programme.period')}</Table.Th>
                <Table.Th>{t('training.participants.title')}</Table.Th>
                <Table.Th>{t('training.programme.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td><Anchor component={Link} to={`/training/programmes/${p.id}`}>{p.name}</Anchor></Table.Td>
                  <Table.Td>{PROGRAMME_KIND_LABELS[p.kind]}{p.courseTypeLabel ? ` · ${p.courseTypeLabel}` : ''}</Table.Td>
                  <Table.Td>{p.instructorName}</Table.Td>
                  <Table.Td>{p.scheduleDays.map((d) => WEEKDAY_LABELS[d]?.slice(0, 3)).join(', ')} {p.startTime}–{p.endTime}</Table.Td>
                  <Table.Td>{formatDate(p.startDate)} – {formatDate(p.endDate)}</Table.Td>
                  <Table.Td>{t('training.programme.participants', { count: p.enrolledCount, capacity: p.capacity })}</Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[p.status]} variant="light">{t(`training.status.${p.status}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating ? <ProgrammeModal onClose={() => setCreating(false)} onSaved={(p) => navigate(`/training/programmes/${p.id}`)} /> : null}
    </>
  );
}

/** The education and training area: programmes, school education, reports and the home's course types. */
export function TrainingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const role = useCurrentSession().user.role;
  if (!TABS.includes(params.tab as Tab)) return <Navigate to="/training/programmes" replace />;
  const tab = params.tab as Tab;
  const tabs = TABS.filter((k) => k !== 'types' || role === 'admin' || role === 'province_admin');
  return (
    <>
      <PageHeader title={t('training.title')} description={t(`training.descriptions.${tab}`)} icon={<IconSchool size={28} />} />
      <Tabs value={tab} onChange={(v) => v && navigate(`/training/${v}`)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List mb="lg">
          {tabs.map((k) => <Tabs.Tab key={k} value={k}>{t(`training.tabs.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="programmes"><ProgrammesTab /></Tabs.Panel>
        <Tabs.Panel value="school"><SchoolTab /></Tabs.Panel>
        <Tabs.Panel value="reports"><ReportsTab /></Tabs.Panel>
        <Tabs.Panel value="types"><CourseTypesTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
