import { ActionIcon, Badge, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import type { BudgetActivity, BudgetLine, BudgetStructure } from '@contract';
import { IconDots, IconPencil, IconPlus, IconTransfer, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { amount, percent } from '../money';

export type StructureAction =
  | { kind: 'addChild'; parent: BudgetActivity }
  | { kind: 'editActivity'; activity: BudgetActivity }
  | { kind: 'removeActivity'; activity: BudgetActivity }
  | { kind: 'addLine'; sub: BudgetActivity }
  | { kind: 'editLine'; line: BudgetLine }
  | { kind: 'reviseLine'; line: BudgetLine }
  | { kind: 'removeLine'; line: BudgetLine };

interface Totals {
  allocation: number;
  realised: number;
}

const CHILD_LEVEL = { program: 'kegiatan', kegiatan: 'subkegiatan' } as const;
const pct = (t: Totals) => (t.allocation > 0 ? Math.round((t.realised / t.allocation) * 10_000) / 100 : null);
const ROW_BG: Record<string, string | undefined> = { program: 'var(--mantine-color-gray-1)', kegiatan: 'var(--mantine-color-gray-0)' };

/** The year's tree: programme › kegiatan › sub-kegiatan › lines, each level with its totals. */
export function StructureTable({ structure, canEdit, onAction }: { structure: BudgetStructure; canEdit: boolean; onAction: (a: StructureAction) => void }) {
  const { t } = useTranslation();
  const children = new Map<number | null, BudgetActivity[]>();
  for (const a of structure.activities) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a]);
  const linesOf = new Map<number, BudgetLine[]>();
  for (const l of structure.lines) linesOf.set(l.activityId, [...(linesOf.get(l.activityId) ?? []), l]);
  const totals = new Map<number, Totals>();
  const sum = (a: BudgetActivity): Totals => {
    const own = (linesOf.get(a.id) ?? []).reduce((n, l) => ({ allocation: n.allocation + l.allocation, realised: n.realised + l.realised }), { allocation: 0, realised: 0 });
    for (const c of children.get(a.id) ?? []) {
      const s = sum(c);
      own.allocation += s.allocation;
      own.realised += s.realised;
    }
    totals.set(a.id, own);
    return own;
  };
  const grand = (children.get(null) ?? []).map(sum).reduce((n, s) => ({ allocation: n.allocation + s.allocation, realised: n.realised + s.realised }), { allocation: 0, realised: 0 });

  const figures = (x: Totals, bold = false) => (
    <>
      <Table.Td ta="right" fw={bold ? 650 : undefined} style={{ whiteSpace: 'nowrap' }}>{amount(x.allocation)}</Table.Td>
      <Table.Td ta="right" fw={bold ? 650 : undefined} style={{ whiteSpace: 'nowrap' }}>{amount(x.realised)}</Table.Td>
      <Table.Td ta="right" fw={bold ? 650 : undefined} c={x.allocation - x.realised < 0 ? 'red.7' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {amount(x.allocation - x.realised)}
      </Table.Td>
      <Table.Td ta="right" fw={bold ? 650 : undefined}>{percent(pct(x))}</Table.Td>
    </>
  );

  const rows: React.ReactNode[] = [];
  const visit = (a: BudgetActivity, depth: number) => {
    const childLevel = a.level === 'subkegiatan' ? null : CHILD_LEVEL[a.level];
    rows.push(
      <Table.Tr key={`a${a.id}`} style={{ background: ROW_BG[a.level] }} data-testid={`activity-${a.code}`}>
        <Table.Td style={{ whiteSpace: 'nowrap' }} fw={650} fz="sm">{a.code}</Table.Td>
        <Table.Td pl={12 + depth * 18}>
          <Text size="sm" fw={a.level === 'subkegiatan' ? 600 : 700} fs={a.level === 'subkegiatan' ? 'italic' : undefined}>
            {a.name}
          </Text>
          <Text size="xs" c="dimmed">{t(`budget.levels.${a.level}`)}</Text>
        </Table.Td>
        <Table.Td />
        {figures(totals.get(a.id)!, true)}
        <Table.Td>
          {canEdit ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`${t('budget.structure.actions')} ${a.code}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {childLevel ? (
                  <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => onAction({ kind: 'addChild', parent: a })}>
                    {t('budget.structure.addChild', { level: t(`budget.levels.${childLevel}`).toLowerCase() })}
                  </Menu.Item>
                ) : (
                  <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => onAction({ kind: 'addLine', sub: a })}>
                    {t('budget.structure.addLine')}
                  </Menu.Item>
                )}
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction({ kind: 'editActivity', activity: a })}>
                  {t('budget.structure.edit')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction({ kind: 'removeActivity', activity: a })}>
                  {t('budget.structure.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Table.Td>
      </Table.Tr>,
    );
    for (const c of children.get(a.id) ?? []) visit(c, depth + 1);
    const lines = linesOf.get(a.id) ?? [];
    if (a.level === 'subkegiatan' && lines.length === 0) {
      rows.push(
        <Table.Tr key={`e${a.id}`}>
          <Table.Td />
          <Table.Td pl={12 + (depth + 1) * 18} colSpan={7}>
            <Text size="xs" c="dimmed" fs="italic">{t('budget.structure.noLines')}</Text>
          </Table.Td>
        </Table.Tr>,
      );
    }
    for (const l of lines) {
      rows.push(
        <Table.Tr key={`l${l.id}`} data-testid={`line-${l.accountCode}`}>
          <Table.Td style={{ whiteSpace: 'nowrap' }} fz="sm">{l.accountCode}</Table.Td>
          <Table.Td pl={12 + (depth + 1) * 18}>
            <Text size="sm">{l.accountName}</Text>
            {l.note ? <Text size="xs" c="dimmed">{l.note}</Text> : null}
          </Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <Badge variant="light" color={l.fundingSource === 'apbd' ? 'gray' : 'grape'} size="sm">
                {t(`budget.sources.${l.fundingSource}`)}
              </Badge>
              {l.revisionCount ? (
                <Tooltip label={t('budget.structure.revisedBadge', { count: l.revisionCount })}>
                  <Badge variant="dot" color="blue" size="sm">{l.revisionCount}</Badge>
                </Tooltip>
              ) : null}
            </Group>
          </Table.Td>
          {figures(l)}
          <Table.Td>
            {canEdit ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={`${t('budget.structure.actions')} ${l.accountCode}`}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction({ kind: 'editLine', line: l })}>
                    {t('budget.structure.edit')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconTransfer size={14} />} onClick={() => onAction({ kind: 'reviseLine', line: l })}>
                    {t('budget.structure.revise')}
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={l.spendingCount > 0 || l.revisionCount > 0} onClick={() => onAction({ kind: 'removeLine', line: l })}>
                    {t('budget.structure.remove')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Table.Td>
        </Table.Tr>,
      );
    }
  };
  for (const p of children.get(null) ?? []) visit(p, 0);

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing={6} horizontalSpacing="sm" withRowBorders layout="fixed" data-testid="budget-structure">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>{t('budget.structure.code')}</Table.Th>
            <Table.Th>{t('budget.structure.name')}</Table.Th>
            <Table.Th w={120}>{t('budget.structure.source')}</Table.Th>
            <Table.Th ta="right" w={130}>{t('budget.money.allocation')}</Table.Th>
            <Table.Th ta="right" w={130}>{t('budget.money.realised')}</Table.Th>
            <Table.Th ta="right" w={130}>{t('budget.money.remaining')}</Table.Th>
            <Table.Th ta="right" w={70}>%</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
        <Table.Tfoot>
          <Table.Tr style={{ background: 'var(--mantine-color-gray-1)' }}>
            <Table.Td />
            <Table.Td fw={700}>{t('budget.structure.total')}</Table.Td>
            <Table.Td />
            {figures(grand, true)}
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
