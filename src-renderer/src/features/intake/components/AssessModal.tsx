import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { SCORE_MAX, SCORE_MIN, type ApplicationDetail } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { scoreItemsQuery, useAssess } from '../hooks';
import { formatScore } from './ApplicantsTab';
import { homeToday } from '../../../lib/home-clock';

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));

/** A social worker scores each item of the scoring form 1–5; the weighted score shows as they go. */
export function AssessModal({ application, opened, onClose }: { application: ApplicationDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const items = useQuery({ ...scoreItemsQuery(), enabled: opened });
  const assess = useAssess();
  const [values, setValues] = useState<Record<number, number>>({});
  const [date, setDate] = useState<string | null>(homeToday());
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string[]>([]);
  const active = (items.data ?? []).filter((i) => i.active);
  const max = active.reduce((n, i) => n + i.weight * SCORE_MAX, 0);
  const got = active.reduce((n, i) => n + i.weight * (values[i.id] ?? 0), 0);
  const complete = active.length > 0 && active.every((i) => values[i.id]);
  const submit = async () => {
    setError([]);
    try {
      const saved = await assess.mutateAsync({ applicationId: application.id, assessedOn: date ?? '', values: active.map((i) => ({ itemId: i.id, value: values[i.id] ?? 0 })), notes });
      notifySuccess(t('intake.assess.saved', { name: saved.fullName, score: formatScore(saved.assessments[0]?.score ?? null) }));
      setValues({});
      setNotes('');
      onClose();
    } catch (e) {
      setError([e instanceof ApiError ? [e.message, ...Object.values(e.fieldErrors)].join(' · ') : String(e)]);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{t('intake.assess.title', { name: application.fullName })}</Text>} size="lg" centered>
      <Stack gap="sm">
        <FormAlert messages={error} />
        {items.data && active.length === 0 ? <Text size="sm" c="orange.8">{t('intake.assess.noItems')}</Text> : null}
        <DateField label={t('intake.assess.date')} withAsterisk value={date} onChange={setDate} maxDate={homeToday()} />
        <Text size="xs" c="dimmed">{t('intake.assess.scale')}</Text>
        {active.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text size="sm" fw={600}>{item.name}</Text>
              <Text size="xs" c="dimmed">{[item.description, t('intake.assess.weight', { weight: item.weight })].filter(Boolean).join(' · ')}</Text>
            </Stack>
            <SegmentedControl aria-label={item.name} data={SCALE} value={values[item.id] ? String(values[item.id]) : ''} onChange={(v) => setValues((s) => ({ ...s, [item.id]: Number(v) }))} />
          </Group>
        ))}
        <Text fw={700} data-testid="live-score">{t('intake.assess.score', { score: formatScore(max ? Math.round((got / max) * 1000) / 10 : 0) })}</Text>
        <Textarea label={t('intake.assess.notes')} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void submit()} disabled={!complete} loading={assess.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
