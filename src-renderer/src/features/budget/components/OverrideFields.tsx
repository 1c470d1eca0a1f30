import { Alert, Divider, PasswordInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../auth/hooks';

export interface OverrideFieldsProps {
  /** The refusal message main sent (over the remaining allocation). */
  message: string;
  /** Optional figures under the message (allocation, realised, remaining…). */
  figures?: ReactNode;
  reason: UseFormRegisterReturn;
  headUsername: UseFormRegisterReturn;
  headPassword: UseFormRegisterReturn;
  errors?: { reason?: { message?: string }; headUsername?: { message?: string }; headPassword?: { message?: string } };
}

/**
 * The head's approval of spending past a line's remaining allocation: the reason, and — when someone else
 * records it — the head's own credentials typed at the same desk. Used by every form that charges the budget.
 */
export function OverrideFields({ message, figures, reason, headUsername, headPassword, errors }: OverrideFieldsProps) {
  const { t } = useTranslation();
  const isHead = useCurrentSession().user.role === 'head';
  return (
    <>
      <Divider />
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('budget.override.title')} data-testid="override-alert">
        <Text size="sm">{message}</Text>
        {figures}
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
