import { Box, Group, Stack, Text, TextInput } from '@mantine/core';
import { nikWarnings, parseNik } from '@contract';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/format';
import { useReference } from '../../labels';
import type { PersonIdentityValues } from './person-identity';

/**
 * The NIK, checked as it is typed with the contract's parser: a malformed number is an error at the field once
 * complete; a valid one is decoded; a valid one that disagrees with the birth date or sex only warns (yellow).
 * `conflict` is shown with the error, e.g. a link to the record that already has this NIK.
 */
export function NikInput({ conflict }: { conflict?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useReference();
  const { register, control, getFieldState, formState } = useFormContext<PersonIdentityValues>();
  const [raw, birthDate, sex] = useWatch({ control, name: ['nik', 'birthDate', 'sex'] });
  const compact = (raw ?? '').replace(/\s+/g, '');
  const parsed = compact ? parseNik(compact) : null;
  const fieldError = getFieldState('nik', formState).error?.message;
  const liveError = parsed && !parsed.ok && (compact.length >= 16 || /\D/.test(compact)) ? parsed.message : undefined;
  const warnings = parsed?.ok ? nikWarnings(compact, birthDate, sex) : [];
  const error = fieldError ?? liveError;

  let description: ReactNode = t('residents.hints.nik');
  if (parsed?.ok && !error) {
    const { parts } = parsed;
    description = (
      <Stack gap={4} component="span">
        <Group gap={4} wrap="nowrap" component="span" c="teal.8" data-testid="nik-valid">
          <IconCircleCheck size={14} style={{ flexShrink: 0 }} />
          <Text size="xs" component="span" inherit>
            {t('residents.hints.nikValid', {
              date: formatDate(parts.birthDate),
              sex: ref.sex[parts.sex].toLowerCase(),
              region: `${parts.province}.${parts.regency}.${parts.district}`,
            })}
          </Text>
        </Group>
        {warnings.length > 0 ? (
          <Box component="span" display="block" bg="yellow.0" c="yellow.9" px={8} py={6} style={{ borderRadius: 6, border: '1px solid var(--mantine-color-yellow-3)' }} data-testid="nik-warning" role="status">
            {warnings.map((w) => (
              <Group key={w} gap={6} wrap="nowrap" align="flex-start" component="span">
                <IconAlertTriangle size={14} style={{ flexShrink: 0, marginTop: 2 }} />
                <Text size="xs" component="span" inherit>{w}</Text>
              </Group>
            ))}
            <Text size="xs" component="span" display="block" mt={2} pl={20} fw={500}>{t('residents.hints.nikWarning')}</Text>
          </Box>
        ) : null}
      </Stack>
    );
  }

  return (
    <TextInput
      label={t('residents.fields.nik')}
      placeholder={t('residents.placeholders.nik')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={22}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...register('nik')}
      error={error ? <>{error}{conflict ? <Box component="span" display="block" mt={2}>{conflict}</Box> : null}</> : undefined}
      aria-invalid={error ? true : undefined}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 0.5 } }}
    />
  );
}
