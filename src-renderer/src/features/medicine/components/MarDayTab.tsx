import { Badge, Button, Center, Group, Loader, Paper, SegmentedControl, Table, Text, TextInput, Tooltip } from '@mantine/core';
import type { MarDose, MarResident, MarStatus } from '@contract';
import { MAR_STATUSES } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { IconChecks, IconDeviceFloppy, IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useCurrentSession } from '../../auth/hooks';
import { marDayQuery, medicinePermissions, useSaveMar } from '../hooks';
import { homeNowMs, homeTime, homeTimeZone, homeToday } from '../../../lib/home-clock';
import { instantOf } from '@contract';

type Shift = 'morning' | 'afternoon' | 'night';
interface Draft {
  status: MarStatus;
  atTime: string;
  note: string;
  prnReason: string;
}
const keyOf = (d: Pick<MarDose, 'prescriptionId' | 'scheduledTime'>) => `${d.prescriptionId}|${d.scheduledTime ?? 'prn'}`;
const STATUS_COLORS: Record<MarStatus, string> = { given: 'teal', refused: 'orange', missed: 'red', held: 'gray' };
const KEYS: Record<string, MarStatus> = { '1': 'given', b: 'given', '2': 'refused', t: 'refused', '3': 'missed', l: 'missed', '4': 'held', d: 'held' };
const showTime = (time: string) => time.replace(':', '.');

/**
 * The medication administration record of a day: every dose due for every resident present, grouped by resident.
 * Keyboard: ↑/↓ move between doses, 1–4 (or B/T/L/D) set given/refused/missed/held, Ctrl+S saves the whole day.
 */
export function MarDayTab() {
  const { t } = useTranslation();
  const can = medicinePermissions(useCurrentSession().user.role);
  const [date, setDate] = useState(homeToday());
  const [shift, setShift] = useState<Shift | 'all'>('all');
  const [search, setSearch] = useState('');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);
  const day = useQuery(marDayQuery({ date, shift: shift === 'all' ? null : shift }));
  const save = useSaveMar();
  const residents = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (day.data?.residents ?? []).filter((r) => !q || r.fullName.toLowerCase().includes(q) || (r.room ?? '').toLowerCase().includes(q));
  }, [day.data, search]);

  const reset = () => (setDrafts({}), setErrors({}), setFormError([]));
  const setDraft = (dose: MarDose, change: Partial<Draft>) =>
    setDrafts((all) => {
      const key = keyOf(dose);
      const base: Draft = all[key] ?? { status: 'given', atTime: dose.scheduledTime ?? homeTime(), note: '', prnReason: '' };
      return { ...all, [key]: { ...base, ...change } };
    });
  const clearDraft = (dose: MarDose) => setDrafts(({ [keyOf(dose)]: _, ...rest }) => rest);
  const doses = residents.flatMap((r) => r.doses);
  const open = doses.filter((d) => d.scheduledTime && d.entries.length === 0);
  const allGiven = () => {
    const next = { ...drafts };
    for (const d of open) next[keyOf(d)] ??= { status: 'given', atTime: d.scheduledTime!, note: '', prnReason: '' };
    setDrafts(next);
  };

  const submit = async () => {
    const keys = Object.keys(drafts);
    if (!keys.length) return;
    setErrors({});
    setFormError([]);
    const entries = keys.map((key) => {
      const [pid, time] = key.split('|');
      const d = drafts[key]!;
      return { prescriptionId: Number(pid), scheduledTime: time === 'prn' ? null : time!, status: d.status, atTime: d.atTime, note: d.note || null, prnReason: d.prnReason || null };
    });
    try {
      const result = await save.mutateAsync({ date, entries });
      notifySuccess(t('medicine.mar.saved', { count: result.saved, given: result.given, late: result.late }));
      reset();
    } catch (error) {
      if (!(error instanceof ApiError)) return notifyError(error);
      const rows: Record<string, string> = {};
      const other: string[] = [];
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        const m = /^entries\.(\d+)\./.exec(field);
        if (m && keys[Number(m[1])]) rows[keys[Number(m[1])]!] = message;
        else other.push(message);
      }
      setErrors(rows);
      setFormError(other.length || Object.keys(rows).length ? other : [error.message]);
    }
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, dose: MarDose) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
      return;
    }
    if (event.target !== event.currentTarget) return;
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-mar-row]')];
    const index = rows.indexOf(event.currentTarget);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      rows[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else if (KEYS[event.key.toLowerCase()] && can.care) {
      event.preventDefault();
      setDraft(dose, { status: KEYS[event.key.toLowerCase()]! });
      rows[index + 1]?.focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      clearDraft(dose);
    }
  };

  const draftCount = Object.keys(drafts).length;
  const lateAfter = (time: string) => (homeNowMs() - instantOf(homeTimeZone(), date, time).getTime()) / 60_000 > (day.data?.lateMinutes ?? 60);

  const row = (r: MarResident, dose: MarDose) => {
    const key = keyOf(dose);
    const draft = drafts[key];
    const recorded = dose.scheduledTime ? dose.entries[0] : undefined;
    const prnGiven = dose.scheduledTime ? 0 : dose.entries.filter((e) => e.status === 'given').length;
    return (
      <Table.Tr key={key} data-mar-row tabIndex={recorded ? -1 : 0} onKeyDown={(e) => onRowKey(e, dose)} data-testid={`mar-row-${r.residentId}-${dose.scheduledTime ?? 'prn'}-${dose.prescriptionId}`} bg={errors[key] ? 'var(--mantine-color-red-0)' : undefined}>
        <Table.Td w={80}>
          {dose.scheduledTime ? <Text fw={600}>{showTime(dose.scheduledTime)}</Text> : <Badge variant="light" color="grape">{t('medicine.mar.prn')}</Badge>}
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={500}>{dose.medicineLabel}</Text>
          <Text size="xs" c="dimmed">
            {t('medicine.mar.doseLine', { dose: dose.dose, unit: dose.unit, route: t(`medicine.routes.${dose.route}`) })}
            {dose.prnMaxPerDay ? ` · ${t('medicine.mar.prnMax', { given: prnGiven, max: dose.prnMaxPerDay })}` : ''}
            {dose.instructions ? ` · ${dose.instructions}` : ''}
          </Text>
          {!dose.scheduledTime && dose.entries.length ? (
            <Text size="xs" c="grape">{dose.entries.map((e) => `${showTime(e.atTime)} ${t(`medicine.status.${e.status}`)}${e.prnReason ? ` (${e.prnReason})` : ''}`).join('; ')}</Text>
          ) : null}
        </Table.Td>
        <Table.Td w={90}>
          <Text size="sm" c={dose.usable < dose.dose ? 'red' : undefined}>{dose.usable} {dose.unit}</Text>
        </Table.Td>
        {recorded ? (
          <Table.Td colSpan={2}>
            <Group gap="xs">
              <Badge color={STATUS_COLORS[recorded.status]}>{t(`medicine.status.${recorded.status}`)}</Badge>
              <Text size="sm">{showTime(recorded.atTime)}</Text>
              {recorded.late ? <Badge color="yellow" variant="light">{t('medicine.mar.late')}</Badge> : null}
              <Text size="xs" c="dimmed">{[recorded.note, recorded.recordedBy].filter(Boolean).join(' · ')}</Text>
            </Group>
          </Table.Td>
        ) : (
          <>
            <Table.Td w={330}>
              <Group gap={4} wrap="nowrap">
                {MAR_STATUSES.map((s) => (
                  <Button key={s} size="compact-xs" disabled={!can.care} variant={draft?.status === s ? 'filled' : 'default'} color={STATUS_COLORS[s]} onClick={() => (draft?.status === s ? clearDraft(dose) : setDraft(dose, { status: s }))} tabIndex={-1}>
                    {t(`medicine.status.${s}`)}
                  </Button>
                ))}
              </Group>
              {errors[key] ? <Text size="xs" c="red" mt={4} role="alert">{errors[key]}</Text> : null}
            </Table.Td>
            <Table.Td>
              {draft ? (
                <Group gap={4} wrap="nowrap">
                  <TextInput size="xs" w={70} aria-label={t('medicine.mar.atTime')} value={showTime(draft.atTime)} onChange={(e) => setDraft(dose, { atTime: e.currentTarget.value.replace('.', ':') })} />
                  {!dose.scheduledTime && draft.status === 'given' ? (
                    <TextInput size="xs" placeholder={t('medicine.mar.prnReason')} aria-label={t('medicine.mar.prnReason')} value={draft.prnReason} onChange={(e) => setDraft(dose, { prnReason: e.currentTarget.value })} />
                  ) : null}
                  <TextInput size="xs" placeholder={t('medicine.mar.note')} aria-label={t('medicine.mar.note')} value={draft.note} onChange={(e) => setDraft(dose, { note: e.currentTarget.value })} />
                  {dose.scheduledTime && date === homeToday() && lateAfter(dose.scheduledTime) ? (
                    <Tooltip label={t('medicine.mar.lateHint', { minutes: day.data?.lateMinutes })}>
                      <Badge color="yellow" variant="light">{t('medicine.mar.late')}</Badge>
                    </Tooltip>
                  ) : null}
                </Group>
              ) : null}
            </Table.Td>
          </>
        )}
      </Table.Tr>
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="md" align="flex-end">
        <Group align="flex-end">
          <DateField label={t('medicine.mar.date')} value={date} onChange={(v) => v && (setDate(v), reset())} w={200} maxDate={homeToday()} />
          <SegmentedControl
            value={shift}
            onChange={(v) => setShift(v as Shift | 'all')}
            data={(['all', 'morning', 'afternoon', 'night'] as const).map((s) => ({ value: s, label: t(`medicine.mar.shifts.${s}`) }))}
          />
          <TextInput leftSection={<IconSearch size={14} />} placeholder={t('medicine.mar.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={220} />
        </Group>
        <Group>
          {day.data ? <Text size="sm" c="dimmed" data-testid="mar-progress">{t('medicine.mar.progress', { recorded: day.data.recorded, due: day.data.due })}</Text> : null}
          {can.care ? (
            <>
              <Button variant="default" leftSection={<IconChecks size={16} />} onClick={allGiven} disabled={!open.length}>
                {t('medicine.mar.allGiven')}
              </Button>
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void submit()} loading={save.isPending} disabled={!draftCount}>
                {t('medicine.mar.save', { count: draftCount })}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">{t('medicine.mar.keyboard', { minutes: day.data?.lateMinutes ?? 60 })}</Text>
      <FormAlert messages={formError} />
      {day.isLoading ? (
        <Center h={200}><Loader size="sm" /></Center>
      ) : day.error ? (
        <FormAlert messages={[day.error.message]} />
      ) : !residents.length ? (
        <Text c="dimmed" ta="center" py="xl">{t('medicine.mar.empty')}</Text>
      ) : (
        <Table verticalSpacing={4} striped={false} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('medicine.mar.time')}</Table.Th>
              <Table.Th>{t('medicine.mar.medicine')}</Table.Th>
              <Table.Th>{t('medicine.mar.stock')}</Table.Th>
              <Table.Th>{t('medicine.mar.status')}</Table.Th>
              <Table.Th>{t('medicine.mar.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {residents.map((r) => [
              <Table.Tr key={`r${r.residentId}`} bg="var(--mantine-color-gray-0)">
                <Table.Td colSpan={5}>
                  <Group gap="sm">
                    <Text fw={650}>{r.fullName}</Text>
                    <Text size="xs" c="dimmed">{[r.registrationNo, r.room].filter(Boolean).join(' · ')}</Text>
                    {r.allergies ? <Badge color="red" variant="light">{t('medicine.mar.allergy', { allergies: r.allergies })}</Badge> : null}
                  </Group>
                </Table.Td>
              </Table.Tr>,
              ...r.doses.map((d) => row(r, d)),
            ])}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
