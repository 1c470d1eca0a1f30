import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, ThemeIcon } from '@mantine/core';
import { defaultRites, RecordDeathInput, RecordRepatriationInput } from '@contract';
import { IconFlower, IconHomeMove, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { BackToExits } from '../components/BackToExits';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { residentQuery, residentsListQuery } from '../../residents/hooks';
import { ExitDetailsFields, mapExitField, type DetailsForm } from '../components/ExitDetailsFields';
import { exitHref, useRecordDeathExit, useRecordRepatriation } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

interface Values extends DetailsForm {
  residentId?: number;
  exitDate: string;
  reason: string;
}

/** Records a repatriation or a death (with the funeral) for an active resident; the status changes through the residents' lifecycle. */
export function ExitFormPage() {
  const { t } = useTranslation();
  const kind = useParams().kind === 'death' ? 'death' : 'repatriation';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const isHead = useCurrentSession().user.role === 'head';
  const residents = useQuery(residentsListQuery({ statuses: ['active'], sort: 'name' }));
  const repatriate = useRecordRepatriation();
  const die = useRecordDeathExit();
  const [formError, setFormError] = useState<string[]>([]);
  const preset = Number(params.get('resident')) || undefined;
  const form = useForm<Values>({
    resolver: zodResolver(kind === 'death' ? RecordDeathInput : RecordRepatriationInput) as unknown as Resolver<Values>,
    defaultValues: { residentId: preset, exitDate: homeToday(), reason: '', details: kind === 'repatriation' ? { destination: 'family' } : {} },
  });
  const residentId = useWatch({ control: form.control, name: 'residentId' });
  const resident = useQuery({ ...residentQuery(residentId ?? 0), enabled: kind === 'death' && !!residentId });
  const religion = resident.data?.religion;
  useEffect(() => {
    // Rites follow the resident's religion until someone edits them.
    if (kind === 'death' && resident.data && !form.getFieldState('details.rites').isDirty) form.setValue('details.rites', defaultRites(religion));
  }, [kind, resident.data, religion, form]);

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const input = { residentId: values.residentId!, exitDate: values.exitDate, reason: values.reason, details: values.details };
      const saved = kind === 'death' ? await die.mutateAsync(input as never) : await repatriate.mutateAsync(input as never);
      notifySuccess(t('exits.form.saved'));
      navigate(exitHref(saved.kind, saved.id));
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { mapKey: mapExitField }).unmatched);
    }
  });
  const errors = form.formState.errors;
  const title = t(kind === 'death' ? 'exits.form.deathTitle' : 'exits.form.repatriationTitle');

  return (
    <>
      <BackToExits />
      <PageHeader title={title} icon={<ThemeIcon variant="light" size={40} radius="md">{kind === 'death' ? <IconFlower size={22} /> : <IconHomeMove size={22} />}</ThemeIcon>} />
      <Paper withBorder radius="md" p="xl" maw={900}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Alert variant="light" color={kind === 'death' ? 'gray' : 'blue'} icon={<IconInfoCircle size={18} />}>
              {t(kind === 'death' ? 'exits.form.deathHint' : isHead ? 'exits.form.headHint' : 'exits.form.pendingHint')}
            </Alert>
            <FormAlert messages={formError} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Controller
                control={form.control}
                name="residentId"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('exits.form.resident')}
                    placeholder={t('exits.form.residentPlaceholder')}
                    withAsterisk
                    searchable
                    data-testid="exit-resident"
                    data={(residents.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.registrationNo})` }))}
                    value={field.value ? String(field.value) : null}
                    onChange={(v) => field.onChange(v ? Number(v) : undefined)}
                    error={fieldState.error?.message}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="exitDate"
                render={({ field, fieldState }) => (
                  <DateField label={t(kind === 'death' ? 'exits.form.deathDate' : 'exits.form.repatriationDate')} withAsterisk maxDate={kind === 'death' ? homeToday() : undefined} value={field.value} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} />
                )}
              />
            </SimpleGrid>
            <Textarea label={t(kind === 'death' ? 'exits.form.deathSummary' : 'exits.form.reason')} withAsterisk autosize minRows={2} {...form.register('reason')} error={errors.reason?.message} />
            <ExitDetailsFields kind={kind} control={form.control as never} register={form.register as never} errors={errors} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/exits">{t('common.cancel')}</Button>
              <Button type="submit" loading={repatriate.isPending || die.isPending} color={kind === 'death' ? 'dark' : undefined}>
                {t('exits.form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
