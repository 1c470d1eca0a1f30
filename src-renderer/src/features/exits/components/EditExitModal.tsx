import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DeathDetails, RepatriationDetails, type ExitDetail } from '@contract';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useUpdateDeath, useUpdateRepatriation } from '../hooks';
import { ExitDetailsFields, mapExitField, type DetailsForm } from './ExitDetailsFields';

/** Edits the record's details. The date and the resident's status change only by undoing the exit. */
export function EditExitModal({ exit, onClose }: { exit: ExitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const updateRepatriation = useUpdateRepatriation();
  const updateDeath = useUpdateDeath();
  const [formError, setFormError] = useState<string[]>([]);
  const schema = z.object({ details: exit.kind === 'death' ? DeathDetails : RepatriationDetails });
  const form = useForm<DetailsForm>({
    resolver: zodResolver(schema) as unknown as Resolver<DetailsForm>,
    defaultValues: { details: { ...(exit.kind === 'death' ? exit.death : exit.repatriation) } as DetailsForm['details'] },
  });
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      if (exit.kind === 'death') await updateDeath.mutateAsync({ id: exit.id, details: values.details as never });
      else await updateRepatriation.mutateAsync({ id: exit.id, details: values.details as never });
      notifySuccess(t('exits.form.saved'));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { mapKey: mapExitField }).unmatched);
    }
  });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('exits.form.editTitle')}</Text>} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <ExitDetailsFields kind={exit.kind} control={form.control} register={form.register} errors={form.formState.errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={updateDeath.isPending || updateRepatriation.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
