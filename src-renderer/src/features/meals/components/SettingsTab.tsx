import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { formatRupiah, MEALS, type Meal } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { MoneyInput } from '../../budget/money';
import { mealSettingsQuery, useSaveIndex, useSaveMealSettings } from '../hooks';
import { homeYear } from '../../../lib/home-clock';

/** The meals the home serves and the daily meal cost index per resident for each year (administrators). */
export function SettingsTab() {
  const { t } = useTranslation();
  const settings = useQuery(mealSettingsQuery());
  const saveMeals = useSaveMealSettings();
  const saveIndex = useSaveIndex();
  const [chosen, setMeals] = useState<Meal[] | null>(null);
  const meals = chosen ?? settings.data?.meals ?? [];
  const [year, setYear] = useState<number | string>(homeYear());
  const [amount, setAmount] = useState<number | string>('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submitIndex = () =>
    saveIndex.mutate(
      { year: Number(year), amount: Number(amount), reference },
      {
        onSuccess: () => (notifySuccess(t('meals.settings.indexSaved', { year })), setErrors({}), setAmount(''), setReference('')),
        onError: (e) => setErrors('fieldErrors' in e ? ((e as { fieldErrors: Record<string, string> }).fieldErrors ?? {}) : {}),
      },
    );

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder radius="md" p="md">
        <Title order={4}>{t('meals.settings.mealsTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('meals.settings.mealsHint')}</Text>
        <Group>
          {MEALS.map((m) => (
            <Checkbox key={m} label={t(`meals.meal.${m}`)} checked={meals.includes(m)} onChange={(e) => setMeals(e.currentTarget.checked ? [...meals, m] : meals.filter((x) => x !== m))} />
          ))}
        </Group>
        <Button mt="md" onClick={() => saveMeals.mutate({ meals }, { onSuccess: () => notifySuccess(t('meals.settings.mealsSaved')), onError: notifyError })} loading={saveMeals.isPending}>
          {t('common.save')}
        </Button>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4}>{t('meals.settings.indexTitle')}</Title>
        <Text size="sm" c="dimmed" mb="sm">{t('meals.settings.indexHint')}</Text>
        <Table withTableBorder mb="md" data-testid="index-table">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('meals.settings.year')}</Table.Th><Table.Th ta="right">{t('meals.settings.amount')}</Table.Th><Table.Th>{t('meals.settings.reference')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(settings.data?.indexes ?? []).length === 0 ? (
              <Table.Tr><Table.Td colSpan={3}><Text size="sm" c="dimmed">{t('meals.settings.noIndex')}</Text></Table.Td></Table.Tr>
            ) : (
              settings.data!.indexes.map((i) => (
                <Table.Tr key={i.year}><Table.Td>{i.year}</Table.Td><Table.Td ta="right">{formatRupiah(i.amount)}</Table.Td><Table.Td>{i.reference ?? '—'}</Table.Td></Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
        <Group align="flex-start">
          <NumberInput label={t('meals.settings.year')} w={110} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} error={errors.year} />
          <MoneyInput label={t('meals.settings.amount')} w={200} value={amount} onChange={setAmount} error={errors.amount} />
          <TextInput label={t('meals.settings.reference')} placeholder={t('meals.settings.referenceHint')} style={{ flex: 1 }} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errors.reference} />
        </Group>
        <Button mt="md" onClick={submitIndex} loading={saveIndex.isPending}>{t('meals.settings.saveIndex')}</Button>
      </Paper>
    </Stack>
  );
}
