import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '@contract';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { notifyError, notifySuccess } from '../../components/notify';
import { useSwitchHome } from '../../features/auth/hooks';
import { homesListQuery } from '../../features/homes/hooks';

/** A province administrator chooses which home's records the session works on. */
export function HomeSwitcher({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const homes = useQuery(homesListQuery());
  const switchHome = useSwitchHome();
  const options = (homes.data ?? [])
    .filter((h) => h.active || h.id === session.activeHome?.id)
    .map((h) => ({ value: String(h.id), label: h.name }));
  return (
    <Select
      aria-label={t('shell.switchHome')}
      placeholder={t('shell.noActiveHome')}
      data={options}
      value={session.activeHome ? String(session.activeHome.id) : null}
      allowDeselect={false}
      searchable={options.length > 8}
      leftSection={<IconBuildingCommunity size={16} />}
      w={{ base: 200, md: 340 }}
      visibleFrom="sm"
      disabled={switchHome.isPending}
      onChange={(value) => {
        if (!value || Number(value) === session.activeHome?.id) return;
        switchHome.mutate(Number(value), {
          onSuccess: (s) => {
            notifySuccess(t('shell.switched', { name: s.activeHome?.name ?? '' }));
            navigate('/');
          },
          onError: notifyError,
        });
      }}
      comboboxProps={{ shadow: 'md' }}
      data-testid="home-switcher"
    />
  );
}
