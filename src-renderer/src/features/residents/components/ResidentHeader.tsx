import { Alert, Badge, Box, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import type { ResidentDetail } from '@contract';
import { IconAlertTriangle, IconBed, IconCalendarEvent, IconCategory, IconCheck, IconClockPause, IconHash, IconToolsKitchen2, IconUser, IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { pmksLabel, STATUS_COLORS, useReference } from '../labels';
import { DecideExitModal } from './DecideExitModal';
import { ResidentActions } from './ResidentActions';
import { homeNowDayjs } from '../../../lib/home-clock';

function Meta({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" c="dark.4" data-testid={testId}>
      {icon}
      <Text size="sm" component="span">
        {children}
      </Text>
    </Group>
  );
}

const ageOf = (birthDate: string | null) => (birthDate ? homeNowDayjs().diff(dayjs(birthDate), 'year') : null);

/** Who this is at a glance: photo, name, status, age, room, PMKS; allergy and diet alerts; a pending discharge. */
export function ResidentHeader({ resident, canDecide }: { resident: ResidentDetail; canDecide: boolean }) {
  const { t } = useTranslation();
  const ref = useReference();
  const [deciding, setDeciding] = useState<boolean | null>(null);
  const age = ageOf(resident.birthDate);
  const pending = resident.pendingExit;

  const dateLine =
    resident.status === 'active'
      ? t('residents.detail.admitted', { date: formatDate(resident.admissionDate) })
      : t(resident.status === 'deceased' ? 'residents.detail.died' : 'residents.detail.exited', { date: formatDate(resident.exitDate) });

  return (
    <Paper withBorder radius="md" p="lg" mb="lg">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Box
          w={96}
          h={120}
          style={{ borderRadius: 10, overflow: 'hidden', flexShrink: 0, background: 'var(--mantine-color-brand-0)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        >
          {resident.photoDataUrl ? (
            <Image src={resident.photoDataUrl} alt={t('residents.detail.photoAlt', { name: resident.fullName })} w={96} h={120} fit="cover" />
          ) : (
            <IconUser size={44} stroke={1.3} color="var(--mantine-color-brand-4)" />
          )}
        </Box>
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
            <Stack gap={2} miw={0}>
              <Group gap={10} wrap="wrap" align="center">
                <Title order={2} fz={24} fw={650} data-testid="resident-name">
                  {resident.fullName}
                </Title>
                <Badge size="lg" variant="light" color={STATUS_COLORS[resident.status]} tt="none" data-testid="resident-status">
                  {ref.status[resident.status]}
                </Badge>
              </Group>
              {resident.nickname ? (
                <Text size="sm" c="dimmed">
                  “{resident.nickname}”
                </Text>
              ) : null}
            </Stack>
            <ResidentActions resident={resident} />
          </Group>
          <Group gap="lg" style={{ rowGap: 6 }} wrap="wrap">
            <Meta icon={<IconHash size={15} />} testId="resident-regno">{resident.registrationNo}</Meta>
            <Meta icon={<IconUser size={15} />}>
              {ref.sex[resident.sex]}
              {age != null ? ` · ${t('residents.detail.years', { age })}` : ''}
            </Meta>
            <Meta icon={<IconBed size={15} />}>{resident.room ?? t('residents.detail.noRoom')}</Meta>
            <Meta icon={<IconCategory size={15} />}>{pmksLabel(ref, resident.pmksCategory)}</Meta>
            <Meta icon={<IconCalendarEvent size={15} />}>{dateLine}</Meta>
          </Group>
        </Stack>
      </Group>

      {resident.allergies || resident.specialDiet ? (
        <Group gap="sm" mt="md" wrap="wrap" data-testid="diet-alert">
          {resident.allergies ? (
            <Badge size="lg" color="red" variant="light" tt="none" fw={600} leftSection={<IconAlertTriangle size={14} />} style={{ height: 'auto', whiteSpace: 'normal', paddingBlock: 4 }}>
              {t('residents.detail.allergyAlert', { text: resident.allergies })}
            </Badge>
          ) : null}
          {resident.specialDiet ? (
            <Badge size="lg" color="orange" variant="light" tt="none" fw={600} leftSection={<IconToolsKitchen2 size={14} />} style={{ height: 'auto', whiteSpace: 'normal', paddingBlock: 4 }}>
              {t('residents.detail.dietAlert', { text: resident.specialDiet })}
            </Badge>
          ) : null}
        </Group>
      ) : null}

      {pending ? (
        <Alert mt="md" color="yellow" variant="light" icon={<IconClockPause size={20} />} title={t('residents.detail.pendingTitle')} data-testid="pending-exit">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Text size="sm" maw={640}>
              {t('residents.detail.pendingBody', {
                type: pending.exitType ? ref.exitType[pending.exitType] : '—',
                date: formatDate(pending.effectiveDate),
                by: pending.requestedBy ?? '—',
                reason: pending.reason,
              })}
            </Text>
            {canDecide ? (
              <Group gap="xs">
                <Button size="xs" color="teal" leftSection={<IconCheck size={14} />} onClick={() => setDeciding(true)}>
                  {t('residents.detail.approve')}
                </Button>
                <Button size="xs" color="red" variant="light" leftSection={<IconX size={14} />} onClick={() => setDeciding(false)}>
                  {t('residents.detail.reject')}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {pending && deciding !== null ? (
        <DecideExitModal change={pending} residentName={resident.fullName} approve={deciding} onClose={() => setDeciding(null)} />
      ) : null}
    </Paper>
  );
}
