import { ActionIcon, Button, Checkbox, Grid, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptyGuardian, type ResidentFormValues } from '../resident-form';

const MAX_GUARDIANS = 10;

/** Guardians and family contacts: several, one of them the primary contact. */
export function GuardiansFields() {
  const { t } = useTranslation();
  const { register, control, formState, getValues, setValue } = useFormContext<ResidentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'guardians' });
  const errors = formState.errors.guardians;

  const makePrimary = (index: number, checked: boolean) => {
    (getValues('guardians') ?? []).forEach((_, i) => setValue(`guardians.${i}.isPrimary`, checked && i === index, { shouldDirty: true }));
  };

  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.form.guardian.none')}
        </Text>
      ) : null}
      {fields.map((item, index) => {
        const label = t('residents.form.guardian.numbered', { n: index + 1 });
        const e = errors?.[index];
        return (
          <Paper key={item.id} withBorder radius="md" p="md" bg="gray.0" role="group" aria-label={label} data-testid="guardian">
            <Group justify="space-between" mb="xs">
              <Text size="sm" fw={600}>
                {label}
              </Text>
              <Group gap="xs">
                <Checkbox
                  size="xs"
                  label={t('residents.form.guardian.primary')}
                  {...register(`guardians.${index}.isPrimary`, { onChange: (ev) => makePrimary(index, ev.target.checked) })}
                />
                <Tooltip label={t('residents.form.guardian.remove')}>
                  <ActionIcon variant="subtle" color="red" onClick={() => remove(index)} aria-label={`${t('residents.form.guardian.remove')} ${label}`}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, md: 5 }}>
                <TextInput label={t('residents.form.guardian.name')} withAsterisk {...register(`guardians.${index}.name`)} error={e?.name?.message} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('residents.form.guardian.relationship')}
                  placeholder={t('residents.form.guardian.relationshipPlaceholder')}
                  withAsterisk
                  {...register(`guardians.${index}.relationship`)}
                  error={e?.relationship?.message}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <TextInput
                  label={t('residents.form.guardian.phone')}
                  placeholder="0812-6677-8899"
                  inputMode="tel"
                  {...register(`guardians.${index}.phone`)}
                  error={e?.phone?.message}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput label={t('residents.form.guardian.address')} {...register(`guardians.${index}.address`)} error={e?.address?.message} />
              </Grid.Col>
            </Grid>
          </Paper>
        );
      })}
      {fields.length < MAX_GUARDIANS ? (
        <Group>
          <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => append(emptyGuardian(fields.length === 0))}>
            {t('residents.form.guardian.add')}
          </Button>
        </Group>
      ) : null}
      {errors?.root?.message || errors?.message ? (
        <Text size="xs" c="red">
          {errors.root?.message ?? errors.message}
        </Text>
      ) : null}
    </Stack>
  );
}
