import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { UserCreateInput, type Role } from '@contract';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { PasswordHint } from '../../../components/PasswordHint';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useCreateUser } from '../hooks';
import { roleOptions } from './role-options';
import { PasswordField } from '../../../components/PasswordField';

const FIELDS = ['username', 'fullName', 'role', 'password'] as const;

export function UserCreateModal({ opened, onClose, actorRole }: { opened: boolean; onClose: () => void; actorRole: Role }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<UserCreateInput>({
    resolver: zodResolver(UserCreateInput),
    mode: 'onTouched',
    defaultValues: { username: '', fullName: '', password: '' },
  });
  const [password, username] = useWatch({ control: form.control, name: ['password', 'username'] });
  const errors = form.formState.errors;

  const close = () => {
    form.reset();
    setFormError([]);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const user = await create.mutateAsync(values);
      notifySuccess(t('users.created', { name: user.fullName, username: user.username }));
      close();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
            {t('users.createHint')}
          </Alert>
          <FormAlert messages={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('users.fullName')}
              withAsterisk
              data-autofocus
              {...form.register('fullName')}
              error={errors.fullName?.message}
            />
            <TextInput
              label={t('auth.username')}
              description={t('users.usernameHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              autoComplete="off"
              {...form.register('username')}
              error={errors.username?.message}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field, fieldState }) => (
                <Select
                  label={t('users.role')}
                  placeholder={t('users.rolePlaceholder')}
                  withAsterisk
                  data={roleOptions(t, actorRole)}
                  allowDeselect={false}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? undefined)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  name={field.name}
                  error={fieldState.error?.message}
                />
              )}
            />
            <PasswordField
              label={t('users.tempPassword')}
              withAsterisk
              autoComplete="new-password"
              description={<PasswordHint password={password ?? ''} username={username} hasError={!!errors.password} />}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...form.register('password')}
              error={errors.password?.message}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
