import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { StagesSaveInput, type RehabStage } from '@contract';
import { IconArrowDown, IconArrowUp, IconDeviceFloppy, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { stagesQuery, useSaveStages } from '../hooks';

const toForm = (stages: RehabStage[]): StagesSaveInput => ({ stages: stages.map((s) => ({ id: s.id, name: s.name, active: s.active })) });

/** Settings → Stages: the home's rehabilitation stages (rename, reorder, add, deactivate; a used stage is never deleted). */
export function StagesSettings() {
  const stages = useQuery(stagesQuery());
  if (!stages.data) {
    return stages.error ? (
      <FormAlert messages={[stages.error.message]} />
    ) : (
      <Center h={160}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <StagesForm stages={stages.data} />;
}

function StagesForm({ stages }: { stages: RehabStage[] }) {
  const { t } = useTranslation();
  const save = useSaveStages();
  const [formError, setFormError] = useState<string[]>([]);
  const [newName, setNewName] = useState('');
  const form = useForm<StagesSaveInput>({ resolver: zodResolver(StagesSaveInput), defaultValues: toForm(stages) });
  const rows = useFieldArray({ control: form.control, name: 'stages', keyName: 'key' });
  const values = useWatch({ control: form.control, name: 'stages' });
  const meta = new Map(stages.map((s) => [s.id, s]));
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;

  // Someone saved elsewhere (or this form saved): show the stored list unless there are unsaved edits.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(toForm(stages));
  }, [stages, form]);

  const submit = form.handleSubmit(async (v) => {
    setFormError([]);
    try {
      const saved = await save.mutateAsync(v);
      form.reset(toForm(saved));
      notifySuccess(t('casefile.stages.saved'));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError).unmatched);
    }
  });

  const add = () => {
    const name = newName.trim();
    if (!name) return;
    rows.append({ name, active: true }, { shouldFocus: false });
    setNewName('');
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          {t('casefile.stages.hint')}
        </Alert>
        <FormAlert messages={formError} />
        {errors.stages?.message || errors.stages?.root?.message ? <FormAlert messages={[String(errors.stages?.message ?? errors.stages?.root?.message)]} /> : null}
        <Paper withBorder radius="md">
          <Stack gap={0}>
            {rows.fields.map((row, i) => {
              const info = row.id !== undefined ? meta.get(row.id) : undefined;
              const active = values?.[i]?.active ?? true;
              const name = values?.[i]?.name ?? '';
              return (
                <Group
                  key={row.key}
                  gap="sm"
                  px="md"
                  py="sm"
                  wrap="nowrap"
                  align="flex-start"
                  data-testid="stage-row"
                  style={{ borderTop: i ? '1px solid var(--mantine-color-gray-2)' : undefined, opacity: active ? 1 : 0.75 }}
                >
                  <Badge variant={active ? 'light' : 'outline'} color={active ? 'brand' : 'gray'} size="lg" circle mt={6}>
                    {i + 1}
                  </Badge>
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <TextInput aria-label={t('casefile.stages.nameOf', { n: i + 1 })} {...form.register(`stages.${i}.name`)} error={errors.stages?.[i]?.name?.message} />
                    <Group gap="xs">
                      {!info ? (
                        <Badge size="xs" color="teal" variant="light" tt="none">
                          {t('casefile.stages.new')}
                        </Badge>
                      ) : null}
                      {info?.currentResidents ? (
                        <Text size="xs" c={active ? 'dimmed' : 'orange.8'}>
                          {t('casefile.stages.current', { count: info.currentResidents })}
                        </Text>
                      ) : info?.inUse ? (
                        <Text size="xs" c="dimmed">
                          {t('casefile.stages.used')}
                        </Text>
                      ) : null}
                    </Group>
                  </Stack>
                  <Controller
                    control={form.control}
                    name={`stages.${i}.active`}
                    render={({ field }) => (
                      <Switch
                        mt={8}
                        w={100}
                        label={field.value ? t('common.active') : t('common.inactive')}
                        aria-label={t('casefile.stages.activeOf', { name })}
                        checked={field.value ?? true}
                        onChange={(e) => field.onChange(e.currentTarget.checked)}
                        ref={field.ref}
                      />
                    )}
                  />
                  <Group gap={2} wrap="nowrap" mt={4}>
                    <ActionIcon variant="subtle" color="gray" size="lg" disabled={i === 0} aria-label={t('casefile.stages.up', { name })} onClick={() => rows.move(i, i - 1)}>
                      <IconArrowUp size={18} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      disabled={i === rows.fields.length - 1}
                      aria-label={t('casefile.stages.down', { name })}
                      onClick={() => rows.move(i, i + 1)}
                    >
                      <IconArrowDown size={18} />
                    </ActionIcon>
                    <Tooltip label={info?.inUse ? t('casefile.stages.cannotDelete') : t('casefile.stages.delete')} openDelay={300}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        disabled={info?.inUse || rows.fields.length === 1}
                        aria-label={t('casefile.stages.deleteNamed', { name })}
                        onClick={() => rows.remove(i)}
                      >
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              );
            })}
          </Stack>
        </Paper>
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('casefile.stages.addLabel')}
            placeholder={t('casefile.stages.addPlaceholder')}
            value={newName}
            onChange={(e) => setNewName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            style={{ flex: 1 }}
            maw={420}
          />
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={!newName.trim()}>
            {t('casefile.stages.add')}
          </Button>
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!dirty} onClick={() => form.reset(toForm(stages))}>
            {t('common.discard')}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} disabled={!dirty}>
            {t('common.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
