import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useUndoExit } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

/** The head takes back an exit or death recorded in error (residents.undoExit): a reason and the date of the spending reversal. */
export function UndoExitModal({ changeId, residentName, onClose }: { changeId: number; residentName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const undo = useUndoExit();
  const [reason, setReason] = useState('');
  const [voidedOn, setVoidedOn] = useState(homeToday());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);

  const submit = async () => {
    setErrors({});
    setFormError([]);
    try {
      await undo.mutateAsync({ changeId, reason, voidedOn });
      notifySuccess(t('exits.undo.done', { name: residentName }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
        setErrors(error.fieldErrors);
        const known = ['reason', 'voidedOn'];
        setFormError(Object.entries(error.fieldErrors).filter(([k]) => !known.includes(k)).map(([, v]) => v));
      } else setFormError([(error as Error).message]);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('exits.undo.title', { name: residentName })}</Text>} size="lg" centered>
      <Stack gap="md">
        <Alert color="orange" variant="light">{t('exits.undo.explain')}</Alert>
        <FormAlert messages={formError} />
        <Textarea label={t('exits.undo.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-autofocus />
        <DateField label={t('exits.undo.voidedOn')} withAsterisk value={voidedOn} onChange={(v) => setVoidedOn(v ?? '')} error={errors.voidedOn} popoverProps={{ withinPortal: true }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="orange" loading={undo.isPending} disabled={!reason.trim()} onClick={() => void submit()}>
            {t('exits.undo.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
