import { Badge, Group, Tooltip } from '@mantine/core';
import type { ResidentListRow } from '@contract';
import { IconAlertTriangle, IconToolsKitchen2 } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { formatShortDate } from '../../../lib/format';
import { pmksLabel, STATUS_COLORS, type Reference } from '../labels';

const column = createColumnHelper<ResidentListRow>();

// Rows are rendered many times while scrolling: plain elements with fixed styles keep each render cheap.
const ellipsis: CSSProperties = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const S = {
  cell: { ...ellipsis, fontSize: 'var(--mantine-font-size-sm)' },
  dimmed: { ...ellipsis, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-dimmed)' },
  name: { ...ellipsis, fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600, color: 'var(--mantine-color-dark-7)', textDecoration: 'none' },
  nickname: { fontWeight: 400, color: 'var(--mantine-color-dimmed)' },
  sub: { ...ellipsis, fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)', lineHeight: 1.4 },
  mono: { fontFamily: 'var(--mantine-font-family-monospace)' },
} satisfies Record<string, CSSProperties>;

/** Looks like Mantine's light Badge, without a component per row. */
const statusStyles = new Map<string, CSSProperties>();
function statusStyle(color: string): CSSProperties {
  let style = statusStyles.get(color);
  if (!style) {
    style = {
      display: 'inline-block',
      padding: '2px 8px',
      borderRadius: 'var(--mantine-radius-sm)',
      fontSize: 'var(--mantine-font-size-xs)',
      fontWeight: 700,
      lineHeight: 1.5,
      background: `var(--mantine-color-${color}-light)`,
      color: `var(--mantine-color-${color}-light-color)`,
    };
    statusStyles.set(color, style);
  }
  return style;
}

export const COLUMN_WIDTHS = {
  wide: { sex: 52, age: 76, pmksCategory: 180, room: 132, admissionDate: 112, status: 100, alerts: 128 } as Record<string, number>,
  narrow: { age: 82, pmksCategory: 140, room: 104, status: 82, alerts: 52 } as Record<string, number>,
};

/** The list's columns; on narrow screens sex joins the age and the admission date is left out. */
export function residentColumns(t: TFunction, ref: Reference, wide: boolean) {
  return [
    column.accessor('fullName', {
      id: 'name',
      header: () => t('residents.columns.name'),
      cell: ({ row: { original: r } }) => (
        <>
          <Link to={`/residents/${r.id}/profile`} style={S.name} onClick={(e) => e.stopPropagation()}>
            {r.fullName}
            {r.nickname ? <span style={S.nickname}>{` “${r.nickname}”`}</span> : null}
          </Link>
          <span style={S.sub}>
            {r.registrationNo}
            {r.nik ? <span style={S.mono}>{` · ${r.nik}`}</span> : null}
          </span>
        </>
      ),
    }),
    ...(wide
      ? [column.accessor('sex', { header: () => t('residents.columns.sex'), enableSorting: false, cell: (c) => <span style={S.cell}>{ref.sexShort[c.getValue()]}</span> })]
      : []),
    column.accessor('age', {
      header: () => t('residents.columns.age'),
      cell: ({ row: { original: r } }) => (
        <span style={r.age == null && wide ? S.dimmed : S.cell}>
          {wide ? '' : `${ref.sexShort[r.sex]} · `}
          {r.age == null ? '—' : t('residents.list.years', { age: r.age })}
        </span>
      ),
    }),
    column.accessor('pmksCategory', {
      header: () => t('residents.columns.pmks'),
      enableSorting: false,
      cell: (c) => (
        <span style={S.cell} title={pmksLabel(ref, c.getValue())}>
          {pmksLabel(ref, c.getValue())}
        </span>
      ),
    }),
    column.accessor('room', { header: () => t('residents.columns.room'), cell: (c) => <span style={c.getValue() ? S.cell : S.dimmed}>{c.getValue() ?? '—'}</span> }),
    ...(wide ? [column.accessor('admissionDate', { header: () => t('residents.columns.admission'), cell: (c) => <span style={S.cell}>{formatShortDate(c.getValue())}</span> })] : []),
    column.accessor('status', {
      header: () => t('residents.columns.status'),
      enableSorting: false,
      cell: (c) => <span style={statusStyle(STATUS_COLORS[c.getValue()])}>{ref.status[c.getValue()]}</span>,
    }),
    column.display({
      id: 'alerts',
      header: () => (wide ? t('residents.columns.alerts') : <IconAlertTriangle size={14} aria-label={t('residents.columns.alerts')} />),
      cell: ({ row: { original: r } }) =>
        r.hasAllergy || r.specialDiet ? (
          <Group gap={4} wrap="nowrap">
            {r.hasAllergy ? (
              <Tooltip label={t('residents.list.allergyTip')}>
                <Badge color="red" variant="light" px={6} leftSection={wide ? <IconAlertTriangle size={12} /> : undefined} tt="none" aria-label={t('residents.list.allergyTip')} data-testid="allergy-badge">
                  {wide ? t('residents.list.allergy') : <IconAlertTriangle size={12} style={{ display: 'block' }} />}
                </Badge>
              </Tooltip>
            ) : null}
            {r.specialDiet ? (
              <Tooltip label={t('residents.list.dietTip', { diet: r.specialDiet })}>
                <Badge color="orange" variant="light" px={6} aria-label={t('residents.list.dietTip', { diet: r.specialDiet })} data-testid="diet-badge">
                  <IconToolsKitchen2 size={12} style={{ display: 'block' }} />
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
        ) : null,
    }),
  ];
}
