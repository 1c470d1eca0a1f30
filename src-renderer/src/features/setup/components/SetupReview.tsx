import { Box, Button, Divider, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_TIME_ZONE, HOME_TYPE_NAMES, type SetupInput, ZONE_ABBREVIATION } from '@contract';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../components/InfoList';
import { formatNip } from '../../../lib/format';

function Section({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">
          {title}
        </Title>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPencil size={14} />} onClick={onEdit}>
          {t('common.edit')}
        </Button>
      </Group>
      {children}
    </Paper>
  );
}

/** Everything the wizard will save, with a way back to each step. */
export function SetupReview({ goTo }: { goTo: (step: number) => void }) {
  const { t } = useTranslation();
  const { getValues } = useFormContext<SetupInput>();
  const { home, admin } = getValues();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('setup.review.intro')}
      </Text>
      <Section title={t('setup.steps.home')} onEdit={() => goTo(0)}>
        <Group align="flex-start" wrap="nowrap" gap="lg">
          {home.logoDataUrl ? <Image src={home.logoDataUrl} alt={t('home.logo')} w={72} h={72} fit="contain" /> : null}
          <Box style={{ flex: 1 }}>
            <InfoList
              items={[
                { label: t('home.name'), value: home.name, wide: true },
                { label: t('home.type'), value: home.type ? HOME_TYPE_NAMES[home.type] : '', wide: true },
                { label: t('home.address'), value: home.address, wide: true },
                { label: t('home.province'), value: home.province },
                { label: t('home.regency'), value: home.regency },
                { label: t('home.phone'), value: home.phone },
                { label: t('home.email'), value: home.email },
                { label: t('home.capacity'), value: home.capacity == null ? '—' : String(home.capacity) },
                { label: t('home.timeZone'), value: t(`home.zones.${ZONE_ABBREVIATION[home.timeZone ?? DEFAULT_TIME_ZONE]}`), wide: true },
              ]}
            />
          </Box>
        </Group>
      </Section>
      <Section title={t('setup.steps.officials')} onEdit={() => goTo(1)}>
        <InfoList
          items={[
            { label: t('home.headName'), value: home.headName },
            { label: t('home.headNip'), value: formatNip(home.headNip) },
            { label: t('home.financeName'), value: home.financeName },
            { label: t('home.financeNip'), value: formatNip(home.financeNip) },
          ]}
        />
      </Section>
      <Section title={t('setup.steps.admin')} onEdit={() => goTo(2)}>
        <InfoList
          items={[
            { label: t('setup.admin.scope'), value: t(`setup.admin.scope_${admin.scope}`), wide: true },
            { label: t('auth.username'), value: admin.username.trim().toLowerCase() },
            { label: t('users.fullName'), value: admin.fullName },
          ]}
        />
        <Divider my="sm" />
        <Text size="xs" c="dimmed">
          {t('setup.review.passwordNote')}
        </Text>
      </Section>
    </Stack>
  );
}
