import type { Role } from '@contract';

/** What a role may do in the budget area (main checks the same on every channel). */
export function budgetPermissions(role: Role) {
  return {
    /** Structure, accounts, revisions, imports: the finance officer. */
    canEdit: role === 'finance',
    /** Recording and voiding spending: finance, and the head (who also approves overruns). */
    canSpend: role === 'finance' || role === 'head',
    isHead: role === 'head',
    /** Resident pages are not finance's (see the residents area): names show without a link. */
    canOpenResidents: role !== 'finance',
    /** The audit log is for the administrators and the head. */
    canOpenAudit: role === 'province_admin' || role === 'admin' || role === 'head',
  };
}
