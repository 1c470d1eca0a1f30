import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { ChangePasswordInput, passwordProblem } from '@contract';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { PasswordHint } from '../../../components/PasswordHint';
import { applyFieldErrors } from '../../../components/form-errors';
import i18n from '../../../lib/i18n';
import { useChangePassword } from '../hooks';
import { PasswordField } from '../../../components/PasswordField';

const schemaFor = (username: string) =>
  ChangePasswordInput.extend({ confirmPassword: z.string() }).superRefine((v, ctx) => {
    const problem = passwordProblem(v.newPassword, username);
    if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    if (v.newPassword !== v.confirmPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: i18n.t('password.mismatch') });
    }
  });

type Values = z.input<ReturnType<typeof schemaFor>>;

interface ChangePasswordFormProps {
  username: string;
  onDone: () => void;
  onCancel?: () => void;
  submitLabel?: string;
}

/** Current password, new password (with the live strength hint) and its repetition. */
export function ChangePasswordForm({ username, onDone, onCancel, submitLabel }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schemaFor(username)),
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const newPassword = useWatch({ control: form.control, name: 'newPassword' });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async ({ currentPassword, newPassword: next }) => {
    setFormError([]);
    try {
      await change.mutateAsync({ currentPassword, newPassword: next });
      onDone();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['currentPassword', 'newPassword'] }).unmatched);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          {...form.register('currentPassword')}
          error={errors.currentPassword?.message}
        />
        <PasswordField
          label={t('password.new')}
          autoComplete="new-password"
          description={<PasswordHint password={newPassword ?? ''} username={username} hasError={!!errors.newPassword} />}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.register('newPassword')}
          error={errors.newPassword?.message}
        />
        <PasswordField
          label={t('password.confirm')}
          autoComplete="new-password"
          {...form.register('confirmPassword')}
          error={errors.confirmPassword?.message}
        />
        <Group justify="flex-end" mt="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={change.isPending} fullWidth={!onCancel}>
            {submitLabel ?? t('password.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
