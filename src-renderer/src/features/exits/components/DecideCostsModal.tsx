import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { formatRupiah, type ExitDetail } from '@contract';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useDecideCosts, useSubmitCosts } from '../hooks';
import { isOverAllocation } from '../../budget/over-allocation';


/**
 * `mode`: 'submit' — whoever prepared the costs sends them to the head, proposing a budget line;
 * 'approve' / 'return' — the head's decision. Past the line's remaining allocation main refuses; the head
 * then confirms the overrun with a reason (the head's own override, as in the budget's spending form).
 */
export function DecideCostsModal({ exit, mode, onClose }: { exit: ExitDetail; mode: 'submit' | 'approve' | 'return'; onClose: () => void }) {
  const { t } = useTranslation();
  const submitCosts = useSubmitCosts();
  const decide = useDecideCosts();
  const [lineId, setLineId] = useState<string | null>(exit.proposedLineId ? String(exit.proposedLineId) : null);
  const [note, setNote] = useState('');
  const [overrun, setOverrun] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string[]>([]);

  const run = async () => {
    setErrors({});
    setFormError([]);
    try {
      if (mode === 'submit') {
        await submitCosts.mutateAsync({ id: exit.id, proposedLineId: lineId ? Number(lineId) : null });
        notifySuccess(t('exits.costs.submitted'));
      } else {
        await decide.mutateAsync({ id: exit.id, approve: mode === 'approve', lineId: lineId ? Number(lineId) : null, note, overrideReason: overrun ? overrideReason : null });
        notifySuccess(t(mode === 'approve' ? 'exits.costs.approved' : 'exits.costs.returned'));
      }
      onClose();
    } catch (error) {
      if (isOverAllocation(error) && !overrun) {
        setOverrun(error.message);
        return;
      }
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
        const known = ['lineId', 'note', 'overrideReason'];
        setErrors(error.fieldErrors);
        setFormError(Object.entries(error.fieldErrors).filter(([k]) => !known.includes(k)).map(([, v]) => v));
      } else setFormError([(error as Error).message]);
    }
  };

  const title = t(mode === 'submit' ? 'exits.costs.submitTitle' : 'exits.costs.decideTitle');
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{title}</Text>} size="lg" centered>
      <Stack gap="md">
        <Text size="sm">{t('exits.costs.total')}: <b>{formatRupiah(exit.total)}</b> ({exit.costs.length})</Text>
        {mode === 'approve' ? <Text size="sm" c="dimmed">{t('exits.costs.approveHint')}</Text> : null}
        <FormAlert messages={formError} />
        {mode !== 'return' ? (
          exit.lines.length ? (
            <Select
              label={t(mode === 'submit' ? 'exits.costs.proposedLine' : 'exits.costs.line')}
              withAsterisk={mode === 'approve'}
              searchable
              clearable={mode === 'submit'}
              data-testid="cost-line"
              data={exit.lines.map((l) => ({ value: String(l.id), label: t('exits.costs.lineOption', { label: l.label, remaining: formatRupiah(l.remaining) }) }))}
              value={lineId}
              onChange={(v) => (setLineId(v), setOverrun(null))}
              error={errors.lineId}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <Alert color="yellow" variant="light">{t('exits.costs.noLines')}</Alert>
          )
        ) : null}
        {mode !== 'submit' ? (
          <Textarea label={t(mode === 'return' ? 'exits.costs.returnNote' : 'exits.costs.decisionNote')} withAsterisk={mode === 'return'} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        ) : null}
        {overrun ? (
          <>
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('budget.override.title')} data-testid="override-alert">
              <Text size="sm">{overrun}</Text>
              <Text size="xs" mt={4} c="dimmed">{t('budget.override.asHead')}</Text>
            </Alert>
            <Textarea label={t('budget.override.reason')} withAsterisk autosize minRows={2} value={overrideReason} onChange={(e) => setOverrideReason(e.currentTarget.value)} error={errors.overrideReason} />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            loading={submitCosts.isPending || decide.isPending}
            color={mode === 'return' ? 'orange' : overrun ? 'orange' : undefined}
            disabled={(mode === 'approve' && !lineId) || (!!overrun && !overrideReason.trim())}
            onClick={() => void run()}
          >
            {overrun ? t('budget.override.approve') : t(mode === 'submit' ? 'exits.costs.submit' : mode === 'approve' ? 'exits.costs.approve' : 'exits.costs.return')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
