import { Group, Text } from '@mantine/core';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@contract';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Live strength hint under a new-password field, using the same rule main enforces. */
export function PasswordHint({ password, username, hasError = false }: { password: string; username?: string; hasError?: boolean }) {
  const { t } = useTranslation();
  // With an error under the field, the rule is enough: the error itself already names the problem.
  if (!password || (hasError && passwordProblem(password, username))) {
    return (
      <Text size="xs" c="dimmed" component="span">
        {t('password.rule', { min: PASSWORD_MIN_LENGTH })}
      </Text>
    );
  }
  const problem = passwordProblem(password, username);
  return (
    <Group gap={4} wrap="nowrap" component="span" c={problem ? 'orange.8' : 'teal.7'}>
      {problem ? <IconInfoCircle size={14} /> : <IconCircleCheck size={14} />}
      <Text size="xs" component="span" inherit>
        {problem ?? t('password.strong')}
      </Text>
    </Group>
  );
}
