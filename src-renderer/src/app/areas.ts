import type { Role } from '@contract';
import {
  IconCoin,
  IconHistory,
  IconHomeMove,
  IconLayoutDashboard,
  IconNotes,
  IconPill,
  IconReportAnalytics,
  IconSchool,
  IconSettings,
  IconToolsKitchen2,
  IconUsers,
  IconUserSearch,
  type Icon,
} from '@tabler/icons-react';

export type AreaKey =
  | 'dashboard'
  | 'intake'
  | 'residents'
  | 'meals'
  | 'medicine'
  | 'careNotes'
  | 'training'
  | 'exits'
  | 'budget'
  | 'reports'
  | 'audit'
  | 'settings';

export interface Area {
  key: AreaKey;
  path: string;
  icon: Icon;
  /** Who uses the area. Main enforces roles on every channel anyway; this only decides what is shown. */
  roles: readonly Role[];
  /** Nav section: the daily services are grouped; administration areas come last. */
  group: 'main' | 'daily' | 'admin';
}

const ALL: readonly Role[] = ['province_admin', 'admin', 'head', 'caregiver', 'finance'];

export const AREAS: readonly Area[] = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard, roles: ALL, group: 'main' },
  { key: 'intake', path: '/intake', icon: IconUserSearch, roles: ['province_admin', 'admin', 'head', 'caregiver'], group: 'main' },
  {
    key: 'residents',
    path: '/residents',
    icon: IconUsers,
    roles: ['province_admin', 'admin', 'head', 'caregiver'],
    group: 'main',
  },
  { key: 'meals', path: '/meals', icon: IconToolsKitchen2, roles: ['admin', 'head', 'caregiver', 'finance'], group: 'daily' },
  { key: 'medicine', path: '/medicine', icon: IconPill, roles: ['admin', 'head', 'caregiver', 'finance'], group: 'daily' },
  { key: 'careNotes', path: '/care-notes', icon: IconNotes, roles: ['admin', 'head', 'caregiver'], group: 'daily' },
  { key: 'exits', path: '/exits', icon: IconHomeMove, roles: ['admin', 'head', 'finance'], group: 'main' },
  { key: 'training', path: '/training', icon: IconSchool, roles: ['province_admin', 'admin', 'head', 'caregiver', 'finance'], group: 'main' },
  { key: 'budget', path: '/budget', icon: IconCoin, roles: ['province_admin', 'admin', 'head', 'finance'], group: 'main' },
  {
    key: 'reports',
    path: '/reports',
    icon: IconReportAnalytics,
    roles: ['province_admin', 'admin', 'head', 'finance'],
    group: 'main',
  },
  { key: 'audit', path: '/audit', icon: IconHistory, roles: ['province_admin', 'admin', 'head'], group: 'admin' },
  { key: 'settings', path: '/settings', icon: IconSettings, roles: ['province_admin', 'admin'], group: 'admin' },
];

export function areaByKey(key: AreaKey): Area {
  const area = AREAS.find((a) => a.key === key);
  if (!area) throw new Error(`unknown area ${key}`);
  return area;
}

export const canOpen = (area: Area, role: Role) => area.roles.includes(role);
