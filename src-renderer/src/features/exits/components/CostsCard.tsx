import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { EXIT_COST_CATEGORY_LABELS, formatRupiah, type ExitCostItem, type ExitDetail } from '@contract';
import { IconCheck, IconPencil, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError } from '../../../components/notify';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { useRemoveCost } from '../hooks';
import { CostItemModal } from './CostItemModal';
import { DecideCostsModal } from './DecideCostsModal';

const STATE_COLORS = { draft: 'gray', submitted: 'yellow', approved: 'teal', returned: 'orange', voided: 'red' } as const;

/** The exit's cost items and their way to the head: add/edit while a draft, submit, the head approves or returns. */
export function CostsCard({ exit }: { exit: ExitDetail }) {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const remove = useRemoveCost();
  const [editing, setEditing] = useState<ExitCostItem | null | undefined>(undefined);
  const [removing, setRemoving] = useState<ExitCostItem | null>(null);
  const [deciding, setDeciding] = useState<'submit' | 'approve' | 'return' | null>(null);
  const standing = exit.changeState !== 'undone' && exit.changeState !== 'rejected';
  const canEdit = standing && ['admin', 'head', 'finance'].includes(role) && (exit.costState === 'draft' || exit.costState === 'returned');
  const canDecide = standing && role === 'head' && exit.costState === 'submitted';

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4}>{t('exits.costs.title')}</Title>
            <Badge variant="light" color={STATE_COLORS[exit.costState]} tt="none" data-testid="cost-state">
              {t(`exits.costState.${exit.costState}`)}
            </Badge>
          </Group>
          <Group gap="xs">
            {canEdit ? (
              <>
                <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setEditing(null)}>{t('exits.costs.add')}</Button>
                <Button size="xs" leftSection={<IconSend size={14} />} disabled={exit.costs.length === 0} onClick={() => setDeciding('submit')}>{t('exits.costs.submit')}</Button>
              </>
            ) : null}
            {canDecide ? (
              <>
                <Button size="xs" variant="default" color="orange" onClick={() => setDeciding('return')}>{t('exits.costs.return')}</Button>
                <Button size="xs" color="teal" leftSection={<IconCheck size={14} />} onClick={() => setDeciding('approve')}>{t('exits.costs.approve')}</Button>
              </>
            ) : null}
          </Group>
        </Group>
        {exit.submittedAt ? <Text size="xs" c="dimmed">{t('exits.costs.submittedBy', { by: exit.submittedBy ?? '—', at: formatDateTime(exit.submittedAt) })}</Text> : null}
        {exit.decidedAt ? <Text size="xs" c="dimmed">{t('exits.costs.decidedBy', { by: exit.decidedBy ?? '—', at: formatDateTime(exit.decidedAt) })}</Text> : null}
        {exit.decisionNote ? <Alert color={exit.costState === 'returned' ? 'orange' : 'gray'} variant="light" py="xs">{t('exits.costs.note', { note: exit.decisionNote })}</Alert> : null}
        {exit.costs.length === 0 ? (
          <Text size="sm" c="dimmed">{t('exits.costs.empty')}</Text>
        ) : (
          <Table striped withTableBorder data-testid="cost-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exits.costs.spentOn')}</Table.Th>
                <Table.Th>{t('exits.costs.category')}</Table.Th>
                <Table.Th>{t('exits.costs.description')}</Table.Th>
                <Table.Th>{t('exits.costs.payee')}</Table.Th>
                <Table.Th>{t('exits.costs.proofNo')}</Table.Th>
                <Table.Th ta="right">{t('exits.costs.amount')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exit.costs.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDate(c.spentOn)}</Table.Td>
                  <Table.Td>{EXIT_COST_CATEGORY_LABELS[c.category]}</Table.Td>
                  <Table.Td>{c.description}</Table.Td>
                  <Table.Td>{c.payee ?? '—'}</Table.Td>
                  <Table.Td>{c.proofNo ?? '—'}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(c.amount)}</Table.Td>
                  <Table.Td>
                    {canEdit ? (
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(c)}><IconPencil size={16} /></ActionIcon>
                        <ActionIcon variant="subtle" color="red" aria-label={t('exits.costs.remove')} onClick={() => setRemoving(c)}><IconTrash size={16} /></ActionIcon>
                      </Group>
                    ) : c.spendingId ? (
                      <Button size="compact-xs" variant="subtle" component={Link} to={`/budget/spending/${c.spendingId}`}>{t('exits.costs.spent')}</Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={5}>{t('exits.costs.total')}</Table.Th>
                <Table.Th ta="right" data-testid="cost-total" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(exit.total)}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Stack>
      {editing !== undefined ? <CostItemModal exit={exit} item={editing} onClose={() => setEditing(undefined)} /> : null}
      {deciding ? <DecideCostsModal exit={exit} mode={deciding} onClose={() => setDeciding(null)} /> : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('exits.costs.remove')}
        message={t('exits.costs.removeConfirm', { description: removing?.description ?? '' })}
        confirmLabel={t('exits.costs.remove')}
        color="red"
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null), onError: notifyError })}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
