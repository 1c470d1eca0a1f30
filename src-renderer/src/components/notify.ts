import { notifications } from '@mantine/notifications';
import i18n from '../lib/i18n';

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}

/** Shows a failed call's message (Indonesian, from main) in a red notification. */
export function notifyError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  notifications.show({ color: 'red', title: i18n.t('common.errorTitle'), message, autoClose: 7000 });
}
