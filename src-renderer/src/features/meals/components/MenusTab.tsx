import { Button, Group, Modal, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { type Meal, type MenuEntry } from '@contract';
import { IconChevronLeft, IconChevronRight, IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { useCopyWeek, useSaveMenu, weekQuery, weekReportQuery } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

const mondayOf = (date: string) => dayjs(date).subtract((dayjs(date).day() + 6) % 7, 'day').format('YYYY-MM-DD');

/** The week's menu per day and meal: click a cell to write it; copy the week to the next; print it. */
export function MenusTab() {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const canEdit = role === 'admin' || role === 'head' || role === 'caregiver';
  const [monday, setMonday] = useState(mondayOf(homeToday()));
  const [view, setView] = useState<'week' | 'print'>('week');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const week = useQuery(weekQuery(monday));
  const report = useQuery({ ...weekReportQuery(monday, paper), enabled: view === 'print' });
  const copy = useCopyWeek();
  const [editing, setEditing] = useState<{ date: string; meal: Meal; entry?: MenuEntry } | null>(null);
  const shift = (weeks: number) => setMonday(dayjs(monday).add(weeks, 'week').format('YYYY-MM-DD'));
  const next = dayjs(monday).add(1, 'week').format('YYYY-MM-DD');

  const copyForward = () =>
    copy.mutate(
      { from: monday, to: next },
      {
        onSuccess: (r) => {
          notifySuccess(t('meals.menus.copied', { copied: r.copied, skipped: r.skipped, date: formatDate(next) }));
          setMonday(next);
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between">
          <Group gap="xs">
            <Button variant="default" onClick={() => shift(-1)} aria-label={t('meals.menus.previous')}><IconChevronLeft size={16} /></Button>
            <Text fw={600} data-testid="menu-week">{t('meals.menus.week', { from: formatDate(monday), to: formatDate(dayjs(monday).add(6, 'day').format('YYYY-MM-DD')) })}</Text>
            <Button variant="default" onClick={() => shift(1)} aria-label={t('meals.menus.next')}><IconChevronRight size={16} /></Button>
          </Group>
          <Group gap="sm">
            {canEdit ? <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copyForward} loading={copy.isPending}>{t('meals.menus.copy')}</Button> : null}
            <SegmentedControl value={view} onChange={(v) => setView(v as 'week' | 'print')} data={[{ value: 'week', label: t('meals.menus.table') }, { value: 'print', label: t('meals.menus.print') }]} />
          </Group>
        </Group>
      </Paper>
      {view === 'print' ? (
        <PrintPreview report={report.data} loading={report.isFetching} error={report.error} onRetry={() => void report.refetch()} paper={paper} onPaperChange={setPaper} />
      ) : week.data ? (
        <Paper withBorder radius="md" style={{ overflow: 'auto' }}>
          <Table withColumnBorders verticalSpacing="sm" data-testid="menu-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={160}>{t('meals.menus.day')}</Table.Th>
                {week.data.meals.map((m) => <Table.Th key={m}>{t(`meals.meal.${m}`)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {week.data.days.map((date) => (
                <Table.Tr key={date}>
                  <Table.Td><Text size="sm" fw={600}>{dayjs(date).format('dddd')}</Text><Text size="xs" c="dimmed">{formatDate(date)}</Text></Table.Td>
                  {week.data.meals.map((m) => {
                    const entry = week.data.entries.find((e) => e.date === date && e.meal === m);
                    return (
                      <Table.Td key={m} onClick={canEdit ? () => setEditing({ date, meal: m, entry }) : undefined} style={{ cursor: canEdit ? 'pointer' : undefined, verticalAlign: 'top' }}>
                        {entry ? (
                          <>
                            <Text size="sm">{entry.dishes}</Text>
                            {entry.energyKcal != null ? <Text size="xs" c="dimmed">{entry.energyKcal} kkal</Text> : null}
                            {entry.notes ? <Text size="xs" c="dimmed" fs="italic">{entry.notes}</Text> : null}
                          </>
                        ) : (
                          <Text size="xs" c="dimmed">{canEdit ? t('meals.menus.add') : '—'}</Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
      {editing ? <MenuModal target={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function MenuModal({ target, onClose }: { target: { date: string; meal: Meal; entry?: MenuEntry }; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMenu();
  const [dishes, setDishes] = useState(target.entry?.dishes ?? '');
  const [notes, setNotes] = useState(target.entry?.notes ?? '');
  const [kcal, setKcal] = useState<number | string>(target.entry?.energyKcal ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = () =>
    save.mutate(
      { date: target.date, meal: target.meal, dishes, notes, energyKcal: typeof kcal === 'number' ? kcal : null },
      { onSuccess: () => (notifySuccess(t('meals.menus.saved')), onClose()), onError: (e) => setError(e.message) },
    );
  return (
    <Modal opened onClose={onClose} title={`${t(`meals.meal.${target.meal}`)} · ${formatDate(target.date)}`} centered>
      <Stack>
        <Textarea data-autofocus label={t('meals.menus.dishes')} placeholder={t('meals.menus.dishesHint')} withAsterisk autosize minRows={2} value={dishes} onChange={(e) => setDishes(e.currentTarget.value)} error={error} />
        <NumberInput label={t('meals.menus.kcal')} value={kcal} onChange={setKcal} min={0} max={5000} allowDecimal={false} />
        <TextInput label={t('meals.menus.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
