import { ActionIcon, Alert, Badge, Button, Center, Grid, Group, Loader, Paper, Progress, SegmentedControl, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { Incident } from '@contract';
import { IconAlertTriangle, IconCalendar, IconChevronLeft, IconChevronRight, IconNotes, IconPencilPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { FormAlert } from '../../../components/FormAlert';
import { IncidentCard, isOverdue } from '../components/CareItems';
import { CareNoteModal, type CareSubject } from '../components/CareNoteModal';
import { DayNotes } from '../components/DayNotes';
import { FollowUpModal } from '../components/FollowUpModal';
import { IncidentModal } from '../components/IncidentModal';
import { PickResidentModal } from '../components/PickResidentModal';
import { WithoutNoteList } from '../components/WithoutNoteList';
import { careDayQuery, openIncidentsQuery, type Shift } from '../hooks';
import { homeShift, homeToday } from '../../../lib/home-clock';

type ShiftChoice = Shift | 'all';

/** The shift's day view across all residents: who has been noted, who not yet, and the incidents to follow up. */
export function CareDayPage() {
  const { t } = useTranslation();
  const today = homeToday();
  // The home's calendar day (not the shift's): a note is saved on the day shown, and a resident admitted
  // after midnight is listed and noted on that day.
  const [date, setDate] = useState(() => homeToday());
  const [shift, setShift] = useState<ShiftChoice>(() => homeShift());
  const day = useQuery(careDayQuery(date, shift === 'all' ? null : shift));
  const open = useQuery(openIncidentsQuery());
  const [writing, setWriting] = useState<{ subject: CareSubject; nextId: number | null } | null>(null);
  const [reporting, setReporting] = useState<CareSubject | null>(null);
  const [following, setFollowing] = useState<{ incident: Incident; resolve: boolean } | null>(null);
  const [picking, setPicking] = useState<'note' | 'incident' | null>(null);

  const without = day.data?.residentsWithoutNote ?? [];
  const notes = day.data?.notes ?? [];
  const noted = new Set(notes.map((n) => n.residentId)).size;
  const present = noted + without.length;
  const dayIncidents = day.data?.incidents ?? [];
  const otherOpen = (open.data ?? [])
    .filter((i) => i.occurredOn !== date)
    .sort((a, b) => Number(isOverdue(b)) - Number(isOverdue(a)) || (a.followUpDue ?? '9').localeCompare(b.followUpDue ?? '9'));
  const overdue = (open.data ?? []).filter(isOverdue).length;
  const next = writing?.nextId ? without.find((p) => p.id === writing.nextId) ?? null : null;

  const writeFromList = (person: CareSubject) => {
    const i = without.findIndex((p) => p.id === person.id);
    setWriting({ subject: person, nextId: without[i + 1]?.id ?? null });
  };
  const followUp = (incident: Incident, resolve: boolean) => setFollowing({ incident, resolve });
  const shiftDate = (days: number) => setDate(dayjs(date).add(days, 'day').format('YYYY-MM-DD'));

  return (
    <>
      <PageHeader
        title={t('areas.careNotes.title')}
        description={t('carenotes.day.description')}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconNotes size={22} stroke={1.6} />
          </ThemeIcon>
        }
        actions={
          <>
            <Button variant="light" color="orange" leftSection={<IconAlertTriangle size={16} />} onClick={() => setPicking('incident')}>
              {t('carenotes.recordIncident')}
            </Button>
            <Button leftSection={<IconPencilPlus size={16} />} onClick={() => setPicking('note')}>
              {t('carenotes.writeNote')}
            </Button>
          </>
        }
      />

      <Paper withBorder radius="md" p="md" mb="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Tooltip label={t('carenotes.day.prevDay')} openDelay={400}>
              <ActionIcon variant="default" size={36} aria-label={t('carenotes.day.prevDay')} onClick={() => shiftDate(-1)}>
                <IconChevronLeft size={18} />
              </ActionIcon>
            </Tooltip>
            <DatePickerInput
              label={t('carenotes.fields.date')}
              value={date}
              onChange={(v) => v && setDate(v)}
              maxDate={today}
              valueFormat="dddd, D MMM YYYY"
              leftSection={<IconCalendar size={16} />}
              w={230}
              data-testid="day-date"
            />
            <Tooltip label={t('carenotes.day.nextDay')} openDelay={400}>
              <ActionIcon variant="default" size={36} aria-label={t('carenotes.day.nextDay')} disabled={date >= today} onClick={() => shiftDate(1)}>
                <IconChevronRight size={18} />
              </ActionIcon>
            </Tooltip>
            {date !== today ? (
              <Button variant="subtle" onClick={() => setDate(today)}>
                {t('carenotes.day.today')}
              </Button>
            ) : null}
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('carenotes.fields.shift')}
            </Text>
            <SegmentedControl
              value={shift}
              onChange={(v) => setShift(v as ShiftChoice)}
              aria-label={t('carenotes.fields.shift')}
              data={[
                ...(['morning', 'afternoon', 'night'] as const).map((s) => ({ value: s, label: t(`carenotes.shifts.${s}`) })),
                { value: 'all', label: t('carenotes.day.wholeDay') },
              ]}
            />
          </Stack>
        </Group>
        {present > 0 ? (
          <Group gap="sm" mt="md" wrap="nowrap">
            <Progress value={(noted / present) * 100} color={noted === present ? 'teal' : 'brand'} size="lg" radius="xl" style={{ flex: 1 }} aria-hidden />
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="day-progress">
              {t('carenotes.day.progress', { noted, present })}
            </Text>
          </Group>
        ) : null}
      </Paper>

      {overdue > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" py="xs">
          {t('carenotes.day.overdueAlert', { count: overdue })}
        </Alert>
      ) : null}
      {day.error ? <FormAlert messages={[day.error.message]} /> : null}

      {day.isLoading ? (
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <WithoutNoteList residents={without} total={present} onWrite={writeFromList} onIncident={(p) => setReporting(p)} />
              <DayNotes notes={notes} onWrite={(s) => setWriting({ subject: s, nextId: null })} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="day-incidents-title" data-testid="day-incidents">
                <Group gap={8} mb="sm">
                  <Text id="day-incidents-title" fw={650}>
                    {t('carenotes.day.incidentsTitle')}
                  </Text>
                  <Badge variant="light" color={dayIncidents.length ? 'orange' : 'gray'}>
                    {dayIncidents.length}
                  </Badge>
                </Group>
                {dayIncidents.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('carenotes.day.noIncidents')}
                  </Text>
                ) : (
                  <Stack gap="sm">
                    {dayIncidents.map((i) => (
                      <IncidentCard key={i.id} incident={i} showResident onFollowUp={followUp} />
                    ))}
                  </Stack>
                )}
              </Paper>
              <Paper withBorder radius="md" p="md" component="section" aria-labelledby="open-incidents-title" data-testid="open-incidents">
                <Group gap={8} mb={4}>
                  <Text id="open-incidents-title" fw={650}>
                    {t('carenotes.day.openTitle')}
                  </Text>
                  <Badge variant="light" color={otherOpen.length ? 'orange' : 'gray'}>
                    {otherOpen.length}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" mb="sm">
                  {t('carenotes.day.openHint')}
                </Text>
                {otherOpen.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('carenotes.day.noOpen')}
                  </Text>
                ) : (
                  <Stack gap="sm">
                    {otherOpen.map((i) => (
                      <IncidentCard key={i.id} incident={i} showResident compact onFollowUp={followUp} />
                    ))}
                  </Stack>
                )}
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      )}

      <CareNoteModal
        subject={writing?.subject ?? null}
        date={date}
        shift={shift === 'all' ? undefined : shift}
        onClose={() => setWriting(null)}
        nextName={next?.fullName ?? null}
        onNext={next ? () => writeFromList(next) : undefined}
        onSaved={() => {
          // The row just written leaves the list: keep the keyboard on the next person's button.
          const id = writing?.nextId;
          if (id) setTimeout(() => document.querySelector<HTMLButtonElement>(`[data-write-for="${id}"]`)?.focus(), 250);
        }}
      />
      <IncidentModal subject={reporting} date={date} onClose={() => setReporting(null)} />
      <FollowUpModal incident={following?.incident ?? null} resolve={following?.resolve} onClose={() => setFollowing(null)} />
      <PickResidentModal
        opened={picking !== null}
        title={picking === 'incident' ? t('carenotes.recordIncident') : t('carenotes.writeNote')}
        onClose={() => setPicking(null)}
        onPick={(s) => {
          setPicking(null);
          if (picking === 'incident') setReporting(s);
          else setWriting({ subject: s, nextId: null });
        }}
      />
    </>
  );
}
