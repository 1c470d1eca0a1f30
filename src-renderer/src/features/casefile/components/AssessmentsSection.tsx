import { zodResolver } from '@hookform/resolvers/zod';
import { Accordion, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { AssessmentInput, type Assessment, type CaseFile } from '@contract';
import { IconCalendar, IconClipboardPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { useAddAssessment } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

const TEXT_FIELDS = ['problems', 'needs', 'strengths', 'familySituation', 'recommendation'] as const;

/** The assessments, newest first (the newest open), and the form for a new one. */
export function AssessmentsSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const list = file.assessments;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="assessments-title" data-testid="assessments">
      <Group justify="space-between" mb="sm" gap="xs">
        <Text id="assessments-title" fw={650}>
          {t('casefile.assessment.title')}
        </Text>
        {file.can.addAssessment ? (
          <Button size="compact-sm" variant="light" leftSection={<IconClipboardPlus size={16} />} onClick={() => setAdding(true)}>
            {t('casefile.assessment.add')}
          </Button>
        ) : null}
      </Group>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('casefile.assessment.none')}
        </Text>
      ) : (
        <Accordion variant="separated" radius="md" defaultValue={String(list[0]!.id)} chevronPosition="left">
          {list.map((a) => (
            <Accordion.Item key={a.id} value={String(a.id)}>
              <Accordion.Control>
                <Text size="sm" fw={600}>
                  {t('casefile.assessment.heading', { date: formatDate(a.assessedOn) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('casefile.assessment.by', { name: a.assessor ?? '—' })}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <AssessmentDetails assessment={a} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={<Text fw={650}>{t('casefile.assessment.add')}</Text>} size="xl" centered>
        {adding ? <AssessmentForm file={file} onClose={() => setAdding(false)} /> : null}
      </Modal>
    </Paper>
  );
}

function AssessmentDetails({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const text = (v: string | null) => (v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : null);
  return (
    <InfoList
      items={[
        { label: t('casefile.assessment.problems'), value: text(a.problems) },
        { label: t('casefile.assessment.needs'), value: text(a.needs) },
        { label: t('casefile.assessment.strengths'), value: text(a.strengths) },
        { label: t('casefile.assessment.familySituation'), value: text(a.familySituation) },
        { label: t('casefile.assessment.recommendation'), value: text(a.recommendation), wide: true },
      ]}
    />
  );
}

function AssessmentForm({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddAssessment();
  const [formError, setFormError] = useState<string[]>([]);
  const today = homeToday();
  const form = useForm<AssessmentInput>({
    resolver: zodResolver(AssessmentInput),
    mode: 'onTouched',
    defaultValues: { residentId: file.residentId, assessedOn: today, problems: '', needs: '', strengths: '', familySituation: '', recommendation: '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      await add.mutateAsync(values);
      notifySuccess(t('casefile.assessment.saved'));
      onClose();
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { fields: ['assessedOn', ...TEXT_FIELDS] }).unmatched);
    }
  });

  const area = (name: (typeof TEXT_FIELDS)[number], required = true) => (
    <Textarea
      label={t(`casefile.assessment.${name}`)}
      placeholder={t(`casefile.assessment.hints.${name}`)}
      withAsterisk={required}
      autosize
      minRows={3}
      maxRows={10}
      {...form.register(name)}
      error={errors[name]?.message}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <Controller
          control={form.control}
          name="assessedOn"
          render={({ field, fieldState }) => (
            <DatePickerInput
              label={t('casefile.assessment.date')}
              withAsterisk
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? '')}
              minDate={file.admissionDate}
              maxDate={today}
              valueFormat="D MMMM YYYY"
              leftSection={<IconCalendar size={16} />}
              error={fieldState.error?.message}
              maw={260}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {area('problems')}
          {area('needs')}
          {area('strengths')}
          {area('familySituation')}
        </SimpleGrid>
        {area('recommendation', false)}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('casefile.assessment.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
