import { Button, Group, Menu } from '@mantine/core';
import type { ResidentDetail } from '@contract';
import { IconChevronDown, IconDoorExit, IconFlower, IconHomeMove, IconPencil, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { areaByKey, canOpen } from '../../../app/areas';
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
  const navigate = useNavigate();
  // Repatriations and deaths are recorded with their full record (receiver, funeral, costs) in the exits area,
  // through the same status lifecycle; a role without that area keeps the short death form.
  const exitsArea = canOpen(areaByKey('exits'), role);
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
                {exitsArea ? (
                  <Menu.Item leftSection={<IconHomeMove size={16} />} disabled={!!resident.pendingExit} onClick={() => navigate(`/exits/new/repatriation?resident=${resident.id}`)}>
                    {t('residents.actions.repatriation')}
                  </Menu.Item>
                ) : null}
                <Menu.Item
                  leftSection={<IconFlower size={16} />}
                  onClick={() => (exitsArea ? navigate(`/exits/new/death?resident=${resident.id}`) : setKind('death'))}
                >
                  {exitsArea ? t('residents.actions.deathRecord') : t('residents.actions.death')}
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
