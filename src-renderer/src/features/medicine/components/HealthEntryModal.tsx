import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { HealthEntryInput } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useAddHealthEntry } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

type Kind = HealthEntryInput['kind'];
const MEASURES = ['weightKg', 'heightCm', 'systolic', 'diastolic', 'pulse', 'temperature'] as const;

/** A diagnosis, a measurement (vital signs and weight) or a hospital referral on the resident's health record. */
export function HealthEntryModal({ residentId, kind, onClose }: { residentId: number; kind: Kind; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddHealthEntry();
  const [values, setValues] = useState<Record<string, string | number | null>>({ date: homeToday() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);
  const set = (key: string, value: string | number | null) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async () => {
    setErrors({});
    setFormError([]);
    const num = (k: string) => (typeof values[k] === 'number' ? (values[k] as number) : null);
    try {
      await add.mutateAsync({
        residentId,
        kind,
        date: String(values.date ?? ''),
        title: (values.title as string) || null,
        detail: (values.detail as string) || null,
        note: (values.note as string) || null,
        ...Object.fromEntries(MEASURES.map((m) => [m, num(m)])),
      });
      notifySuccess(t('medicine.health.saved'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
      else setFormError([error instanceof Error ? error.message : String(error)]);
    }
  };
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t(`medicine.health.add.${kind}`)}</Text>} centered size="lg">
      <Stack gap="sm">
        <FormAlert messages={formError} />
        <DateField label={t('medicine.health.date')} withAsterisk value={values.date as string} onChange={(v) => set('date', v)} error={errors.date} />
        {kind === 'vitals' ? (
          <SimpleGrid cols={3}>
            {MEASURES.map((m) => (
              <NumberInput key={m} label={t(`medicine.health.measures.${m}`)} decimalScale={m === 'weightKg' || m === 'temperature' || m === 'heightCm' ? 1 : 0} decimalSeparator="," value={(values[m] as number) ?? ''} onChange={(v) => set(m, typeof v === 'number' ? v : null)} error={errors[m]} />
            ))}
          </SimpleGrid>
        ) : (
          <>
            <TextInput label={t(`medicine.health.title.${kind}`)} withAsterisk data-autofocus value={(values.title as string) ?? ''} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
            <TextInput label={t(`medicine.health.detail.${kind}`)} value={(values.detail as string) ?? ''} onChange={(e) => set('detail', e.currentTarget.value)} error={errors.detail} />
          </>
        )}
        <Textarea label={t('medicine.health.note')} autosize minRows={2} value={(values.note as string) ?? ''} onChange={(e) => set('note', e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void submit()} loading={add.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
