import { Alert, Badge, Button, Group, Kbd, Modal, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { MEAL_STATUS_KEYS, MEAL_STATUSES, mealAt, type Meal, type MealServiceSheet, type MealStatus } from '@contract';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatDate, formatTimestamp } from '../../../lib/format';
import { mealSettingsQuery, serviceSheetQuery, useSaveService } from '../hooks';
import { ServiceGrid, type RowState } from './ServiceGrid';
import { STATUS_COLORS } from './status';
import { homeTime, homeToday } from '../../../lib/home-clock';

/** One day and meal: everyone present defaults to "eaten"; the caregiver marks the exceptions by keyboard and saves once. */
export function ServiceTab() {
  const { t } = useTranslation();
  const settings = useQuery(mealSettingsQuery());
  const meals = settings.data?.meals ?? [];
  const [date, setDate] = useState(homeToday());
  const [meal, setMeal] = useState<Meal | null>(null);
  // Opens on the meal that fits the home's time of day (dinner at 20.14), not always on breakfast.
  const current = meal && meals.includes(meal) ? meal : mealAt(homeTime(), meals);
  const sheet = useQuery({ ...serviceSheetQuery(date, current ?? 'lunch'), enabled: current !== null });

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md">
          <DateField label={t('meals.service.date')} w={220} value={date} onChange={(v) => v && setDate(v)} maxDate={homeToday()} data-testid="service-date" />
          {meals.length ? (
            <SegmentedControl value={current ?? undefined} onChange={(v) => setMeal(v as Meal)} data={meals.map((m) => ({ value: m, label: t(`meals.meal.${m}`) }))} data-testid="service-meal" />
          ) : null}
        </Group>
      </Paper>
      {sheet.error ? <FormAlert messages={[sheet.error.message]} /> : null}
      {settings.data && !meals.length ? <Alert color="orange">{t('meals.service.noMeals')}</Alert> : null}
      {sheet.data ? <ServiceSheet key={`${sheet.data.date}|${sheet.data.meal}|${sheet.dataUpdatedAt}`} sheet={sheet.data} /> : null}
    </Stack>
  );
}

/** The sheet of one day and meal; remounted (fresh state) whenever the saved sheet is read again. */
function ServiceSheet({ sheet }: { sheet: MealServiceSheet }) {
  const { t } = useTranslation();
  const save = useSaveService();
  const residents = sheet.residents;
  const [states, setStates] = useState<Map<number, RowState>>(() => new Map(residents.map((r) => [r.residentId, { status: r.status, note: r.note }])));
  const [cursor, setCursor] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [noting, setNoting] = useState<{ index: number; text: string } | null>(null);
  const grid = useRef<HTMLDivElement | null>(null);
  const focusGrid = () => setTimeout(() => grid.current?.querySelector<HTMLElement>('[role=grid]')?.focus(), 0);
  useEffect(() => {
    if (residents.length) focusGrid();
  }, [residents.length]);

  const counts = useMemo(() => {
    const c = Object.fromEntries(MEAL_STATUSES.map((s) => [s, 0])) as Record<MealStatus, number>;
    for (const s of states.values()) c[s.status]++;
    return c;
  }, [states]);

  const setStatus = (residentId: number, status: MealStatus) => {
    setStates((prev) => new Map(prev).set(residentId, { status, note: prev.get(residentId)?.note ?? null }));
    setDirty(true);
  };
  const commitNote = () => {
    if (!noting) return;
    const r = residents[noting.index]!;
    setStates((prev) => new Map(prev).set(r.residentId, { status: prev.get(r.residentId)?.status ?? 'eaten', note: noting.text.trim() || null }));
    setDirty(true);
    setNoting(null);
    focusGrid();
  };

  const submit = () => {
    if (save.isPending) return;
    const exceptions = residents
      .map((r) => ({ residentId: r.residentId, ...(states.get(r.residentId) ?? { status: 'eaten' as MealStatus, note: null }) }))
      .filter((r) => r.status !== 'eaten')
      .map((r) => ({ residentId: r.residentId, status: r.status as Exclude<MealStatus, 'eaten'>, note: r.note }));
    save.mutate(
      { date: sheet.date, meal: sheet.meal, exceptions },
      {
        onSuccess: (s) => {
          notifySuccess(t('meals.service.saved', { meal: t(`meals.meal.${s.meal}`), date: formatDate(s.date), eaten: s.counts.eaten, listed: s.listed }));
          setDirty(false);
        },
        onError: notifyError,
      },
    );
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start">
          <div>
            {sheet.menu ? (
              <Text size="sm">
                <b>{t('meals.service.menu')}:</b> {sheet.menu.dishes}
                {sheet.menu.energyKcal != null ? ` · ${sheet.menu.energyKcal} kkal` : ''}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={6} data-testid="service-saved-state">
              {sheet.saved ? t('meals.service.savedAt', { at: formatTimestamp(sheet.saved.recordedAt), by: sheet.saved.recordedBy ?? '—' }) : t('meals.service.notSaved')}
              {dirty ? ` · ${t('meals.service.unsaved')}` : ''}
            </Text>
          </div>
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={submit} loading={save.isPending} disabled={!residents.length} data-testid="service-save">
            {t('meals.service.save')} <Kbd ml={8} size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
          </Button>
        </Group>
      </Paper>

      <Paper withBorder radius="md" p="sm" data-testid="service-legend">
        <Group gap="md" wrap="wrap">
          {MEAL_STATUSES.map((s) => (
            <Group key={s} gap={4} wrap="nowrap">
              <Kbd size="xs">{MEAL_STATUS_KEYS[s][0]}</Kbd>/<Kbd size="xs">{MEAL_STATUS_KEYS[s][1].toUpperCase()}</Kbd>
              <Badge size="sm" color={STATUS_COLORS[s]} variant={s === 'eaten' ? 'light' : 'filled'}>
                {t(`meals.status.${s}`)} {counts[s]}
              </Badge>
            </Group>
          ))}
          <Text size="xs" c="dimmed">{t('meals.service.keys')}</Text>
        </Group>
      </Paper>

      <Paper withBorder radius="md" ref={grid}>
        {!residents.length ? (
          <Text c="dimmed" p="lg">{t('meals.service.nobody')}</Text>
        ) : (
          <ServiceGrid residents={residents} states={states} cursor={cursor} onCursor={setCursor} onStatus={setStatus} onNote={(i) => setNoting({ index: i, text: states.get(residents[i]!.residentId)?.note ?? '' })} onSave={submit} />
        )}
      </Paper>

      {noting ? (
        <Modal opened onClose={() => (setNoting(null), focusGrid())} title={t('meals.service.noteFor', { name: residents[noting.index]?.fullName })} centered>
          <TextInput
            data-autofocus
            label={t('meals.service.note')}
            description={t('meals.service.noteHint')}
            value={noting.text}
            onChange={(e) => setNoting({ ...noting, text: e.currentTarget.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commitNote();
              }
            }}
            data-testid="service-note"
          />
        </Modal>
      ) : null}
    </Stack>
  );
}
