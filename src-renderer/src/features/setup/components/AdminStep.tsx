import { Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { SetupInput } from '@contract';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordHint } from '../../../components/PasswordHint';
import { PasswordField } from '../../../components/PasswordField';

export const ADMIN_FIELDS = ['admin.scope', 'admin.username', 'admin.fullName', 'admin.password', 'admin.passwordConfirm'] as const;

/** The first administrator: of this home, or of the province (all homes in this database). */
export function AdminStep() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<SetupInput>();
  const errors = formState.errors.admin;
  const [password, username] = useWatch({ control, name: ['admin.password', 'admin.username'] });
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="admin.scope"
        render={({ field }) => (
          <Radio.Group
            label={t('setup.admin.scope')}
            value={field.value}
            onChange={(v) => field.onChange(v as SetupInput['admin']['scope'])}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={6}>
              {(['home', 'province'] as const).map((scope) => (
                <Radio.Card key={scope} value={scope} radius="md" p="md" data-testid={`scope-${scope}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {t(`setup.admin.scope_${scope}`)}
                      </Text>
                      <Text size="xs" c="dimmed" mt={2}>
                        {t(`setup.admin.scope_${scope}_hint`)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('auth.username')}
          description={t('users.usernameHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          autoComplete="off"
          {...register('admin.username')}
          error={errors?.username?.message}
        />
        <TextInput
          label={t('users.fullName')}
          withAsterisk
          {...register('admin.fullName')}
          error={errors?.fullName?.message}
        />
        <PasswordField
          label={t('auth.password')}
          withAsterisk
          autoComplete="new-password"
          description={<PasswordHint password={password ?? ''} username={username} hasError={!!errors?.password} />}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...register('admin.password')}
          error={errors?.password?.message}
        />
        <PasswordField
          label={t('password.confirm')}
          withAsterisk
          autoComplete="new-password"
          {...register('admin.passwordConfirm')}
          error={errors?.passwordConfirm?.message}
        />
      </SimpleGrid>
    </Stack>
  );
}
