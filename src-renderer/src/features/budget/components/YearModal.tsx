import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { notifySuccess } from '../../../components/notify';
import { useCreateYear } from '../hooks';

/** Creates a fiscal year (1 January – 31 December); its structure is entered or imported afterwards. */
export function YearModal({ suggested, onClose, onCreated }: { suggested: number; onClose: () => void; onCreated: (year: number) => void }) {
  const { t } = useTranslation();
  const create = useCreateYear();
  const [year, setYear] = useState<number | string>(suggested);
  const error = create.error instanceof ApiError ? (create.error.fieldErrors.year ?? create.error.message) : create.error?.message;
  const submit = () =>
    create.mutate(Number(year), {
      onSuccess: (y) => {
        notifySuccess(t('budget.year.created', { year: y.year }));
        onCreated(y.year);
        onClose();
      },
    });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('budget.year.createTitle')}</Text>} centered size="sm">
      <form onSubmit={(e) => (e.preventDefault(), submit())}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('budget.year.createHint')}</Text>
          <NumberInput label={t('budget.year.label')} value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator="" error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
