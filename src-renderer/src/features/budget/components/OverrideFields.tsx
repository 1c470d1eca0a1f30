import { Alert, Divider, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HeadOverrideFields, type OverrideErrors } from '../../../components/HeadOverrideFields';
import { useCurrentSession } from '../../auth/hooks';

export interface OverrideFieldsProps {
  /** The refusal message main sent (over the remaining allocation). */
  message: string;
  /** Optional figures under the message (allocation, realised, remaining…). */
  figures?: ReactNode;
  reason: UseFormRegisterReturn;
  headUsername: UseFormRegisterReturn;
  headPassword: UseFormRegisterReturn;
  errors?: OverrideErrors;
}

/**
 * The head's approval of spending past a line's remaining allocation: main's refusal, the reason, and — when
 * someone else records it — the head's own credentials typed at the same desk. Used by every form that charges
 * the budget; the form sends them as `override: { reason, headUsername, headPassword }`.
 */
export function OverrideFields({ message, figures, reason, headUsername, headPassword, errors }: OverrideFieldsProps) {
  const { t } = useTranslation();
  const isHead = useCurrentSession().user.role === 'head';
  const fields = { reason, headUsername, headPassword };
  return (
    <>
      <Divider />
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('budget.override.title')} data-testid="override-alert">
        <Text size="sm">{message}</Text>
        {typeof figures === 'string' ? <Text size="xs" mt={4}>{figures}</Text> : figures}
        <Text size="xs" mt={4} c="dimmed">{t('budget.override.explain')}</Text>
      </Alert>
      <HeadOverrideFields isHead={isHead} field={(name) => fields[name]} errors={errors} />
    </>
  );
}
