import { PasswordInput, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type Message = { message?: string } | undefined;
export type OverrideErrors = { reason?: Message; headUsername?: Message; headPassword?: Message } | undefined;

/**
 * The head's approval of an exception (spending past the allocation, an acceptance past the quota): the reason,
 * and — when someone else is at the desk — the head's own username and password. Signed in as the head, only
 * the reason is asked. `field(name)` registers `override.<name>` on the caller's form.
 */
export function HeadOverrideFields({ isHead, field, errors }: { isHead: boolean; field: (name: 'reason' | 'headUsername' | 'headPassword') => UseFormRegisterReturn; errors: OverrideErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea label={t('budget.override.reason')} withAsterisk autosize minRows={2} {...field('reason')} error={errors?.reason?.message} />
      {isHead ? (
        <Text size="sm" c="dimmed">{t('budget.override.asHead')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('budget.override.headUsername')} autoComplete="off" {...field('headUsername')} error={errors?.headUsername?.message} description={t('budget.override.headHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} />
          <PasswordInput label={t('budget.override.headPassword')} autoComplete="off" {...field('headPassword')} error={errors?.headPassword?.message} />
        </SimpleGrid>
      )}
    </>
  );
}
