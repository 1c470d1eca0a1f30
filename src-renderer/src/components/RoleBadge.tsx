import { Badge } from '@mantine/core';
import type { Role } from '@contract';
import { useTranslation } from 'react-i18next';

export const ROLE_COLORS: Record<Role, string> = {
  province_admin: 'grape',
  admin: 'indigo',
  head: 'teal',
  caregiver: 'orange',
  finance: 'cyan',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={ROLE_COLORS[role]} radius="sm" tt="none" fw={600}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
