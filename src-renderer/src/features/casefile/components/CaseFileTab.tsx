import { Alert, Button, Center, Grid, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { InterventionPlan, PlanGoal, ResidentDetail } from '@contract';
import { IconFilePlus, IconLock } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { caseFileQuery, stagesQuery, useSubmitPlan } from '../hooks';
import { AssessmentsSection } from './AssessmentsSection';
import { PlanCard } from './PlanCard';
import { DecidePlanModal, ProgressModal } from './PlanDialogs';
import { PlanEditorModal } from './PlanEditorModal';
import { SetStageModal } from './SetStageModal';
import { StagePath } from './StagePath';

/** The rehabilitation case file: stage path, intervention plans (with the head's decision and progress), assessments. */
export function CaseFileTab({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const file = useQuery(caseFileQuery(resident.id));
  const stages = useQuery(stagesQuery());
  const submitPlan = useSubmitPlan();
  // Beside the plans on a wide window (Mantine's lg breakpoint); above them, folded, on a narrow one.
  const wide = useMediaQuery('(min-width: 75em)', true);
  const [moving, setMoving] = useState(false);
  const [editing, setEditing] = useState<{ plan?: InterventionPlan } | null>(null);
  const [submitting, setSubmitting] = useState<InterventionPlan | null>(null);
  const [decision, setDecision] = useState<{ plan: InterventionPlan; approve: boolean } | null>(null);
  const [progress, setProgress] = useState<{ plan: InterventionPlan; goal: PlanGoal } | null>(null);

  if (file.isLoading) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (!file.data) return <FormAlert messages={[file.error?.message ?? t('casefile.loadFailed')]} />;
  const data = file.data;

  const confirmSubmit = () => {
    if (!submitting) return;
    submitPlan.mutate(submitting.id, {
      onSuccess: () => notifySuccess(t('casefile.plan.submitted')),
      onError: notifyError,
      onSettled: () => setSubmitting(null),
    });
  };

  return (
    <Stack gap="md">
      {data.residentStatus !== 'active' ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          {t('casefile.closed')}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <StagePath file={data} stages={stages.data} compact={!wide} onMove={data.can.setStage && stages.data ? () => setMoving(true) : undefined} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plans-title" data-testid="plans">
              <Group justify="space-between" mb="sm" gap="xs">
                <Text id="plans-title" fw={650}>
                  {t('casefile.plan.title')}
                </Text>
                {data.can.createPlan ? (
                  <Button size="compact-sm" variant="light" leftSection={<IconFilePlus size={16} />} onClick={() => setEditing({})}>
                    {t('casefile.plan.new')}
                  </Button>
                ) : null}
              </Group>
              {data.plans.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('casefile.plan.none')}
                </Text>
              ) : (
                <Stack gap="md">
                  {data.plans.map((plan) => (
                    <PlanCard
                      key={plan.id}
                      plan={plan}
                      onEdit={() => setEditing({ plan })}
                      onSubmit={() => setSubmitting(plan)}
                      onDecide={(approve) => setDecision({ plan, approve })}
                      onProgress={(goal) => setProgress({ plan, goal })}
                    />
                  ))}
                </Stack>
              )}
            </Paper>
            <AssessmentsSection file={data} />
          </Stack>
        </Grid.Col>
      </Grid>

      {stages.data ? <SetStageModal opened={moving} file={data} stages={stages.data} onClose={() => setMoving(false)} /> : null}
      <PlanEditorModal editing={editing} residentId={resident.id} onClose={() => setEditing(null)} />
      <DecidePlanModal decision={decision} onClose={() => setDecision(null)} />
      <ProgressModal target={progress} onClose={() => setProgress(null)} />
      <ConfirmModal
        opened={submitting !== null}
        title={t('casefile.plan.submitTitle')}
        message={t('casefile.plan.submitMessage')}
        confirmLabel={t('casefile.plan.submit')}
        color="brand"
        loading={submitPlan.isPending}
        onConfirm={confirmSubmit}
        onClose={() => setSubmitting(null)}
      />
    </Stack>
  );
}
