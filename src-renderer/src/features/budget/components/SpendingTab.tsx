import { Badge, Button, Center, EmptyState, Group, Loader, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatRupiah, monthName, type BudgetYear, type SpendingListInput, type SpendingRecord } from '@contract';
import { IconPlus, IconReceipt2, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useNavigate } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { currentLanguage } from '../../../lib/i18n';
import { useCurrentSession } from '../../auth/hooks';
import { spendingListQuery, structureQuery } from '../hooks';
import { budgetPermissions } from '../permissions';
import { SpendingDrawer } from './SpendingDrawer';
import { SpendingModal } from './SpendingModal';
import { SpendingTable } from './SpendingTable';

const pad = (n: number) => String(n).padStart(2, '0');
const monthRange = (year: number, month: number) => ({ from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}` });

/** Badges that say what happened to a row: cancelled, a cancellation, approved past the allocation. */
export function SpendingBadges({ row }: { row: SpendingRecord }) {
  const { t } = useTranslation();
  return (
    <>
      {row.reversedBy ? <Badge color="gray" variant="light" size="xs">{t('budget.spending.voided')}</Badge> : null}
      {row.reversalOf ? <Badge color="red" variant="light" size="xs">{t('budget.spending.reversal')}</Badge> : null}
      {row.override ? <Badge color="yellow" variant="light" size="xs">{t('budget.spending.overridden')}</Badge> : null}
    </>
  );
}

const SOURCE_TYPES = ['manual', 'meal_purchase', 'medicine_receipt', 'doctor_fee', 'education_fee', 'training_cost', 'repatriation', 'funeral'] as const;
type SourceType = (typeof SOURCE_TYPES)[number];
const isKnown = (type: string): type is SourceType => (SOURCE_TYPES as readonly string[]).includes(type);

/** The readable name of a spending's source type (the raw type only for a type this version does not know). */
export const sourceTypeName = (t: TFunction, type: string): string => (isKnown(type) ? t(`budget.sourceTypes.${type}`) : type);

export function SourceLabel({ row }: { row: SpendingRecord }) {
  const { t } = useTranslation();
  const type = row.source.type;
  if (type === 'manual') return <Text size="xs" c="dimmed">{t('budget.spending.sourceManual')}</Text>;
  return (
    <Text size="xs">
      {isKnown(type) ? t(`budget.sourceTypes.${type}`) : type}
      {row.source.label ? <Text span c="dimmed">{` · ${row.source.label}`}</Text> : null}
    </Text>
  );
}

/** Every spending of the year, newest first, searchable; finance and the head record and void. */
export function SpendingTab({ year, openId }: { year: BudgetYear; openId: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = budgetPermissions(useCurrentSession().user.role);
  const structure = useQuery(structureQuery(year.id));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const [lineId, setLineId] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const input: SpendingListInput = { yearId: year.id, q: q || undefined, lineId: lineId ? Number(lineId) : undefined, ...(month ? monthRange(year.year, Number(month)) : {}), limit: 500 };
  const list = useQuery(spendingListQuery(input));
  const lang = currentLanguage();
  const rows = list.data?.rows ?? [];
  const filtered = Boolean(q || lineId || month);
  const open = (id: number | null) => navigate(id ? `/budget/spending/${id}?tahun=${year.year}` : `/budget/spending?tahun=${year.year}`);
  const lineOptions = (structure.data?.lines ?? []).map((l) => {
    const sub = structure.data!.activities.find((a) => a.id === l.activityId);
    return { value: String(l.id), label: `${l.accountCode} · ${l.accountName} — ${sub?.code ?? ''}` };
  });

  return (
    <>
      <Group justify="space-between" mb="md" gap="sm" wrap="nowrap">
        <Group gap="sm" style={{ flex: 1 }} wrap="nowrap">
          <TextInput leftSection={<IconSearch size={16} />} placeholder={t('budget.spending.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: 1, minWidth: 200, maxWidth: 380 }} aria-label={t('budget.spending.search')} />
          <Select placeholder={t('budget.spending.allLines')} data={lineOptions} value={lineId} onChange={setLineId} searchable clearable w={270} aria-label={t('budget.spending.line')} comboboxProps={{ width: 460, position: 'bottom-start' }} />
          <Select
            placeholder={t('budget.spending.allMonths')}
            data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${monthName(i + 1, lang)} ${year.year}` }))}
            value={month}
            onChange={setMonth}
            clearable
            w={170}
            aria-label={t('budget.report.month')}
          />
        </Group>
        {can.canSpend ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)} disabled={!structure.data?.lines.length}>
            {t('budget.spending.record')}
          </Button>
        ) : null}
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {list.isLoading ? (
          <Center h={240}><Loader size="sm" /></Center>
        ) : list.error ? (
          <Paper p="lg"><FormAlert messages={[list.error.message]} /></Paper>
        ) : rows.length === 0 ? (
          <EmptyState py={56} icon={filtered ? <IconSearch size={26} /> : <IconReceipt2 size={26} />} withIndicatorBackground title={t('budget.spending.emptyTitle')} description={filtered ? t('budget.spending.noMatch') : t('budget.spending.empty')} />
        ) : (
          <SpendingTable rows={rows} onOpen={open} />
        )}
        <Group justify="space-between" px="md" py={10} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} bg="gray.0">
          <Text size="sm" c="dimmed" data-testid="spending-count">
            {t('budget.spending.count', { n: (list.data?.count ?? 0).toLocaleString(lang === 'en' ? 'en' : 'id-ID'), total: formatRupiah(list.data?.total ?? 0) })}
          </Text>
          {list.data?.hasMore ? <Text size="xs" c="dimmed">{t('budget.spending.more', { shown: rows.length, count: list.data.count })}</Text> : null}
        </Group>
      </Paper>
      {recording && structure.data ? <SpendingModal year={year} structure={structure.data} onClose={() => setRecording(false)} onSaved={(id) => open(id)} /> : null}
      {openId ? <SpendingDrawer id={openId} year={year} onClose={() => open(null)} onOpen={open} /> : null}
    </>
  );
}
