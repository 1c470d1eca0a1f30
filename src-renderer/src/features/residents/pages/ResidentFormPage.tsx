import { Button, Center, Loader, ThemeIcon } from '@mantine/core';
import { IconArrowLeft, IconUserEdit, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AccessDenied } from '../../../components/AccessDenied';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { ResidentForm } from '../components/ResidentForm';
import { residentQuery } from '../hooks';
import { residentPermissions } from '../permissions';
import { emptyResident, residentToForm } from '../resident-form';

/** `/residents/new` registers a resident; `/residents/:id/edit` edits one. */
export function ResidentFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const residentId = id ? Number(id) : undefined;
  const role = useCurrentSession().user.role;
  const can = residentPermissions(role);
  const resident = useQuery({ ...residentQuery(residentId ?? 0), enabled: !!residentId && can.canEdit });

  const back = () => navigate(residentId ? `/residents/${residentId}/profile` : '/residents');
  const header = (
    <PageHeader
      title={residentId ? t('residents.form.editTitle', { name: resident.data?.fullName ?? '…' }) : t('residents.form.createTitle')}
      description={residentId ? t('residents.form.editDescription', { no: resident.data?.registrationNo ?? '…' }) : t('residents.form.createDescription')}
      icon={
        <ThemeIcon variant="light" size={40} radius="md">
          {residentId ? <IconUserEdit size={22} stroke={1.6} /> : <IconUserPlus size={22} stroke={1.6} />}
        </ThemeIcon>
      }
      actions={
        <Button component={Link} to={residentId ? `/residents/${residentId}/profile` : '/residents'} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          {t('common.back')}
        </Button>
      }
    />
  );

  if (!(residentId ? can.canEdit : can.canRegister)) {
    return (
      <>
        {header}
        <AccessDenied area={t('areas.residents.title')} role={t(`roles.${role}`)} />
      </>
    );
  }
  if (residentId && resident.isLoading) {
    return (
      <>
        {header}
        <Center h={320}>
          <Loader size="sm" />
        </Center>
      </>
    );
  }
  if (residentId && !resident.data) {
    return (
      <>
        {header}
        <FormAlert messages={[resident.error?.message ?? t('residents.form.notFound')]} />
      </>
    );
  }

  return (
    <>
      {header}
      <ResidentForm
        key={residentId ?? 'new'}
        residentId={residentId}
        initial={resident.data ? residentToForm(resident.data) : emptyResident()}
        hidden={resident.data?.hiddenFields ?? can.hiddenFields}
        onCancel={back}
      />
    </>
  );
}
