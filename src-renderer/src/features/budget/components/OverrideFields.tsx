import { Alert, Divider, PasswordInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type Message = { message?: string } | undefined;

/**
 * The head's approval of spending past a line's remaining allocation, as the forms that record spending show
 * it after main refused the amount: the refusal, the head's reason and, from anyone but the head, the head's
 * own credentials typed at the same desk. Fields are registered under `override.*` by the form.
 */
export function OverrideFields({ message, figures, isHead, reason, headUsername, headPassword, errors }: {
  message: string;
  figures?: string | null;
  isHead: boolean;
  reason: UseFormRegisterReturn;
  headUsername: UseFormRegisterReturn;
  headPassword: UseFormRegisterReturn;
  errors: { reason?: Message; headUsername?: Message; headPassword?: Message } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Divider />
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('budget.override.title')} data-testid="override-alert">
        <Text size="sm">{message}</Text>
        {figures ? <Text size="xs" mt={4}>{figures}</Text> : null}
        <Text size="xs" mt={4} c="dimmed">{t('budget.override.explain')}</Text>
      </Alert>
      <Textarea label={t('budget.override.reason')} withAsterisk autosize minRows={2} {...reason} error={errors?.reason?.message} />
      {isHead ? (
        <Text size="sm" c="dimmed">{t('budget.override.asHead')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('budget.override.headUsername')} autoComplete="off" {...headUsername} error={errors?.headUsername?.message} description={t('budget.override.headHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} />
          <PasswordInput label={t('budget.override.headPassword')} autoComplete="off" {...headPassword} error={errors?.headPassword?.message} />
        </SimpleGrid>
      )}
    </>
  );
}
