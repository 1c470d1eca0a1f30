import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { passwordProblem, type UserRow } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordHint } from '../../../components/PasswordHint';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { useResetPassword } from '../hooks';
import { PasswordField } from '../../../components/PasswordField';

/** Sets a temporary password; the user must replace it at the next log-in, and any lockout is lifted. */
export function ResetPasswordModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string[]>([]);

  const close = () => {
    setPassword('');
    setError(null);
    setFormError([]);
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!user) return;
    const problem = passwordProblem(password, user.username);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await reset.mutateAsync({ id: user.id, password });
      notifySuccess(t('users.resetDone', { name: user.fullName }));
      close();
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.password) setError(e.fieldErrors.password);
      else setFormError([e instanceof Error ? e.message : String(e)]);
    }
  };

  return (
    <Modal opened={user !== null} onClose={close} title={t('users.resetTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('users.resetHint', { name: user?.fullName ?? '', username: user?.username ?? '' })}</Text>
          <FormAlert messages={formError} />
          <PasswordField
            label={t('users.tempPassword')}
            autoComplete="new-password"
            data-autofocus
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              setError(null);
            }}
            description={<PasswordHint password={password} username={user?.username} hasError={!!error} />}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={error}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
