import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Grid, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { DuplicateMatch, SensitiveField } from '@contract';
import {
  IconAlertCircle,
  IconCategory,
  IconDeviceFloppy,
  IconHeartbeat,
  IconId,
  IconMapPin,
  IconNotes,
  IconPhoto,
  IconUsersGroup,
  IconUserShare,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { duplicatesBehind } from '../duplicates';
import { useCreateResident, useUpdateResident } from '../hooks';
import { ResidentForm as ResidentFormSchema, residentKeyMapper, type ResidentFormOutput, type ResidentFormValues } from '../resident-form';
import { AdmissionFields } from './AdmissionFields';
import { FormContents } from './FormContents';
import { FormSection } from './FormSection';
import { GuardiansFields } from './GuardiansFields';
import { HealthFields } from './HealthFields';
import { CategoryFields } from './identity/CategoryFields';
import { IdentityFields } from './identity/IdentityFields';
import { OriginFields } from './identity/OriginFields';
import { PhotoInput } from './PhotoInput';
import { ResidentLink, SimilarPanel } from './SimilarPanel';

export const SECTIONS = ['identity', 'origin', 'category', 'admission', 'health', 'guardians', 'photo', 'notes'] as const;

const ICONS = {
  identity: IconId,
  origin: IconMapPin,
  category: IconCategory,
  admission: IconUserShare,
  health: IconHeartbeat,
  guardians: IconUsersGroup,
  photo: IconPhoto,
  notes: IconNotes,
} as const;

interface ResidentFormProps {
  /** The resident being edited; absent when registering. */
  residentId?: number;
  initial: ResidentFormValues;
  hidden: readonly SensitiveField[];
  onCancel: () => void;
}

/** Register or edit a resident: the sections of the file, live NIK checks, duplicate guard, errors at their fields. */
export function ResidentForm({ residentId, initial, hidden, onCancel }: ResidentFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateResident();
  const update = useUpdateResident();
  const saving = create.isPending || update.isPending;
  const [formError, setFormError] = useState<string[]>([]);
  const [nikMatch, setNikMatch] = useState<DuplicateMatch | null>(null);
  const [similar, setSimilar] = useState<DuplicateMatch[]>([]);
  const similarRef = useRef<HTMLDivElement>(null);
  const form = useForm<ResidentFormValues, unknown, ResidentFormOutput>({
    resolver: zodResolver(ResidentFormSchema),
    mode: 'onTouched',
    defaultValues: initial,
  });

  // A duplicate warning no longer holds once the name, birth date or NIK it was about changes.
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        name: ['fullName', 'birthDate', 'nik'],
        formState: { values: true },
        callback: ({ name }) => {
          if (name === 'nik') setNikMatch(null);
          else if (name === 'fullName' || name === 'birthDate') setSimilar([]);
        },
      }),
    [subscribe],
  );

  useEffect(() => {
    if (similar.length) similarRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [similar]);

  const save = (acknowledgeSimilar: boolean) =>
    form.handleSubmit(
      async (values) => {
        setFormError([]);
        setNikMatch(null);
        setSimilar([]);
        try {
          const saved = residentId
            ? await update.mutateAsync({ id: residentId, resident: values, acknowledgeSimilar })
            : await create.mutateAsync({ resident: values, acknowledgeSimilar });
          notifySuccess(residentId ? t('residents.form.saved', { name: saved.fullName }) : t('residents.form.created', { name: saved.fullName, no: saved.registrationNo }));
          navigate(`/residents/${saved.id}/profile`, { replace: true });
        } catch (error) {
          if (error instanceof ApiError && error.code === 'CONFLICT') {
            const found = await duplicatesBehind(error, values, residentId).catch(() => null);
            if (found?.nikMatch) {
              setNikMatch(found.nikMatch);
              form.setError('nik', { type: 'server', message: error.fieldErrors['resident.nik'] ?? error.fieldErrors.nik ?? error.message }, { shouldFocus: true });
              return;
            }
            if (found?.similar.length) {
              setSimilar(found.similar);
              return;
            }
          }
          setFormError(applyFieldErrors(error, form.setError, { mapKey: residentKeyMapper }).unmatched);
        }
      },
      () => setFormError([]),
    );

  const errorCount = Object.keys(form.formState.errors).length;

  return (
    <FormProvider {...form}>
      <form onSubmit={save(false)} noValidate>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <Stack gap="lg">
              {similar.length ? <SimilarPanel ref={similarRef} matches={similar} saving={saving} onSaveAnyway={() => void save(true)()} /> : null}
              <FormAlert messages={formError} />
              {SECTIONS.map((key) => {
                const Icon = ICONS[key];
                return (
                  <FormSection key={key} id={`section-${key}`} title={t(`residents.form.sections.${key}`)} hint={t(`residents.form.sectionHints.${key}`)} icon={<Icon size={18} />}>
                    {key === 'identity' ? <IdentityFields nikConflict={nikMatch ? <ResidentLink match={nikMatch} label={t('residents.hints.nikTaken')} /> : null} /> : null}
                    {key === 'origin' ? <OriginFields /> : null}
                    {key === 'category' ? <CategoryFields /> : null}
                    {key === 'admission' ? <AdmissionFields /> : null}
                    {key === 'health' ? <HealthFields hidden={hidden} /> : null}
                    {key === 'guardians' ? <GuardiansFields /> : null}
                    {key === 'photo' ? <PhotoInput /> : null}
                    {key === 'notes' ? (
                      <Textarea aria-label={t('residents.fields.notes')} autosize minRows={3} {...form.register('notes')} error={form.formState.errors.notes?.message} />
                    ) : null}
                  </FormSection>
                );
              })}
            </Stack>
          </Grid.Col>
          <Grid.Col span={3} visibleFrom="lg">
            <Box pos="sticky" top={84}>
              <FormContents />
            </Box>
          </Grid.Col>
        </Grid>
        <Paper
          withBorder
          radius="md"
          shadow="md"
          px="lg"
          py="sm"
          mt="lg"
          pos="sticky"
          bottom={12}
          style={{ zIndex: 5 }}
          data-testid="form-actions"
        >
          <Group justify="space-between" wrap="nowrap">
            {errorCount > 0 ? (
              <Group gap={6} c="red.7" wrap="nowrap">
                <IconAlertCircle size={16} />
                <Text size="sm" fw={500}>
                  {t('residents.form.fixErrors')}
                </Text>
              </Group>
            ) : (
              <span />
            )}
            <Group gap="sm" wrap="nowrap">
              <Button variant="default" onClick={onCancel} disabled={saving}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
                {residentId ? t('residents.form.save') : t('residents.form.saveCreate')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </form>
    </FormProvider>
  );
}
