import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { PrintedPeriod, PrintedPeriodsDetails } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { homeToday } from '../../../lib/home-clock';
import { useUndoExit } from '../hooks';

/** The head takes back an exit or death recorded in error (residents.undoExit): a reason and the date of the spending reversal. */
export function UndoExitModal({ changeId, residentName, onClose }: { changeId: number; residentName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const undo = useUndoExit();
  const [reason, setReason] = useState('');
  const [voidedOn, setVoidedOn] = useState(homeToday());
  // Census periods already printed that the undo changes: main lists them; the head confirms before it applies.
  const [printed, setPrinted] = useState<PrintedPeriod[] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);

  const submit = async () => {
    setErrors({});
    setFormError([]);
    try {
      await undo.mutateAsync({ changeId, reason, voidedOn, confirmPrinted: printed != null && confirmed });
      notifySuccess(t('exits.undo.done', { name: residentName }));
      onClose();
    } catch (error) {
      const details = error instanceof ApiError ? (error.details as PrintedPeriodsDetails | undefined) : undefined;
      if (details?.kind === 'printed-periods') {
        setPrinted(details.periods);
        setConfirmed(false);
      } else if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
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
        {printed ? (
          <Alert color="red" variant="light" title={t('exits.undo.printedTitle')} data-testid="undo-printed-periods">
            <Stack gap="xs">
              <Text size="sm">{t('exits.undo.printedHint')}</Text>
              <List size="sm">
                {printed.map((p) => (
                  <List.Item key={`${p.from}-${p.to}`}>
                    {t('exits.undo.printedPeriod', { from: formatDate(p.from), to: formatDate(p.to), at: formatDateTime(p.printedAt), by: p.printedBy ?? '—' })}
                  </List.Item>
                ))}
              </List>
              <Checkbox label={t('exits.undo.printedConfirm')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            </Stack>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="orange" loading={undo.isPending} disabled={!reason.trim() || (printed != null && !confirmed)} onClick={() => void submit()}>
            {t('exits.undo.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
