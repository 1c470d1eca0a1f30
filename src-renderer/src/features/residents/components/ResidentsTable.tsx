import { Box, Table, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ResidentListRow } from '@contract';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { flexRender, getCoreRowModel, useReactTable, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router-dom';
import { useReference } from '../labels';
import type { ResidentSort } from '../list-filters';
import { COLUMN_WIDTHS, residentColumns } from './residents-columns';

const ROW_HEIGHT = 57;
const cellStyle = { overflow: 'hidden', whiteSpace: 'nowrap' } as const;
const rowStyle = { cursor: 'pointer', height: ROW_HEIGHT } as const;

/** One row; memoised, so scrolling only renders the rows that come into view. */
const ResidentRow = memo(function ResidentRow({ row, navigate }: { row: Row<ResidentListRow>; navigate: NavigateFunction }) {
  const open = () => navigate(`/residents/${row.original.id}/profile`);
  return (
    <tr
      className={Table.classes.tr}
      data-hover
      data-with-row-border
      onClick={open}
      style={rowStyle}
      aria-rowindex={row.index + 2}
      data-testid="resident-row"
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={Table.classes.td} style={cellStyle}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});

/** The body alone follows the scroll, so the table and its header are not rendered again on every frame. */
function VirtualRows({ rows, scrollElement }: { rows: Row<ResidentListRow>[]; scrollElement: HTMLDivElement }) {
  const navigate = useNavigate();
  // TanStack Virtual is not memoisable by the React Compiler either; this component is left uncompiled too.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return (
    <Table.Tbody>
      {paddingTop > 0 ? <tr aria-hidden style={{ height: paddingTop }} /> : null}
      {items.map((item) => (
        <ResidentRow key={rows[item.index]!.id} row={rows[item.index]!} navigate={navigate} />
      ))}
      {paddingBottom > 0 ? <tr aria-hidden style={{ height: paddingBottom }} /> : null}
    </Table.Tbody>
  );
}

interface Props {
  rows: ResidentListRow[];
  /** Changes when the search or filters change: the list then starts again at the top. */
  resetKey: string;
  sort: ResidentSort;
  dir: 'asc' | 'desc';
  onSort: (sort: ResidentSort, dir: 'asc' | 'desc') => void;
}

/** Every matching resident, virtualised so 10,000 rows scroll smoothly; sorting is done by main. */
export function ResidentsTable({ rows, resetKey, sort, dir, onSort }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const wide = useMediaQuery('(min-width: 75em)', true);
  const columns = useMemo(() => residentColumns(t, ref, wide), [t, ref, wide]);
  const widths = wide ? COLUMN_WIDTHS.wide : COLUMN_WIDTHS.narrow;

  useEffect(() => {
    scrollElement?.scrollTo({ top: 0 });
  }, [resetKey, scrollElement]);

  const sorting: SortingState = [{ id: sort, desc: dir === 'desc' }];
  // TanStack Table is not memoisable by the React Compiler; this component is simply left uncompiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const first = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (first) onSort(first.id as ResidentSort, first.desc ? 'desc' : 'asc');
    },
    getRowId: (r) => String(r.id),
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  return (
    <Box ref={setScrollElement} style={{ height: 'max(360px, calc(100vh - 404px))', overflow: 'auto', contain: 'strict' }} data-testid="residents-scroll">
      <Table
        verticalSpacing={0}
        horizontalSpacing="sm"
        style={{ tableLayout: 'fixed' }}
        miw={wide ? 980 : 640}
        stickyHeader
        highlightOnHover
        aria-label={t('residents.list.title')}
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <Table.Th key={h.id} w={widths[h.column.id]} h={40} fz="xs" c="dimmed" tt="uppercase" style={{ letterSpacing: 0.3 }} aria-sort={sorted ? (sorted === 'desc' ? 'descending' : 'ascending') : undefined}>
                    {h.column.getCanSort() ? (
                      <UnstyledButton
                        onClick={h.column.getToggleSortingHandler()}
                        fz="xs"
                        fw={700}
                        c={sorted ? 'dark.6' : 'dimmed'}
                        style={{ textTransform: 'uppercase', letterSpacing: 0.3, display: 'inline-flex', alignItems: 'center', gap: 4 }}
                      >
                        {label}
                        {sorted === 'asc' ? <IconArrowUp size={13} /> : sorted === 'desc' ? <IconArrowDown size={13} /> : <IconSelector size={13} opacity={0.6} />}
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        {scrollElement ? <VirtualRows rows={tableRows} scrollElement={scrollElement} /> : null}
      </Table>
    </Box>
  );
}
