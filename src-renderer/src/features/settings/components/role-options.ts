import { HOME_ROLES, type Role } from '@contract';
import type { TFunction } from 'i18next';

/** Roles the signed-in administrator may hand out: province administrators also give province_admin. */
export function roleOptions(t: TFunction, actorRole: Role): { value: Role; label: string }[] {
  const roles: Role[] = actorRole === 'province_admin' ? [...HOME_ROLES, 'province_admin'] : [...HOME_ROLES];
  return roles.map((value) => ({ value, label: t(`roles.${value}`) }));
}
