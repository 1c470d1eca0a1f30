import { ActionIcon, Anchor, Badge, Box, Table, Text } from '@mantine/core';
import type { AuditRow } from '@contract';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
  type ExpandedState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTimestamp } from '../../../lib/format';
import { ACTION_COLORS, actionLabel, areaLabel, recordHref, recordText } from '../labels';
import { AuditDiff } from './AuditDiff';

const column = createColumnHelper<AuditRow>();
const WIDTHS: Record<string, number | string> = { expand: 44, at: 190, username: 140, action: 160, record: 'auto', homeId: 210, channel: 190 };

/** Virtualised rows (thousands stay smooth); a row opens to show the record before and after. */
export function AuditTable({ rows, homeNames }: { rows: AuditRow[]; homeNames?: Map<number, string> }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(
    () => [
      column.display({
        id: 'expand',
        header: () => null,
        cell: ({ row }) => (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={row.getIsExpanded() ? t('audit.collapse') : t('audit.expand')}
            aria-expanded={row.getIsExpanded()}
            onClick={(e) => {
              e.stopPropagation();
              row.toggleExpanded();
            }}
          >
            {row.getIsExpanded() ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        ),
      }),
      column.accessor('at', { header: () => t('audit.columns.at'), cell: (c) => <Text size="sm">{formatTimestamp(c.getValue())}</Text> }),
      column.accessor('username', {
        header: () => t('audit.columns.user'),
        cell: (c) => <Text size="sm" c={c.getValue() ? undefined : 'dimmed'}>{c.getValue() ?? t('audit.system')}</Text>,
      }),
      column.accessor('action', {
        header: () => t('audit.columns.action'),
        cell: (c) => (
          <Badge variant="light" color={ACTION_COLORS[c.getValue()] ?? 'gray'} radius="sm" tt="none">
            {actionLabel(t, c.getValue())}
          </Badge>
        ),
      }),
      column.display({
        id: 'record',
        header: () => t('audit.columns.record'),
        cell: ({ row }) => {
          const r = row.original;
          const text = recordText(t, r);
          return r.recordRef ? (
            <Anchor component={Link} to={recordHref(r.recordRef)} size="sm" truncate="end" display="block" onClick={(e) => e.stopPropagation()} data-testid="audit-record-link">
              {text}
            </Anchor>
          ) : (
            <Text size="sm" truncate>{text}</Text>
          );
        },
      }),
      ...(homeNames
        ? [
            column.accessor('homeId', {
              header: () => t('audit.columns.home'),
              cell: (c) => {
                const id = c.getValue();
                return (
                  <Text size="sm" truncate c={id == null ? 'dimmed' : undefined}>
                    {id == null ? t('audit.allHomes') : (homeNames.get(id) ?? `#${id}`)}
                  </Text>
                );
              },
            }),
          ]
        : []),
      column.accessor('channel', { header: () => t('audit.columns.channel'), cell: (c) => <Text size="sm" c="dimmed" truncate>{areaLabel(c.getValue())}</Text> }),
    ],
    [t, homeNames],
  );

  // TanStack Table is not memoisable by the React Compiler; this component is simply left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { expanded },
    onExpandedChange: setExpanded,
    getRowCanExpand: () => true,
    getRowId: (r) => String(r.id),
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 49,
    overscan: 12,
    getItemKey: (i) => tableRows[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const colCount = columns.length;

  return (
    <Box ref={scrollRef} style={{ maxHeight: 'max(320px, calc(100vh - 420px))', overflow: 'auto' }} data-testid="audit-scroll">
      <Table verticalSpacing={8} horizontalSpacing="sm" style={{ tableLayout: 'fixed' }} miw={homeNames ? 1080 : 880} stickyHeader aria-label={t('areas.audit.title')}>
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => (
                <Table.Th key={h.id} w={WIDTHS[h.column.id]} fz="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: 0.3 }}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        {paddingTop > 0 ? (
          <tbody aria-hidden>
            <tr style={{ height: paddingTop }} />
          </tbody>
        ) : null}
        {items.map((item) => {
          const row = tableRows[item.index]!;
          return (
            <Table.Tbody key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
              <Table.Tr
                onClick={() => row.toggleExpanded()}
                style={{ cursor: 'pointer' }}
                bg={row.getIsExpanded() ? 'blue.0' : undefined}
                data-testid="audit-row"
              >
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id} style={{ overflow: 'hidden' }}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
              {row.getIsExpanded() ? (
                <Table.Tr bg="gray.0">
                  <Table.Td colSpan={colCount}>
                    <AuditDiff before={row.original.before} after={row.original.after} />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          );
        })}
        {paddingBottom > 0 ? (
          <tbody aria-hidden>
            <tr style={{ height: paddingBottom }} />
          </tbody>
        ) : null}
      </Table>
    </Box>
  );
}
