import { Button, Group, Menu } from '@mantine/core';
import type { ResidentDetail } from '@contract';
import { IconChevronDown, IconDoorExit, IconFlower, IconPencil, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentSession } from '../../auth/hooks';
import { residentPermissions } from '../permissions';
import { StatusChangeModal, type StatusChangeKind } from './StatusChangeModal';

/** Edit, and the status changes the role may make in the resident's current status. */
export function ResidentActions({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const can = residentPermissions(role);
  const [kind, setKind] = useState<StatusChangeKind | null>(null);
  const byHead = role === 'head';
  const active = resident.status === 'active';
  const statusItems = can.canChangeStatus && resident.status !== 'deceased';

  return (
    <Group gap="xs" wrap="nowrap">
      {can.canEdit ? (
        <Button component={Link} to={`/residents/${resident.id}/edit`} variant="default" leftSection={<IconPencil size={16} />}>
          {t('residents.actions.edit')}
        </Button>
      ) : null}
      {statusItems ? (
        <Menu position="bottom-end" shadow="md" width={230}>
          <Menu.Target>
            <Button variant="light" rightSection={<IconChevronDown size={16} />} data-testid="resident-actions">
              {t('residents.actions.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {active ? (
              <>
                <Menu.Item leftSection={<IconDoorExit size={16} />} disabled={!!resident.pendingExit} onClick={() => setKind('exit')}>
                  {byHead ? t('residents.actions.discharge') : t('residents.actions.requestExit')}
                </Menu.Item>
                <Menu.Item leftSection={<IconFlower size={16} />} onClick={() => setKind('death')}>
                  {t('residents.actions.death')}
                </Menu.Item>
              </>
            ) : (
              <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => setKind('readmit')}>
                {t('residents.actions.readmit')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {kind ? <StatusChangeModal kind={kind} resident={resident} byHead={byHead} onClose={() => setKind(null)} /> : null}
    </Group>
  );
}
