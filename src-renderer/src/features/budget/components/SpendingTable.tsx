import { Box, Group, Table, Text } from '@mantine/core';
import type { SpendingRecord } from '@contract';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../../lib/format';
import { amount } from '../money';
import { SourceLabel, SpendingBadges } from './SpendingTab';

const ROW_HEIGHT = 58;
const clip = { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' } as const;

const Row = memo(function Row({ r, onOpen }: { r: SpendingRecord; onOpen: (id: number) => void }) {
  return (
    <tr className={Table.classes.tr} data-hover data-with-row-border style={{ cursor: 'pointer', height: ROW_HEIGHT }} onClick={() => onOpen(r.id)} onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)} tabIndex={0} data-testid={`spending-${r.id}`}>
      <td className={Table.classes.td} style={clip}>{formatShortDate(r.spentOn)}</td>
      <td className={Table.classes.td} style={clip}><Text size="sm" style={clip}>{r.proofNo ?? '—'}</Text></td>
      <td className={Table.classes.td} style={{ overflow: 'hidden' }}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" style={clip}>{r.description}</Text>
          <SpendingBadges row={r} />
        </Group>
        <Group gap={6} wrap="nowrap">
          {r.payee ? <Text size="xs" c="dimmed" style={clip}>{r.payee}</Text> : null}
          {r.source.type !== 'manual' ? <SourceLabel row={r} /> : null}
        </Group>
      </td>
      <td className={Table.classes.td} style={{ overflow: 'hidden' }}>
        <Text size="sm" style={clip}>{r.accountCode} · {r.accountName}</Text>
        <Text size="xs" c="dimmed" style={clip}>{r.subActivityCode} {r.subActivityName}</Text>
      </td>
      <td className={Table.classes.td} style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: r.amount < 0 ? 'var(--mantine-color-red-7)' : undefined, textDecoration: r.reversedBy ? 'line-through' : undefined }}>
        {amount(r.amount)}
      </td>
    </tr>
  );
});

/** The spending list, virtualised (hundreds of rows scroll smoothly), newest first; a row opens its record. */
export function SpendingTable({ rows, onOpen }: { rows: SpendingRecord[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual is not memoisable by the React Compiler; this component is simply left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return (
    <Box ref={scrollRef} style={{ height: `min(${rows.length * ROW_HEIGHT + 42}px, max(360px, calc(100vh - 370px)))`, overflow: 'auto' }}>
      <Table verticalSpacing={0} horizontalSpacing="sm" style={{ tableLayout: 'fixed' }} miw={980} stickyHeader highlightOnHover data-testid="spending-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110} h={40}>{t('budget.spending.date')}</Table.Th>
            <Table.Th w={160}>{t('budget.spending.proofNo')}</Table.Th>
            <Table.Th>{t('budget.spending.description')}</Table.Th>
            <Table.Th w="32%">{t('budget.spending.line')}</Table.Th>
            <Table.Th w={140} ta="right">{t('budget.money.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? <tr aria-hidden style={{ height: paddingTop }} /> : null}
          {items.map((item) => (
            <Row key={rows[item.index]!.id} r={rows[item.index]!} onOpen={onOpen} />
          ))}
          {paddingBottom > 0 ? <tr aria-hidden style={{ height: paddingBottom }} /> : null}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
