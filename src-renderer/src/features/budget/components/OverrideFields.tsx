import { Alert, Divider, PasswordInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../auth/hooks';

export interface OverrideFieldsProps {
  /** Main's refusal message (over the remaining allocation). */
  message: string;
  /** Optional figures under the message (allocation, realised, remaining…). */
  figures?: ReactNode;
  register: { reason: UseFormRegisterReturn; headUsername: UseFormRegisterReturn; headPassword: UseFormRegisterReturn };
  errors?: { reason?: string; headUsername?: string; headPassword?: string };
}

/**
 * The head's approval of spending past a line's remaining allocation, inside any form that charges the budget:
 * the refusal, the reason, and (unless the head is signed in) the head's own credentials at the same desk.
 * The form sends them as `override: { reason, headUsername, headPassword }`.
 */
export function OverrideFields({ message, figures, register, errors = {} }: OverrideFieldsProps) {
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
      <Textarea label={t('budget.override.reason')} withAsterisk autosize minRows={2} {...register.reason} error={errors.reason} />
      {isHead ? (
        <Text size="sm" c="dimmed">{t('budget.override.asHead')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('budget.override.headUsername')} autoComplete="off" {...register.headUsername} error={errors.headUsername} description={t('budget.override.headHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} />
          <PasswordInput label={t('budget.override.headPassword')} autoComplete="off" {...register.headPassword} error={errors.headPassword} />
        </SimpleGrid>
      )}
    </>
  );
}
