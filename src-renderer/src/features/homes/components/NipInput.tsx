import { Group, Text, TextInput } from '@mantine/core';
import { parseNip } from '@contract';
import { IconCircleCheck } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { HomeFormValues } from '../home-form';

type NipField = 'home.headNip' | 'home.financeNip';

/**
 * An 18-digit NIP, checked as it is typed with the contract's parser: once the number is complete (or holds
 * something other than digits) the problem shows at once; a valid NIP is decoded under the field.
 */
export function NipInput({ name, label }: { name: NipField; label: string }) {
  const { t } = useTranslation();
  const { register, control, getFieldState, formState } = useFormContext<HomeFormValues>();
  const raw = useWatch({ control, name }) ?? '';
  const compact = raw.replace(/\s+/g, '');
  const parsed = compact ? parseNip(compact) : null;
  const fieldError = getFieldState(name, formState).error?.message;
  const liveError = parsed && !parsed.ok && (compact.length >= 18 || /\D/.test(compact)) ? parsed.message : undefined;

  let description: React.ReactNode = t('nip.structure');
  if (parsed?.ok) {
    const [year, month] = parsed.parts.appointment.split('-');
    description = (
      <Group gap={4} wrap="nowrap" component="span" c="teal.7">
        <IconCircleCheck size={14} />
        <Text size="xs" component="span" inherit>
          {t('nip.decoded', {
            birth: formatDate(parsed.parts.birthDate),
            appointment: formatDate(`${year}-${month}-01`).replace(/^1 /, ''),
            sex: t(parsed.parts.sex === 'L' ? 'nip.male' : 'nip.female'),
            serial: parsed.parts.serial,
          })}
        </Text>
      </Group>
    );
  }

  return (
    <TextInput
      label={label}
      placeholder="19700315 199503 1 002"
      inputMode="numeric"
      maxLength={24}
      withAsterisk
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...register(name)}
      error={fieldError ?? liveError}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 0.5 } }}
    />
  );
}
