import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Center, Group, Loader, Stack, Textarea, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconCategory, IconDeviceFloppy, IconId, IconMapPin, IconNotes, IconUserPlus, IconUserShare, IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AccessDenied } from '../../../components/AccessDenied';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { FormSection } from '../../residents/components/FormSection';
import { GuardiansFields } from '../../residents/components/GuardiansFields';
import { CategoryFields } from '../../residents/components/identity/CategoryFields';
import { IdentityFields } from '../../residents/components/identity/IdentityFields';
import { OriginFields } from '../../residents/components/identity/OriginFields';
import { ApplicationForm, applicationKeyMapper, applicationToForm, emptyApplication, type ApplicationFormOutput, type ApplicationFormValues } from '../application-form';
import { ReferralFields } from '../components/ReferralFields';
import { applicationQuery, useRegisterApplication, useUpdateApplication } from '../hooks';
import { intakePermissions } from '../permissions';

/** `/intake/applicants/new` registers an applicant; `/intake/applicants/:id/edit` edits one. */
export function ApplicationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const applicationId = id ? Number(id) : undefined;
  const role = useCurrentSession().user.role;
  const can = intakePermissions(role);
  const existing = useQuery({ ...applicationQuery(applicationId ?? 0), enabled: !!applicationId });
  const back = applicationId ? `/intake/applicants/${applicationId}` : '/intake/applicants';
  if (!can.canRegister) return <AccessDenied area={t('intake.title')} role={t(`roles.${role}`)} />;
  return (
    <>
      <PageHeader
        title={applicationId ? t('intake.form.editTitle') : t('intake.form.newTitle')}
        description={t('intake.form.description')}
        icon={<ThemeIcon variant="light" size={40} radius="md"><IconUserPlus size={22} stroke={1.6} /></ThemeIcon>}
        actions={<Button component={Link} to={back} variant="subtle" leftSection={<IconArrowLeft size={16} />}>{t('common.back')}</Button>}
      />
      {applicationId && !existing.data ? (
        existing.error ? <FormAlert messages={[existing.error.message]} /> : <Center py="xl"><Loader /></Center>
      ) : (
        <Form applicationId={applicationId} initial={existing.data ? applicationToForm(existing.data) : emptyApplication()} back={back} />
      )}
    </>
  );
}

function Form({ applicationId, initial, back }: { applicationId?: number; initial: ApplicationFormValues; back: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useRegisterApplication();
  const update = useUpdateApplication();
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<ApplicationFormValues, unknown, ApplicationFormOutput>({ resolver: zodResolver(ApplicationForm), mode: 'onTouched', defaultValues: initial });

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    try {
      const saved = applicationId ? await update.mutateAsync({ id: applicationId, application: values }) : await create.mutateAsync({ application: values });
      notifySuccess(applicationId ? t('intake.form.saved', { name: saved.fullName }) : t('intake.form.created', { name: saved.fullName, no: saved.applicationNo }));
      navigate(`/intake/applicants/${saved.id}`, { replace: true });
    } catch (error) {
      setFormError(applyFieldErrors(error, form.setError, { mapKey: applicationKeyMapper }).unmatched);
    }
  });

  const section = (key: keyof typeof SECTION_ICONS, body: ReactNode) => {
    const Icon = SECTION_ICONS[key];
    return (
      <FormSection id={`section-${key}`} title={t(`intake.form.sections.${key}`)} icon={<Icon size={18} />}>
        {body}
      </FormSection>
    );
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={980}>
          <FormAlert messages={formError} />
          {section('identity', <IdentityFields />)}
          {section('referral', <ReferralFields />)}
          {section('origin', <OriginFields />)}
          {section('category', <CategoryFields />)}
          {section('guardians', <GuardiansFields />)}
          {section(
            'notes',
            <Stack gap="sm">
              <Textarea label={t('intake.form.healthNotes')} autosize minRows={2} {...form.register('healthNotes')} error={form.formState.errors.healthNotes?.message} />
              <Textarea label={t('intake.form.notes')} autosize minRows={2} {...form.register('notes')} error={form.formState.errors.notes?.message} />
            </Stack>,
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={back}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending || update.isPending} leftSection={<IconDeviceFloppy size={16} />}>
              {applicationId ? t('intake.form.save') : t('intake.form.saveCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}

const SECTION_ICONS = { identity: IconId, referral: IconUserShare, origin: IconMapPin, category: IconCategory, guardians: IconUsersGroup, notes: IconNotes } as const;
