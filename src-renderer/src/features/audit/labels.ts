import type { TFunction } from 'i18next';

const ACTIONS = [
  'create',
  'update',
  'activate',
  'deactivate',
  'login',
  'lockout',
  'change-password',
  'reset-password',
  'restore',
] as const;
const ENTITIES = ['home', 'user', 'settings', 'database'] as const;

type Action = (typeof ACTIONS)[number];
type Entity = (typeof ENTITIES)[number];

export const KNOWN_ENTITIES: readonly string[] = ENTITIES;

/** The Indonesian/English word for an audit action; unknown actions (from later features) show as stored. */
export function actionLabel(t: TFunction, action: string): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`audit.actions.${action as Action}`) : action;
}

export function entityLabel(t: TFunction, entity: string): string {
  return (ENTITIES as readonly string[]).includes(entity) ? t(`audit.entities.${entity as Entity}`) : entity;
}

export const ACTION_COLORS: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  activate: 'teal',
  deactivate: 'orange',
  login: 'gray',
  lockout: 'red',
  'change-password': 'grape',
  'reset-password': 'grape',
  restore: 'red',
};
