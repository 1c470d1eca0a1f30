import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { RoundInput } from '@contract';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { quotaFactsQuery, useCreateRound } from '../hooks';
import { homeNowDayjs } from '../../../lib/home-clock';

type Values = z.input<typeof RoundInput>;

/** Opens a selection round: dates, committee; the quota is computed from the free places. */
export function RoundModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('intake.rounds.create')}</Text>} size="lg" centered>
      {opened ? <RoundForm onClose={onClose} onCreated={onCreated} /> : null}
    </Modal>
  );
}

function RoundForm({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const facts = useQuery(quotaFactsQuery());
  const create = useCreateRound();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeNowDayjs();
  const form = useForm<Values, unknown, z.output<typeof RoundInput>>({
    resolver: zodResolver(RoundInput),
    defaultValues: { name: '', startDate: today.startOf('month').format('YYYY-MM-DD'), endDate: today.endOf('month').format('YYYY-MM-DD'), minutesNo: '', chairName: '', chairNip: '', members: [], quota: null },
  });
  const members = useFieldArray({ control: form.control, name: 'members' });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const round = await create.mutateAsync(values);
      notifySuccess(t('intake.rounds.created', { name: round.name }));
      onClose();
      onCreated(round.id);
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  const date = (name: 'startDate' | 'endDate') => (
    <Controller control={form.control} name={name} render={({ field, fieldState }) => <DateField label={t(`intake.rounds.${name}`)} withAsterisk value={field.value} onChange={field.onChange} error={fieldState.error?.message} />} />
  );
  const f = facts.data;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert messages={formError} />
        <TextInput label={t('intake.rounds.name')} placeholder="Periode II Tahun 2026" withAsterisk data-autofocus {...form.register('name')} error={errors.name?.message} />
        <SimpleGrid cols={2}>{date('startDate')}{date('endDate')}</SimpleGrid>
        {f?.free != null ? (
          <Text size="sm" c="dimmed">{t('intake.rounds.quotaComputed', { capacity: f.capacity, active: f.activeResidents, free: f.free })}</Text>
        ) : f ? (
          <Controller control={form.control} name="quota" render={({ field, fieldState }) => <NumberInput label={t('intake.rounds.quotaIfNoCapacity')} withAsterisk min={0} allowDecimal={false} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} error={fieldState.error?.message} />} />
        ) : null}
        <TextInput label={t('intake.rounds.minutesNo')} placeholder="400.9/012/BA-SEL/2026" {...form.register('minutesNo')} error={errors.minutesNo?.message} />
        <SimpleGrid cols={2}>
          <TextInput label={t('intake.rounds.chairName')} withAsterisk {...form.register('chairName')} error={errors.chairName?.message} />
          <TextInput label={t('intake.rounds.chairNip')} {...form.register('chairNip')} error={errors.chairNip?.message} />
        </SimpleGrid>
        <Text size="sm" fw={600}>{t('intake.rounds.members')}</Text>
        {members.fields.map((m, i) => (
          <Group key={m.id} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput label={t('intake.rounds.memberName')} {...form.register(`members.${i}.name`)} error={errors.members?.[i]?.name?.message} style={{ flex: 2 }} />
            <TextInput label={t('intake.rounds.memberRole')} {...form.register(`members.${i}.role`)} error={errors.members?.[i]?.role?.message} style={{ flex: 2 }} />
            <TextInput label={t('intake.rounds.memberNip')} {...form.register(`members.${i}.nip`)} style={{ flex: 1.5 }} />
            <ActionIcon variant="subtle" color="red" onClick={() => members.remove(i)} aria-label="hapus" mb={4}><IconTrash size={16} /></ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => members.append({ name: '', role: 'Anggota', nip: '' })}>{t('intake.rounds.addMember')}</Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('intake.rounds.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
