import { Box, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '@contract';
import { AREAS, canOpen, type Area } from '../areas';

function isActive(area: Area, pathname: string): boolean {
  return area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`);
}

/** Every area of the product the role uses, grouped as the home works: main, daily services, administration. */
export function Navigation({ role, footer, onNavigate }: { role: Role; footer: React.ReactNode; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const visible = AREAS.filter((a) => canOpen(a, role));
  const daily = visible.filter((a) => a.group === 'daily');
  const admin = visible.filter((a) => a.group === 'admin');
  const main = visible.filter((a) => a.group === 'main');
  const dailyIndex = main.findIndex((a) => a.key === 'training');

  const link = (area: Area, nested = false) => {
    const Icon = area.icon;
    return (
      <NavLink
        key={area.key}
        component={Link}
        to={area.path}
        onClick={onNavigate}
        label={t(`areas.${area.key}.title`)}
        leftSection={<Icon size={19} stroke={1.6} />}
        active={isActive(area, pathname)}
        variant="light"
        pl={nested ? 'lg' : undefined}
        style={{ borderRadius: 8 }}
        fw={500}
      />
    );
  };

  const sectionLabel = (text: string) => (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.6} px="sm" pt="md" pb={4}>
      {text}
    </Text>
  );

  const before = dailyIndex === -1 ? main : main.slice(0, dailyIndex);
  const after = dailyIndex === -1 ? [] : main.slice(dailyIndex);

  return (
    <Stack h="100%" gap={0} justify="space-between">
      <ScrollArea type="scroll" style={{ flex: 1 }}>
        <Box component="nav" aria-label={t('nav.label')} p="sm">
          {before.map((a) => link(a))}
          {daily.length > 0 ? (
            <>
              {sectionLabel(t('nav.daily'))}
              {daily.map((a) => link(a, true))}
              <Box h={8} />
            </>
          ) : null}
          {after.map((a) => link(a))}
          {admin.length > 0 ? (
            <>
              {sectionLabel(t('nav.admin'))}
              {admin.map((a) => link(a))}
            </>
          ) : null}
        </Box>
      </ScrollArea>
      <Box p="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        {footer}
      </Box>
    </Stack>
  );
}
