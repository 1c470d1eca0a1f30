import { ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaByKey, type AreaKey } from '../../../app/areas';
import { NotBuiltPanel } from '../../../components/NotBuiltPanel';
import { PageHeader } from '../../../components/PageHeader';

/** An area of the product that later work will build; until then it says so. */
export function NotBuiltPage({ area: key }: { area: Exclude<AreaKey, 'dashboard' | 'audit' | 'settings'> }) {
  const { t } = useTranslation();
  const area = areaByKey(key);
  const Icon = area.icon;
  return (
    <>
      <PageHeader
        title={t(`areas.${key}.title`)}
        description={t(`areas.${key}.subtitle`)}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <Icon size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <NotBuiltPanel purpose={t(`areas.${key}.purpose`)} />
    </>
  );
}
