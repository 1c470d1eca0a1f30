import { Alert, Button, Center, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { CareNote, Incident, ResidentDetail } from '@contract';
import { IconAlertTriangle, IconCalendar, IconNotes, IconPencilPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { residentCareQuery } from '../hooks';
import { IncidentCard, NoteLine } from './CareItems';
import { CareNoteModal, type CareSubject } from './CareNoteModal';
import { FollowUpModal } from './FollowUpModal';
import { IncidentModal } from './IncidentModal';
import { homeToday } from '../../../lib/home-clock';

type Kind = 'all' | 'notes' | 'incidents';
const PAGE = 40;
type Entry = { kind: 'note'; date: string; item: CareNote } | { kind: 'incident'; date: string; item: Incident };

/** The resident's care notes and incidents, newest first, grouped by day; quick entry of both. */
export function ResidentCareTab({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<[string | null, string | null]>([null, null]);
  const [kind, setKind] = useState<Kind>('all');
  // Hundreds of notes are too many to read at once: the newest first, more on request.
  const [limit, setLimit] = useState(PAGE);
  const [writing, setWriting] = useState<CareSubject | null>(null);
  const [reporting, setReporting] = useState<CareSubject | null>(null);
  const [following, setFollowing] = useState<{ incident: Incident; resolve: boolean } | null>(null);
  const [from, to] = range;
  // A half-chosen range (only the start) does not reload the list yet.
  const care = useQuery(residentCareQuery(resident.id, from && to ? from : null, from && to ? to : null));
  const subject: CareSubject = {
    id: resident.id,
    fullName: resident.fullName,
    room: resident.room,
    admissionDate: resident.admissionDate,
    exitDate: resident.status === 'active' ? null : resident.exitDate,
  };

  const entries = useMemo(() => {
    const all: Entry[] = [];
    if (kind !== 'incidents') all.push(...(care.data?.notes ?? []).map((n): Entry => ({ kind: 'note', date: n.notedOn, item: n })));
    if (kind !== 'notes') all.push(...(care.data?.incidents ?? []).map((i): Entry => ({ kind: 'incident', date: i.occurredOn, item: i })));
    return all.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === b.kind ? b.item.id - a.item.id : a.kind === 'incident' ? -1 : 1));
  }, [care.data, kind]);
  const days = useMemo(() => {
    const byDay = new Map<string, Entry[]>();
    for (const e of entries.slice(0, limit)) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
    return [...byDay.entries()];
  }, [entries, limit]);

  const openIncidents = (care.data?.incidents ?? []).filter((i) => !i.resolvedOn).length;
  const truncated = (care.data?.notes.length ?? 0) >= 500;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group gap="sm" align="flex-end">
            <DatePickerInput
              type="range"
              label={t('carenotes.filter.range')}
              placeholder={t('carenotes.filter.allDates')}
              value={range}
              onChange={(v) => {
                setRange(v as [string | null, string | null]);
                setLimit(PAGE);
              }}
              maxDate={homeToday()}
              clearable
              allowSingleDateInRange
              valueFormat="D MMM YYYY"
              leftSection={<IconCalendar size={16} />}
              miw={250}
            />
            <SegmentedControl
              value={kind}
              onChange={(v) => {
                setKind(v as Kind);
                setLimit(PAGE);
              }}
              aria-label={t('carenotes.filter.kind')}
              data={[
                { value: 'all', label: t('carenotes.filter.all') },
                { value: 'notes', label: t('carenotes.filter.notes') },
                { value: 'incidents', label: t('carenotes.filter.incidents') },
              ]}
            />
          </Group>
          <Group gap="sm">
            <Button variant="light" color="orange" leftSection={<IconAlertTriangle size={16} />} onClick={() => setReporting(subject)}>
              {t('carenotes.recordIncident')}
            </Button>
            <Button leftSection={<IconPencilPlus size={16} />} onClick={() => setWriting(subject)}>
              {t('carenotes.writeNote')}
            </Button>
          </Group>
        </Group>
      </Paper>

      {openIncidents > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
          {t('carenotes.resident.openIncidents', { count: openIncidents })}
        </Alert>
      ) : null}

      {care.isLoading ? (
        <Center h={160}>
          <Loader size="sm" />
        </Center>
      ) : days.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap={6}>
            <IconNotes size={32} color="var(--mantine-color-gray-5)" />
            <Text fw={600}>{t('carenotes.resident.emptyTitle')}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={460}>
              {from && to ? t('carenotes.resident.emptyRange') : t('carenotes.resident.empty')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="lg">
          {days.map(([date, dayEntries]) => (
            <Stack key={date} gap={8} component="section" aria-label={dayjs(date).locale(currentLanguage()).format('dddd, D MMMM YYYY')}>
              <Title order={4} fz="sm" c="dimmed" fw={650} tt="capitalize">
                {dayjs(date).locale(currentLanguage()).format('dddd, D MMMM YYYY')}
              </Title>
              {dayEntries.flatMap((e) =>
                e.kind === 'incident' ? [<IncidentCard key={e.item.id} incident={e.item} onFollowUp={(incident, resolve) => setFollowing({ incident, resolve })} />] : [],
              )}
              {dayEntries.some((e) => e.kind === 'note') ? (
                <Paper withBorder radius="md" px="sm" py="xs">
                  <Stack gap={8}>{dayEntries.flatMap((e) => (e.kind === 'note' ? [<NoteLine key={e.item.id} note={e.item} />] : []))}</Stack>
                </Paper>
              ) : null}
            </Stack>
          ))}
          {entries.length > limit ? (
            <Button variant="default" onClick={() => setLimit((l) => l + PAGE)} style={{ alignSelf: 'center' }}>
              {t('carenotes.resident.more', { shown: limit, total: entries.length })}
            </Button>
          ) : null}
          {truncated && entries.length <= limit ? (
            <Text size="xs" c="dimmed" ta="center">
              {t('carenotes.resident.truncated')}
            </Text>
          ) : null}
        </Stack>
      )}

      <CareNoteModal subject={writing} onClose={() => setWriting(null)} />
      <IncidentModal subject={reporting} onClose={() => setReporting(null)} />
      <FollowUpModal incident={following?.incident ?? null} resolve={following?.resolve} onClose={() => setFollowing(null)} />
    </Stack>
  );
}
