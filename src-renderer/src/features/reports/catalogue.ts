import type { Role } from '@contract';
import { IconCoin, IconHomeMove, IconPill, IconSchool, IconToolsKitchen2, IconUserSearch, IconUsersGroup, type Icon } from '@tabler/icons-react';

/** A report: it has a page and main serves it to `roles` (the roles of its channels and of the area it lives in). */
export interface BuiltReport {
  key: 'census' | 'intake' | 'exits' | 'meals' | 'medicine' | 'training' | 'realisation';
  path: string;
  icon: Icon;
  roles: readonly Role[];
}

export interface ReportGroup {
  key: 'residents' | 'services' | 'training' | 'budget';
  reports: readonly BuiltReport[];
}

/** The roles main allows on `reports.census*` (src-main/contract/reports.ts). */
export const CENSUS_ROLES: readonly Role[] = ['province_admin', 'admin', 'head'];

/** Reports other than the census live in their area, beside the records they report. */
export const REPORT_GROUPS: readonly ReportGroup[] = [
  {
    key: 'residents',
    reports: [
      { key: 'census', path: '/reports/census', icon: IconUsersGroup, roles: CENSUS_ROLES },
      { key: 'intake', path: '/intake/rounds', icon: IconUserSearch, roles: ['province_admin', 'admin', 'head'] },
      { key: 'exits', path: '/exits/report', icon: IconHomeMove, roles: ['admin', 'head', 'finance'] },
    ],
  },
  {
    key: 'services',
    reports: [
      { key: 'meals', path: '/meals/report', icon: IconToolsKitchen2, roles: ['admin', 'head', 'finance'] },
      { key: 'medicine', path: '/medicine/reports', icon: IconPill, roles: ['admin', 'head', 'caregiver', 'finance'] },
    ],
  },
  { key: 'training', reports: [{ key: 'training', path: '/training/reports', icon: IconSchool, roles: ['province_admin', 'admin', 'head', 'caregiver', 'finance'] }] },
  { key: 'budget', reports: [{ key: 'realisation', path: '/budget/report', icon: IconCoin, roles: ['province_admin', 'admin', 'head', 'finance'] }] },
];

export const canOpenReport = (report: BuiltReport, role: Role) => report.roles.includes(role);
