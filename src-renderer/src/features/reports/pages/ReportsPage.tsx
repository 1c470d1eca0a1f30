import { Badge, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconReportAnalytics } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { canOpenReport, REPORT_GROUPS, type BuiltReport } from '../catalogue';

function ReportCard({ report }: { report: BuiltReport }) {
  const { t } = useTranslation();
  const Icon = report.icon;
  return (
    <UnstyledButton component={Link} to={report.path} data-testid={`report-${report.key}`} aria-label={t(`reports.catalogue.reports.${report.key}.title`)}>
      <Card withBorder radius="md" padding="lg" h="100%" style={{ cursor: 'pointer' }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Group align="flex-start" wrap="nowrap" gap="md">
            <ThemeIcon variant="light" radius="md" size={40}>
              <Icon size={22} stroke={1.6} />
            </ThemeIcon>
            <Stack gap={4}>
              <Text fw={650}>{t(`reports.catalogue.reports.${report.key}.title`)}</Text>
              <Text size="sm" c="dimmed">
                {t(`reports.catalogue.reports.${report.key}.description`)}
              </Text>
              <Group gap={6} mt={4}>
                <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
                  {t('reports.catalogue.formats')}
                </Badge>
                <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
                  A4 · F4
                </Badge>
              </Group>
            </Stack>
          </Group>
          <IconChevronRight size={20} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0, marginTop: 10 }} />
        </Group>
      </Card>
    </UnstyledButton>
  );
}

/** The reports that exist, grouped, for the roles that may open them. */
export function ReportsPage() {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const groups = REPORT_GROUPS.map((g) => ({ ...g, reports: g.reports.filter((r) => canOpenReport(r, role)) })).filter((g) => g.reports.length > 0);

  return (
    <>
      <PageHeader
        title={t('areas.reports.title')}
        description={t('reports.catalogue.description')}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconReportAnalytics size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <Stack gap="xl">
        {groups.length === 0 ? (
          <Paper withBorder radius="md" py={48} px="xl" data-testid="reports-none">
            <EmptyState icon={<IconReportAnalytics size={26} stroke={1.6} />} withIndicatorBackground maw={560} mx="auto">
              <EmptyState.Title order={2}>{t('reports.catalogue.noneTitle')}</EmptyState.Title>
              <EmptyState.Description>{t('reports.catalogue.noneDescription', { role: t(`roles.${role}`) })}</EmptyState.Description>
            </EmptyState>
          </Paper>
        ) : (
          groups.map((group) => (
            <Stack key={group.key} gap="sm" component="section" aria-labelledby={`report-group-${group.key}`}>
              <Title order={3} fz="md" fw={650} id={`report-group-${group.key}`}>
                {t(`reports.catalogue.groups.${group.key}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {group.reports.map((r) => (
                  <ReportCard key={r.key} report={r} />
                ))}
              </SimpleGrid>
            </Stack>
          ))
        )}

      </Stack>
    </>
  );
}
