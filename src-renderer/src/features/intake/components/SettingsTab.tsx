import { ActionIcon, Button, Checkbox, Group, MultiSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DISABILITY_TYPES, DOCUMENT_TYPES, SEXES, type Criteria, type CriteriaInput, type ScoreItem, type ScoreItemsInput } from '@contract';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { optionsOf, PMKS_NUMBERS, pmksLabel, useReference } from '../../residents/labels';
import { criteriaQuery, scoreItemsQuery, useSaveCriteria, useSaveScoreItems } from '../hooks';

/** The home's admission criteria and the scoring form, editable by administrators. */
export function SettingsTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const criteria = useQuery(criteriaQuery());
  const items = useQuery(scoreItemsQuery());
  return (
    <Stack gap="lg" maw={980}>
      {!canEdit ? <Text size="sm" c="dimmed">{t('intake.settings.readOnly')}</Text> : null}
      {criteria.data ? <CriteriaForm initial={criteria.data} canEdit={canEdit} /> : null}
      {items.data ? <ScoreItemsForm initial={items.data.filter((i) => i.active)} canEdit={canEdit} /> : null}
    </Stack>
  );
}

function CriteriaForm({ initial, canEdit }: { initial: Criteria; canEdit: boolean }) {
  const { t } = useTranslation();
  const ref = useReference();
  const save = useSaveCriteria();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<CriteriaInput>({ defaultValues: initial });
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await save.mutateAsync(values);
      notifySuccess(t('intake.settings.saved'));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  const age = (name: 'minAge' | 'maxAge') => (
    <Controller control={form.control} name={name} render={({ field, fieldState }) => <NumberInput label={t(`intake.settings.${name}`)} min={0} max={120} allowDecimal={false} disabled={!canEdit} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : null)} error={fieldState.error?.message} />} />
  );
  const multi = <K extends 'sexes' | 'disabilityTypes' | 'requiredDocuments'>(name: K, label: string, data: { value: string; label: string }[]) => (
    <Controller control={form.control} name={name} render={({ field }) => <MultiSelect label={label} placeholder={t('intake.settings.any')} data={data} disabled={!canEdit} value={(field.value ?? []) as string[]} onChange={field.onChange} clearable />} />
  );
  return (
    <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate>
      <Title order={3} fz="md" mb={4}>{t('intake.settings.criteriaTitle')}</Title>
      <Text size="xs" c="dimmed" mb="md">{t('intake.settings.criteriaHint')}</Text>
      <FormAlert messages={formError} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        {age('minAge')}
        {age('maxAge')}
        {multi('sexes', t('intake.settings.sexes'), optionsOf(ref.sex, SEXES))}
      </SimpleGrid>
      <Controller
        control={form.control}
        name="pmksCategories"
        render={({ field }) => (
          <Checkbox.Group label={t('intake.settings.pmks')} value={(field.value ?? []).map(String)} onChange={(v) => field.onChange(v.map(Number))}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing={6}>
              {PMKS_NUMBERS.map((n) => <Checkbox key={n} value={String(n)} label={pmksLabel(ref, n)} size="xs" disabled={!canEdit} />)}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        {multi('disabilityTypes', t('intake.settings.disability'), optionsOf(ref.disability, DISABILITY_TYPES))}
        {multi('requiredDocuments', t('intake.settings.documents'), DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documents.types.${d}`) })))}
      </SimpleGrid>
      {canEdit ? (
        <Group justify="flex-end" mt="md"><Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />}>{t('common.save')}</Button></Group>
      ) : null}
    </Paper>
  );
}

function ScoreItemsForm({ initial, canEdit }: { initial: ScoreItem[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useSaveScoreItems();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<ScoreItemsInput>({ defaultValues: { items: initial.map((i) => ({ id: i.id, name: i.name, description: i.description ?? '', weight: i.weight })) } });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const errors = form.formState.errors.items;
  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = await save.mutateAsync(values);
      form.reset({ items: saved.filter((i) => i.active).map((i) => ({ id: i.id, name: i.name, description: i.description ?? '', weight: i.weight })) });
      notifySuccess(t('intake.settings.scoreSaved'));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });
  return (
    <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate>
      <Title order={3} fz="md" mb={4}>{t('intake.settings.scoreTitle')}</Title>
      <Text size="xs" c="dimmed" mb="md">{t('intake.settings.scoreHint')}</Text>
      <FormAlert messages={formError} />
      <Stack gap="xs">
        {items.fields.map((item, i) => (
          <Group key={item.id} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput label={i === 0 ? t('intake.settings.itemName') : undefined} aria-label={t('intake.settings.itemName')} disabled={!canEdit} {...form.register(`items.${i}.name`)} error={errors?.[i]?.name?.message} style={{ flex: 2 }} />
            <TextInput label={i === 0 ? t('intake.settings.itemDescription') : undefined} aria-label={t('intake.settings.itemDescription')} disabled={!canEdit} {...form.register(`items.${i}.description`)} style={{ flex: 3 }} />
            <Controller control={form.control} name={`items.${i}.weight`} render={({ field, fieldState }) => <NumberInput label={i === 0 ? t('intake.settings.weight') : undefined} aria-label={t('intake.settings.weight')} min={1} max={100} w={100} disabled={!canEdit} allowDecimal={false} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)} error={fieldState.error?.message} />} />
            {canEdit ? <ActionIcon variant="subtle" color="red" mb={4} onClick={() => items.remove(i)} aria-label="hapus"><IconTrash size={16} /></ActionIcon> : null}
          </Group>
        ))}
      </Stack>
      {canEdit ? (
        <Group justify="space-between" mt="md">
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => items.append({ name: '', description: '', weight: 10 })}>{t('intake.settings.addItem')}</Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />}>{t('common.save')}</Button>
        </Group>
      ) : null}
    </Paper>
  );
}
