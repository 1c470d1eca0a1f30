import { HIDDEN_FIELDS_BY_ROLE, type Role } from '@contract';

/** What a role may do with residents; main enforces the same on every channel. */
export function residentPermissions(role: Role) {
  const administers = role === 'admin' || role === 'province_admin';
  return {
    canRegister: administers,
    canEdit: administers,
    canExport: administers || role === 'head',
    canChangeStatus: administers || role === 'head',
    canDecideExit: role === 'head',
    hiddenFields: HIDDEN_FIELDS_BY_ROLE[role],
  };
}
