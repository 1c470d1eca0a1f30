import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { OverCapacityDetails, RoundDetail } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { homeToday } from '../../../lib/home-clock';
import { useApproveRound, useSetQuota } from '../hooks';

const messagesOf = (e: unknown) => [e instanceof ApiError ? [e.message, ...Object.values(e.fieldErrors).filter((m) => m !== e.message)].join(' · ') : String(e)];

/** Changes the round's quota, with the reason (audited). */
export function QuotaModal({ round, opened, onClose }: { round: RoundDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const setQuota = useSetQuota();
  const [quota, setValue] = useState<number | ''>(round.quota);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string[]>([]);
  const submit = async () => {
    setError([]);
    try {
      const saved = await setQuota.mutateAsync({ id: round.id, quota: typeof quota === 'number' ? quota : -1, reason });
      notifySuccess(t('intake.round.quotaSaved', { quota: saved.quota }));
      onClose();
    } catch (e) {
      setError(messagesOf(e));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('intake.quota.title')}</Text>} centered>
      <Stack gap="sm">
        <FormAlert messages={error} />
        <NumberInput label={t('intake.quota.quota')} min={0} allowDecimal={false} value={quota} onChange={(v) => setValue(typeof v === 'number' ? v : '')} />
        <Textarea label={t('intake.quota.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void submit()} loading={setQuota.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The head approves the round: accepted applicants become residents admitted on the chosen date. */
export function ApproveModal({ round, opened, onClose }: { round: RoundDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const approve = useApproveRound();
  const [date, setDate] = useState<string | null>(homeToday());
  const [error, setError] = useState<string[]>([]);
  // Past the home's capacity (checked by main against the residents present now): the head's explicit reason.
  const [overCapacity, setOverCapacity] = useState<OverCapacityDetails | null>(null);
  const [reason, setReason] = useState('');
  const submit = async () => {
    setError([]);
    try {
      const capacityOverride = overCapacity ? { reason } : null;
      const done = await approve.mutateAsync({ id: round.id, approvedOn: date ?? '', capacityOverride });
      notifySuccess(t('intake.round.approved', { count: done.entries.filter((e) => e.decision?.decision === 'accepted').length }));
      onClose();
    } catch (e) {
      const details = e instanceof ApiError ? (e.details as OverCapacityDetails | undefined) : undefined;
      if (details?.kind === 'over-capacity' && !overCapacity) setOverCapacity(details);
      else setError(messagesOf(e));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('intake.round.approveTitle', { name: round.name })}</Text>} centered>
      <Stack gap="sm">
        <FormAlert messages={error} />
        <Text size="sm">{t('intake.round.approveText')}</Text>
        <DateField label={t('intake.round.approvedOn')} withAsterisk value={date} onChange={setDate} maxDate={homeToday()} />
        {overCapacity ? (
          <Alert color="orange" variant="light" title={t('intake.round.overCapacityTitle')} data-testid="over-capacity">
            <Stack gap="xs">
              <Text size="sm">{t('intake.round.overCapacityText', { ...overCapacity })}</Text>
              <Textarea label={t('intake.round.overCapacityReason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
            </Stack>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={overCapacity ? 'orange' : 'teal'} onClick={() => void submit()} loading={approve.isPending} disabled={overCapacity != null && !reason.trim()}>
            {overCapacity ? t('intake.round.approveOverCapacity') : t('intake.round.approve')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
