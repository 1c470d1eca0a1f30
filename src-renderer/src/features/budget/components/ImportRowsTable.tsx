import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ImportRow } from '@contract';
import { useTranslation } from 'react-i18next';
import { amount } from '../money';

const BAD = { background: 'var(--mantine-color-red-0)', color: 'var(--mantine-color-red-9)' };
const clip = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** A line's monthly plan as read (or the even split proposed), and its total against the pagu. */
function PlanCell({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const total = row.plan.reduce<number>((n, v) => n + (v ?? 0), 0);
  const matches = row.allocation != null && total === row.allocation;
  return (
    <Stack gap={2} data-testid="import-plan">
      <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.35 }}>
        {row.plan
          .map((v, m) => (v ? `${SHORT_MONTHS[m]} ${amount(v)}` : null))
          .filter(Boolean)
          .join(' · ') || '—'}
      </Text>
      <Text size="xs" c={row.planSplit ? 'yellow.8' : matches ? 'teal.8' : 'red.8'}>
        {row.planSplit ? t('budget.import.planSplit') : t('budget.import.planTotal', { total: amount(total), allocation: row.allocation == null ? '—' : amount(row.allocation) })}
      </Text>
    </Stack>
  );
}

/** The import preview: every row as read, the cells at fault in red and what is wrong with them. */
export function ImportRowsTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const bad = (row: ImportRow, ...fields: string[]) => (row.errors.some((e) => fields.some((f) => e.field === f || e.field.startsWith(`${f}.`))) ? BAD : undefined);
  return (
    <ScrollArea.Autosize mah={560}>
      <Table verticalSpacing={6} horizontalSpacing="xs" stickyHeader layout="fixed" miw={1130} data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={52}>{t('budget.import.row')}</Table.Th>
            <Table.Th w="22%">{t('budget.levels.subkegiatan')}</Table.Th>
            <Table.Th w="20%">{t('budget.line.account')}</Table.Th>
            <Table.Th w={110}>{t('budget.line.source')}</Table.Th>
            <Table.Th w={120} ta="right">{t('budget.money.allocation')}</Table.Th>
            <Table.Th w={230}>{t('budget.import.plan')}</Table.Th>
            <Table.Th>{t('budget.import.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.rowNo} data-testid={`import-row-${r.rowNo}`}>
              <Table.Td fw={600}>{r.rowNo}</Table.Td>
              <Table.Td style={bad(r, 'programCode', 'programName', 'kegiatanCode', 'kegiatanName', 'subCode', 'subName')}>
                <Text size="xs" c="dimmed" style={{ ...clip, ...bad(r, 'programCode', 'programName', 'kegiatanCode', 'kegiatanName') }} title={`${r.programCode} ${r.programName} › ${r.kegiatanCode} ${r.kegiatanName}`}>
                  {r.programCode || '—'} › {r.kegiatanCode || '—'}
                </Text>
                <Text size="xs" style={bad(r, 'subCode')}>{r.subCode || '—'}</Text>
                <Text size="xs" style={{ ...clip, ...bad(r, 'subName') }} title={r.subName}>{r.subName || '—'}</Text>
              </Table.Td>
              <Table.Td style={bad(r, 'accountCode', 'accountName')}>
                <Text size="xs" style={bad(r, 'accountCode')}>{r.accountCode || '—'}</Text>
                <Text size="xs" style={{ ...clip, ...bad(r, 'accountName') }} title={r.accountName}>{r.accountName || '—'}</Text>
              </Table.Td>
              <Table.Td style={bad(r, 'fundingSource')}>
                <Text size="xs">{r.fundingSource ? t(`budget.sources.${r.fundingSource}`) : '?'}</Text>
              </Table.Td>
              <Table.Td ta="right" style={{ ...bad(r, 'allocation', 'plan'), whiteSpace: 'nowrap' }}>
                <Text size="xs">{r.allocation === null ? '—' : amount(r.allocation)}</Text>
              </Table.Td>
              <Table.Td style={bad(r, 'plan')}>
                <PlanCell row={r} />
              </Table.Td>
              <Table.Td>
                {r.errors.length ? (
                  <Stack gap={2}>
                    {r.errors.map((e) => (
                      <Text key={`${e.field}${e.message}`} size="xs" c="red.8">{e.message}</Text>
                    ))}
                  </Stack>
                ) : (
                  <Badge color="teal" variant="light" size="sm">{t('budget.import.ok')}</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
