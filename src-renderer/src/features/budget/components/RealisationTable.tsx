import { Table, Text } from '@mantine/core';
import type { RealisationAmounts, RealisationData, RealisationRow } from '@contract';
import { useTranslation } from 'react-i18next';
import { amount, percent } from '../money';

const ROW_STYLE: Record<RealisationRow['level'], React.CSSProperties> = {
  program: { background: 'var(--mantine-color-gray-1)', fontWeight: 700 },
  kegiatan: { background: 'var(--mantine-color-gray-0)', fontWeight: 700 },
  subkegiatan: { fontWeight: 600, fontStyle: 'italic' },
  line: {},
};

function Figures({ a }: { a: RealisationAmounts }) {
  const cell = (v: number) => (
    <Table.Td ta="right" c={v < 0 ? 'red.7' : undefined} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {amount(v)}
    </Table.Td>
  );
  return (
    <>
      {cell(a.allocation)}
      {cell(a.before)}
      {cell(a.current)}
      {cell(a.toDate)}
      {cell(a.remaining)}
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{percent(a.percent)}</Table.Td>
    </>
  );
}

/** The LRA on screen, the same columns as the printed page; a line's row opens the spending behind it. */
export function RealisationTable({ data, onLine }: { data: RealisationData; onLine: (row: RealisationRow) => void }) {
  const { t } = useTranslation();
  const unit = data.isMonth ? 'Month' : 'Period';
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing={5} horizontalSpacing={8} withColumnBorders withTableBorder={false} layout="fixed" style={{ fontSize: 13 }} data-testid="lra-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={138}>{t('budget.report.code')}</Table.Th>
            <Table.Th>{t('budget.report.name')}</Table.Th>
            <Table.Th ta="right" w={108}>{t('budget.report.allocation')}</Table.Th>
            <Table.Th ta="right" w={108}>{t(`budget.report.before${unit}`)}</Table.Th>
            <Table.Th ta="right" w={108}>{t(`budget.report.current${unit}`)}</Table.Th>
            <Table.Th ta="right" w={108}>{t(`budget.report.toDate${unit}`)}</Table.Th>
            <Table.Th ta="right" w={108}>{t('budget.report.remaining')}</Table.Th>
            <Table.Th ta="right" w={58}>{t('budget.report.percent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={8}>
                <Text c="dimmed" ta="center" py="md">{t('budget.report.empty')}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            data.rows.map((r) => (
              <Table.Tr
                key={r.key}
                style={{ ...ROW_STYLE[r.level], cursor: r.lineId ? 'pointer' : undefined }}
                onClick={r.lineId ? () => onLine(r) : undefined}
                data-testid={`lra-row-${r.code}`}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.code}</Table.Td>
                <Table.Td pl={10 + r.depth * 14}>{r.name}</Table.Td>
                <Figures a={r} />
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr style={{ background: 'var(--mantine-color-gray-2)', fontWeight: 700 }} data-testid="lra-total">
            <Table.Td />
            <Table.Td>{t('budget.report.total')}</Table.Td>
            <Figures a={data.total} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
