import type { Role } from '@contract';

/** What a role may do in intake selection; main enforces the same on every channel. */
export function intakePermissions(role: Role) {
  const administers = role === 'admin' || role === 'province_admin';
  return {
    canRegister: administers,
    canConfigure: administers,
    canAssess: administers || role === 'head' || role === 'caregiver',
    canDecide: administers || role === 'head',
    canApprove: role === 'head',
    isHead: role === 'head',
  };
}
