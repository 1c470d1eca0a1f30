import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { UserUpdateInput, type Role, type UserRow } from '@contract';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useUpdateUser } from '../hooks';
import { roleOptions } from './role-options';

type Values = z.input<typeof UserUpdateInput>;

/** Name and role of an account (a province administrator stays one; main refuses the change otherwise). */
export function UserEditModal({ user, onClose, actorRole }: { user: UserRow | null; onClose: () => void; actorRole: Role }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(UserUpdateInput), mode: 'onTouched' });

  useEffect(() => {
    if (user) form.reset({ id: user.id, fullName: user.fullName, role: user.role });
  }, [user, form]);

  const close = () => {
    setFormError([]);
    onClose();
  };

  const options = user?.role === 'province_admin'
    ? roleOptions(t, actorRole).filter((o) => o.value === 'province_admin')
    : roleOptions(t, actorRole).filter((o) => o.value !== 'province_admin');

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const row = await update.mutateAsync(values);
      notifySuccess(t('users.updated', { name: row.fullName }));
      close();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['fullName', 'role'] }).unmatched);
    }
  });

  return (
    <Modal opened={user !== null} onClose={close} title={t('users.editTitle', { username: user?.username ?? '' })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} />
          <TextInput label={t('users.fullName')} withAsterisk {...form.register('fullName')} error={form.formState.errors.fullName?.message} />
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <Select
                label={t('users.role')}
                withAsterisk
                data={options}
                allowDeselect={false}
                disabled={user?.role === 'province_admin'}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? undefined)}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
