import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { BatchRow } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useAdjust, useCancelReceipt, useDispose } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

export type BatchAction = 'adjust' | 'dispose' | 'cancel';

/** Adjusts a batch (± with a reason), disposes of its remaining (expired) quantity, or cancels a receipt entered by mistake. */
export function BatchActionModal({ batch, action, onClose }: { batch: BatchRow; action: BatchAction; onClose: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(homeToday());
  const [quantity, setQuantity] = useState<number | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);
  const adjust = useAdjust();
  const dispose = useDispose();
  const cancel = useCancelReceipt();
  const pending = adjust.isPending || dispose.isPending || cancel.isPending;
  const submit = async () => {
    setErrors({});
    setFormError([]);
    try {
      if (action === 'adjust') await adjust.mutateAsync({ batchId: batch.id, movedOn: date, quantity: quantity === '' ? 0 : quantity, reason });
      else if (action === 'dispose') await dispose.mutateAsync({ batchId: batch.id, movedOn: date, reason });
      else await cancel.mutateAsync({ batchId: batch.id, cancelledOn: date, reason });
      notifySuccess(t(`medicine.batch.${action}Done`, { batch: batch.batchNo }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
      else setFormError([error instanceof Error ? error.message : String(error)]);
    }
  };
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t(`medicine.batch.${action}`)}</Text>} centered>
      <Stack gap="sm">
        <Text size="sm">{t('medicine.batch.summary', { medicine: batch.medicineLabel, batch: batch.batchNo, onHand: batch.onHand, unit: batch.unit })}</Text>
        <FormAlert messages={formError} />
        <DateField label={t('medicine.batch.date')} withAsterisk value={date} onChange={(v) => setDate(v ?? '')} error={errors.movedOn ?? errors.cancelledOn} />
        {action === 'adjust' ? (
          <NumberInput label={t('medicine.batch.quantity')} description={t('medicine.batch.quantityHint')} allowDecimal={false} value={quantity} onChange={(v) => setQuantity(typeof v === 'number' ? v : '')} error={errors.quantity} />
        ) : null}
        <Textarea label={t('medicine.batch.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={action === 'adjust' ? undefined : 'red'} onClick={() => void submit()} loading={pending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
