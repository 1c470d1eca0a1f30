import { Alert, Anchor, Button, Center, Drawer, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { formatRupiah, type BudgetYear, type SpendingRecord } from '@contract';
import { IconArrowBackUp, IconExternalLink, IconHistory, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { notifySuccess } from '../../../components/notify';
import { ApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { homeToday } from '../../../lib/home-clock';
import { useCurrentSession } from '../../auth/hooks';
import { spendingQuery, useVoidSpending } from '../hooks';
import { amount } from '../money';
import { budgetPermissions } from '../permissions';
import { residentHref, sourceHref } from '../sources';
import { SourceLabel, SpendingBadges, sourceTypeName } from './SpendingTab';

function VoidModal({ row, year, onClose }: { row: SpendingRecord; year: BudgetYear; onClose: () => void }) {
  const { t } = useTranslation();
  const voider = useVoidSpending();
  const today = homeToday();
  const [voidedOn, setVoidedOn] = useState<string | null>(today.startsWith(String(year.year)) ? today : row.spentOn);
  const [reason, setReason] = useState('');
  const errors = voider.error instanceof ApiError ? voider.error.fieldErrors : {};
  const submit = () =>
    voider.mutate(
      { id: row.id, voidedOn: voidedOn ?? '', reason },
      {
        onSuccess: () => {
          notifySuccess(t('budget.detail.voided', { amount: formatRupiah(-row.amount), date: formatDate(voidedOn) }));
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('budget.detail.voidTitle')}</Text>} centered>
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>{t('budget.detail.voidHint')}</Alert>
        {voider.error && !errors.voidedOn && !errors.reason ? <FormAlert messages={[voider.error.message]} /> : null}
        <DateField label={t('budget.detail.voidedOn')} withAsterisk value={voidedOn} onChange={setVoidedOn} error={errors.voidedOn} />
        <Textarea label={t('budget.detail.voidReason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" onClick={submit} loading={voider.isPending}>{t('budget.detail.void')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** One spending record: every detail, its source, its approval or cancellation; finance and the head void it. */
export function SpendingDrawer({ id, year, onClose, onOpen }: { id: number; year: BudgetYear; onClose: () => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const can = budgetPermissions(useCurrentSession().user.role);
  const query = useQuery(spendingQuery(id));
  const [voiding, setVoiding] = useState(false);
  const row = query.data;
  const source = row ? sourceHref(row) : null;
  // Spending recorded by another feature is cancelled only through its source (main refuses a direct void).
  const linked = row != null && row.source.type !== 'manual';
  const sourceName = row && linked ? sourceTypeName(t, row.source.type) + (row.source.id != null ? ` #${row.source.id}` : '') : '';

  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={<Text fw={650}>{t('budget.detail.title', { id })}</Text>}>
      {query.isLoading ? (
        <Center h={200}><Loader size="sm" /></Center>
      ) : query.error ? (
        <FormAlert messages={[query.error.message]} />
      ) : row ? (
        <Stack gap="md" data-testid="spending-detail">
          <div>
            <Text fz={28} fw={700} c={row.amount < 0 ? 'red.7' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
              Rp {amount(row.amount)}
            </Text>
            <Group gap={6}>
              <Text size="sm">{row.description}</Text>
              <SpendingBadges row={row} />
            </Group>
          </div>
          <InfoList
            items={[
              { label: t('budget.spending.date'), value: formatDate(row.spentOn) },
              { label: t('budget.spending.proofNo'), value: row.proofNo ?? '—' },
              { label: t('budget.spending.payee'), value: row.payee ?? '—' },
              { label: t('budget.detail.line'), value: `${row.accountCode} · ${row.accountName} (${t(`budget.sources.${row.fundingSource}`)})` },
              { label: t('budget.detail.sub'), value: `${row.subActivityCode} ${row.subActivityName}` },
              {
                label: t('budget.detail.source'),
                value: (
                  <Group gap={6}>
                    <SourceLabel row={row} />
                    {source && row.source.type !== 'manual' ? (
                      <Anchor component={Link} to={source} size="xs">
                        <Group gap={2}><IconExternalLink size={12} />{t('budget.spending.openSource')}</Group>
                      </Anchor>
                    ) : null}
                  </Group>
                ),
              },
              ...(row.residentId
                ? [{ label: t('budget.detail.resident'), value: can.canOpenResidents ? <Anchor component={Link} to={residentHref(row.residentId)} size="sm">{row.residentName}</Anchor> : row.residentName }]
                : []),
              { label: t('budget.detail.createdBy'), value: row.createdBy ?? '—' },
              { label: t('budget.detail.createdAt'), value: formatDateTime(row.createdAt) },
            ]}
          />
          {row.override ? (
            <Alert variant="light" color="yellow" title={t('budget.detail.override')}>
              {t('budget.detail.overrideBy', { name: row.override.by, reason: row.override.reason })}
            </Alert>
          ) : null}
          {row.reversedBy ? (
            <Alert variant="light" color="gray" title={t('budget.spending.voided')}>
              <Text size="sm">{t('budget.detail.reversedBy', { date: formatDate(row.reversedBy.spentOn), reason: row.reversedBy.reason })}</Text>
              <Anchor size="sm" onClick={() => onOpen(row.reversedBy!.id)}>{t('budget.detail.openReversal')}</Anchor>
            </Alert>
          ) : null}
          {row.reversalOf ? (
            <Alert variant="light" color="red" title={t('budget.spending.reversal')}>
              <Text size="sm">{t('budget.detail.reversalOf', { id: row.reversalOf })}</Text>
              <Anchor size="sm" onClick={() => onOpen(row.reversalOf!)}>{t('budget.detail.openOriginal')}</Anchor>
            </Alert>
          ) : null}
          {can.canSpend && linked && !row.reversedBy && !row.reversalOf ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} title={t('budget.detail.linkedTitle')} data-testid="linked-source">
              <Stack gap={6}>
                <Text size="sm">{t('budget.detail.linkedHint', { source: sourceName })}</Text>
                {source ? (
                  <Button component={Link} to={source} size="xs" variant="light" leftSection={<IconExternalLink size={14} />} w="fit-content">
                    {t('budget.detail.linkedOpen', { source: sourceName })}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <Group justify="space-between" mt="sm">
            {can.canSpend && !linked && !row.reversedBy && !row.reversalOf ? (
              <Button color="red" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => setVoiding(true)}>
                {t('budget.detail.void')}
              </Button>
            ) : <span />}
            {can.canOpenAudit ? (
              <Anchor component={Link} to="/audit" size="sm">
                <Group gap={4}><IconHistory size={14} />{t('budget.detail.audit')}</Group>
              </Anchor>
            ) : null}
          </Group>
        </Stack>
      ) : null}
      {voiding && row ? <VoidModal row={row} year={year} onClose={() => setVoiding(false)} /> : null}
    </Drawer>
  );
}
