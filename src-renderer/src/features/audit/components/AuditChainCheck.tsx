import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import type { AuditVerifyResult } from '@contract';
import { IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { call } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, entityLabel } from '../labels';

/** The button under Log audit that recomputes the hash chain and names the first broken entry. */
export function AuditChainCheck() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => call('audit.verify') });
  const result: AuditVerifyResult | undefined = verify.data;
  const broken = result?.firstBroken;
  return (
    <Stack gap="xs" mb="md">
      <Group>
        <Button variant="default" leftSection={<IconShieldCheck size={18} />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
          {verify.isPending ? t('recovery.audit.verifying') : t('recovery.audit.verify')}
        </Button>
      </Group>
      {verify.error ? <FormAlert messages={[verify.error.message]} /> : null}
      {result && broken ? (
        <Alert color="red" variant="light" icon={<IconLinkOff size={18} />} title={t('recovery.audit.brokenTitle')} data-testid="audit-verify-result">
          {t(broken.reason === 'missing' ? 'recovery.audit.missing' : 'recovery.audit.broken', {
            id: broken.id,
            at: formatDateTime(broken.at),
            entity: entityLabel(t, broken.entity),
            action: actionLabel(t, broken.action),
          })}
        </Alert>
      ) : null}
      {result && !broken ? (
        <Alert color="teal" variant="light" icon={<IconLink size={18} />} title={t('recovery.audit.okTitle')} data-testid="audit-verify-result">
          <Stack gap={4}>
            <Text size="sm">{t('recovery.audit.ok', { rows: result.rowsChecked, chains: result.chains })}</Text>
            <Text size="xs" c="dimmed">{t('recovery.audit.heads')}</Text>
            {result.heads.map((head) => (
              <Code key={String(head.homeId)} fz="xs">
                {head.homeId == null ? t('recovery.audit.province') : t('recovery.audit.home', { id: head.homeId })} · #{head.lastId} · {head.hash}
              </Code>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
