import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { ActivityInput, canonicalActivityCode, CODE_FORMATS, type ActivityLevel, type BudgetActivity } from '@contract';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useSaveActivity } from '../hooks';

export interface ActivityTarget {
  level: ActivityLevel;
  parent: BudgetActivity | null;
  /** The entry to edit; null to add one. */
  activity: BudgetActivity | null;
}

const FIELDS = ['code', 'name', 'parentId'] as const;

/** Adds or edits a programme, kegiatan or sub-kegiatan; the code must extend its parent's. */
export function ActivityModal({ yearId, target, onClose }: { yearId: number; target: ActivityTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveActivity();
  const [formError, setFormError] = useState<string[]>([]);
  const level = t(`budget.levels.${target.level}`);
  const form = useForm<ActivityInput>({
    resolver: zodResolver(ActivityInput),
    defaultValues: {
      id: target.activity?.id,
      yearId,
      level: target.level,
      parentId: target.parent?.id ?? null,
      code: target.activity?.code ?? (target.parent ? `${target.parent.code}.` : ''),
      name: target.activity?.name ?? '',
    },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await save.mutateAsync(values);
      notifySuccess(t('budget.activity.saved', { level, code: saved.code }));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t(target.activity ? 'budget.activity.editTitle' : 'budget.activity.createTitle', { level: level.toLowerCase() })}</Text>} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          {target.parent ? (
            <Text size="sm">
              <Text span c="dimmed">{t('budget.activity.parent')}: </Text>
              {target.parent.code} {target.parent.name}
            </Text>
          ) : null}
          <TextInput
            label={t('budget.activity.code')}
            description={t('budget.activity.codeHint', { example: CODE_FORMATS[target.level].example })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            data-autofocus
            {...form.register('code', {
              // One code, one meaning: 1.06.04.02.01 is written 1.06.04.2.01, as SIPD and main store it.
              onBlur: (e: { target: { value: string } }) => form.setValue('code', canonicalActivityCode(e.target.value)),
            })}
            error={errors.code?.message ?? errors.parentId?.message}
          />
          <Textarea label={t('budget.activity.name')} withAsterisk autosize minRows={2} {...form.register('name')} error={errors.name?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
