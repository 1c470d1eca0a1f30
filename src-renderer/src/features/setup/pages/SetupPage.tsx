import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Container, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { SetupInput } from '@contract';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../../components/Brand';
import { FormAlert } from '../../../components/FormAlert';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { STATUS_KEY } from '../../../lib/query';
import { rememberUsername } from '../../auth/names';
import { HomeIdentityFields } from '../../homes/components/HomeIdentityFields';
import { HomeOfficialsFields } from '../../homes/components/HomeOfficialsFields';
import { emptyHomeProfile, IDENTITY_FIELDS, OFFICIALS_FIELDS } from '../../homes/home-form';
import { ADMIN_FIELDS, AdminStep } from '../components/AdminStep';
import { SetupReview } from '../components/SetupReview';
import { useCompleteSetup } from '../hooks';

const STEP_FIELDS: readonly (readonly string[])[] = [IDENTITY_FIELDS, OFFICIALS_FIELDS, ADMIN_FIELDS, []];
const ALL_FIELDS = STEP_FIELDS.flat();
const LAST_STEP = STEP_FIELDS.length - 1;

const stepOf = (field: string) => Math.max(0, STEP_FIELDS.findIndex((fields) => fields.includes(field)));

/** The first error in `errors` in the order the wizard asks for fields. */
function firstErrorField(errors: FieldErrors<SetupInput>): string | undefined {
  const at = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], errors);
  return ALL_FIELDS.find((f) => at(f) !== undefined);
}

/** First run: the home's profile, its signing officials, the first administrator, then a review. */
export function SetupPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const complete = useCompleteSetup();
  const [active, setActive] = useState(0);
  const [formError, setFormError] = useState<string[]>([]);
  const form = useForm<SetupInput>({
    resolver: zodResolver(SetupInput),
    mode: 'onTouched',
    defaultValues: {
      home: emptyHomeProfile(),
      admin: { scope: 'home', username: '', fullName: '', password: '', passwordConfirm: '' },
    },
  });

  const next = async () => {
    const fields = STEP_FIELDS[active] ?? [];
    const valid = await form.trigger(fields as Parameters<typeof form.trigger>[0], { shouldFocus: true });
    if (valid) {
      setActive((s) => Math.min(LAST_STEP, s + 1));
      return;
    }
    // Mark the step's fields touched so each error clears as soon as it is fixed (not only on blur, which
    // would shift the layout under the pointer when the user clicks the next field).
    for (const field of fields as FieldPath<SetupInput>[]) {
      form.setValue(field, form.getValues(field), { shouldTouch: true });
    }
  };

  const finish = form.handleSubmit(
    async (values) => {
      setFormError([]);
      try {
        const result = await complete.mutateAsync(values);
        rememberUsername(result.username);
        notifySuccess(t('setup.done.message'), t('setup.done.title'));
        await qc.invalidateQueries({ queryKey: STATUS_KEY });
      } catch (error) {
        const { applied, unmatched } = applyFieldErrors(error, form.setError, { fields: ALL_FIELDS });
        setFormError(unmatched);
        if (applied[0]) setActive(stepOf(applied[0]));
      }
    },
    (errors) => {
      const field = firstErrorField(errors);
      if (field) setActive(stepOf(field));
    },
  );

  const stepIntro = [t('setup.intro.home'), t('setup.intro.officials'), t('setup.intro.admin')];

  return (
    <Box mih="100vh" bg="gray.0">
      <Box bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={920} py="sm">
          <Group justify="space-between">
            <Brand withTagline />
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container size={920} py="xl">
        <Stack gap={4} mb="lg">
          <Title order={1} fz={26} fw={650}>
            {t('setup.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('setup.description')}
          </Text>
        </Stack>
        <FormProvider {...form}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (active === LAST_STEP) void finish(e);
              else void next();
            }}
          >
            <Paper withBorder radius="md" p="xl" shadow="xs">
              <Stepper active={active} onStepClick={(s) => s < active && setActive(s)} size="sm" mb="xl">
                <Stepper.Step label={t('setup.steps.home')} description={t('setup.stepsHint.home')} />
                <Stepper.Step label={t('setup.steps.officials')} description={t('setup.stepsHint.officials')} />
                <Stepper.Step label={t('setup.steps.admin')} description={t('setup.stepsHint.admin')} />
                <Stepper.Step label={t('setup.steps.review')} description={t('setup.stepsHint.review')} />
              </Stepper>
              <Stack gap="md">
                {active < LAST_STEP ? (
                  <Text size="sm" c="dimmed">
                    {stepIntro[active]}
                  </Text>
                ) : null}
                <FormAlert messages={formError} />
                {active === 0 ? <HomeIdentityFields /> : null}
                {active === 1 ? <HomeOfficialsFields /> : null}
                {active === 2 ? <AdminStep /> : null}
                {active === 3 ? <SetupReview goTo={setActive} /> : null}
              </Stack>
              <Group justify="space-between" mt="xl" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                <Button
                  variant="default"
                  leftSection={<IconArrowLeft size={16} />}
                  onClick={() => setActive((s) => Math.max(0, s - 1))}
                  disabled={active === 0}
                >
                  {t('common.back')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('setup.stepOf', { step: active + 1, total: LAST_STEP + 1 })}
                </Text>
                {active < LAST_STEP ? (
                  <Button type="submit" rightSection={<IconArrowRight size={16} />}>
                    {t('common.next')}
                  </Button>
                ) : (
                  <Button type="submit" color="teal" leftSection={<IconCheck size={16} />} loading={complete.isPending}>
                    {t('setup.finish')}
                  </Button>
                )}
              </Group>
            </Paper>
          </form>
        </FormProvider>
      </Container>
    </Box>
  );
}
