import { Badge, Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { COURSE_TYPE_LABELS } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { courseTypesQuery, useTrainingMutation } from '../hooks';

/** The built-in course types and the ones this home adds (administrators). */
export function CourseTypesTab() {
  const { t } = useTranslation();
  const types = useQuery(courseTypesQuery());
  const save = useTrainingMutation('training.saveCourseType');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = async () => {
    setError(undefined);
    try {
      await save.mutateAsync({ name });
      setName('');
      notifySuccess(t('training.types.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.name) setError(e.fieldErrors.name);
      else notifyError(e);
    }
  };
  return (
    <Stack maw={640}>
      <Title order={4}>{t('training.types.builtIn')}</Title>
      <Group gap={6}>{Object.values(COURSE_TYPE_LABELS).map((l) => <Badge key={l} variant="light" color="gray">{l}</Badge>)}</Group>
      <Title order={4} mt="md">{t('training.types.own')}</Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          {(types.data ?? []).map((c) => (
            <Group key={c.id} justify="space-between">
              <Text>{c.name}</Text>
              <Switch checked={c.active} label={c.active ? t('common.active') : t('common.inactive')} onChange={(e) => save.mutate({ id: c.id, name: c.name, active: e.currentTarget.checked }, { onError: notifyError })} />
            </Group>
          ))}
          <Group align="flex-start">
            <TextInput placeholder={t('training.types.name')} aria-label={t('training.types.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} style={{ flex: 1 }} />
            <Button onClick={() => void add()} loading={save.isPending} disabled={!name.trim()}>{t('training.types.add')}</Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
