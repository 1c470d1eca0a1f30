import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, TextInput } from '@mantine/core';
import { LoginInput } from '@contract';
import { IconLogin2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { AuthLayout } from '../components/AuthLayout';
import { useLogin } from '../hooks';
import { rememberedUsername, rememberUsername } from '../names';
import { PasswordField } from '../../../components/PasswordField';


type LoginValues = z.input<typeof LoginInput>;

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const [remembered] = useState(rememberedUsername);
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<LoginValues>({
    resolver: zodResolver(LoginInput),
    defaultValues: { username: remembered, password: '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const session = await login.mutateAsync(values);
      rememberUsername(session.user.username);
    } catch (error) {
      const { unmatched } = applyFieldErrors(error, form.setError, { fields: ['username', 'password'] });
      setFormError(unmatched);
      form.setValue('password', '');
      form.setFocus('password');
    }
  });

  return (
    <AuthLayout title={t('auth.login.title')} description={t('auth.login.description')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={formError} title={t('auth.login.failed')} />
          <TextInput
            label={t('auth.username')}
            autoComplete="username"
            autoFocus={!remembered}
            {...form.register('username')}
            error={form.formState.errors.username?.message}
          />
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            autoFocus={!!remembered}
            {...form.register('password')}
            error={form.formState.errors.password?.message}
          />
          <Button type="submit" loading={login.isPending} leftSection={<IconLogin2 size={18} />} mt="xs" fullWidth>
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
