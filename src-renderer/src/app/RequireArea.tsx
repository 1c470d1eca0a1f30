import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessDenied } from '../components/AccessDenied';
import { PageHeader } from '../components/PageHeader';
import { useCurrentSession } from '../features/auth/hooks';
import { areaByKey, canOpen, type AreaKey } from './areas';

/** Renders the area for the roles that use it, and a clear refusal for the others. */
export function RequireArea({ area: key, children }: { area: AreaKey; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const area = areaByKey(key);
  if (canOpen(area, session.user.role)) return <>{children}</>;
  const name = t(`areas.${key}.title`);
  return (
    <>
      <PageHeader title={name} />
      <AccessDenied area={name} role={t(`roles.${session.user.role}`)} />
    </>
  );
}
