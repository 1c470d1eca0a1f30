import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DecideInput, DECISIONS, type RoundEntry } from '@contract';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { HeadOverrideFields } from '../../../components/HeadOverrideFields';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useDecide } from '../hooks';

type Values = z.input<typeof DecideInput>;
const FIELDS = ['decision', 'reason', 'referredTo', 'override.reason', 'override.headUsername', 'override.headPassword'] as const;

/**
 * The committee's decision on one applicant. Accepting past the quota is refused by main; the form then asks
 * for the head's override (the head signed in gives a reason; anyone else types the head's credentials).
 */
export function DecideModal({ roundId, entry, isHead, onClose }: { roundId: number; entry: RoundEntry | null; isHead: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={entry !== null} onClose={onClose} title={<Text fw={650}>{t('intake.decide.title', { name: entry?.fullName ?? '' })}</Text>} size="lg" centered>
      {entry ? <DecideForm roundId={roundId} entry={entry} isHead={isHead} onClose={onClose} /> : null}
    </Modal>
  );
}

function DecideForm({ roundId, entry, isHead, onClose }: { roundId: number; entry: RoundEntry; isHead: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [formError, setFormError] = useState<string[]>([]);
  const [overQuota, setOverQuota] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof DecideInput>>({
    resolver: zodResolver(DecideInput),
    defaultValues: { roundId, applicationId: entry.applicationId, decision: entry.decision?.decision, reason: entry.decision?.reason ?? '', referredTo: entry.decision?.referredTo ?? '', override: null },
  });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await decide.mutateAsync(values);
      notifySuccess(t('intake.decide.saved', { name: entry.fullName }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT' && (error.details as { kind?: string } | undefined)?.kind === 'over-quota' && !values.override) {
        setOverQuota(error.message);
        form.setValue('override', { reason: '', headUsername: '', headPassword: '' });
        return;
      }
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert messages={formError} />
        {entry.failedCriteria.length ? <Alert color="red" variant="light" p="xs">{entry.failedCriteria.join(' · ')}</Alert> : null}
        <Controller
          control={form.control}
          name="decision"
          render={({ field, fieldState }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('intake.decide.decision')}</Text>
              <SegmentedControl
                data={DECISIONS.map((d) => ({ value: d, label: t(`intake.decision.${d}`) }))}
                value={field.value ?? ''}
                onChange={(v) => {
                  field.onChange(v);
                  setOverQuota(null);
                  form.setValue('override', null);
                }}
                fullWidth
              />
              {fieldState.error ? <Text size="xs" c="red.7">{fieldState.error.message}</Text> : null}
            </Stack>
          )}
        />
        {decision === 'referred' ? <TextInput label={t('intake.decide.referredTo')} withAsterisk {...form.register('referredTo')} error={errors.referredTo?.message} /> : null}
        <Textarea label={t('intake.decide.reason')} withAsterisk autosize minRows={2} {...form.register('reason')} error={errors.reason?.message} />
        {overQuota ? (
          <>
            <Divider />
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('intake.decide.overQuota')} data-testid="override-alert">
              <Text size="sm">{overQuota}</Text>
              <Text size="xs" mt={4} c="dimmed">{t('intake.decide.overQuotaExplain')}</Text>
            </Alert>
            <HeadOverrideFields isHead={isHead} field={(name) => form.register(`override.${name}`)} errors={errors.override ?? undefined} />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={decide.isPending} color={overQuota ? 'orange' : undefined}>{overQuota ? t('intake.decide.approveOverride') : t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
