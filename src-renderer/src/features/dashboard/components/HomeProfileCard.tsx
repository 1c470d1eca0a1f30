import { Badge, Button, Center, Group, Image, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { HOME_TYPE_NAMES, type Home } from '@contract';
import { IconBuildingCommunity, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InfoList } from '../../../components/InfoList';
import { formatNip } from '../../../lib/format';
import { DashboardCard } from './DashboardCard';

/** The active home as its letterhead will show it. */
export function HomeProfileCard({ home, loading, canEdit }: { home: Home | undefined; loading: boolean; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <DashboardCard
      title={t('dashboard.home.title')}
      icon={<IconBuildingCommunity size={18} />}
      action={
        canEdit ? (
          <Button component={Link} to="/settings/profile" variant="subtle" size="compact-sm" leftSection={<IconPencil size={14} />}>
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {loading || !home ? (
        <Center h={160}>{loading ? <Loader size="sm" /> : <Text c="dimmed">{t('shell.noActiveHome')}</Text>}</Center>
      ) : (
        <Stack gap="lg">
          <Group wrap="nowrap" align="center" gap="lg">
            {home.logoDataUrl ? (
              <Image src={home.logoDataUrl} alt={t('home.logo')} w={72} h={72} fit="contain" />
            ) : (
              <ThemeIcon size={72} radius="md" variant="light" color="gray">
                <IconBuildingCommunity size={36} stroke={1.4} />
              </ThemeIcon>
            )}
            <Stack gap={4}>
              <Title order={3} fz={20} fw={650} data-testid="home-name">
                {home.name}
              </Title>
              <Group gap={6}>
                <Badge variant="light" radius="sm" tt="none">
                  {HOME_TYPE_NAMES[home.type]}
                </Badge>
                {!home.active ? (
                  <Badge color="orange" variant="light" radius="sm" tt="none">
                    {t('common.inactive')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {home.address} · {home.regency}, {home.province}
              </Text>
            </Stack>
          </Group>
          <InfoList
            items={[
              { label: t('home.headName'), value: home.headName },
              { label: t('home.headNip'), value: formatNip(home.headNip) },
              { label: t('home.financeName'), value: home.financeName },
              { label: t('home.financeNip'), value: formatNip(home.financeNip) },
              { label: t('home.phone'), value: home.phone },
              { label: t('home.email'), value: home.email },
            ]}
          />
        </Stack>
      )}
    </DashboardCard>
  );
}
