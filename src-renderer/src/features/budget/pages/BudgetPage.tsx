import { Alert, Button, Center, EmptyState, Group, Loader, Paper, Select, Tabs, ThemeIcon } from '@mantine/core';
import { IconCalendarDollar, IconChartBar, IconCoin, IconListTree, IconReceipt2, IconReportMoney, IconTransfer, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useCurrentSession } from '../../auth/hooks';
import { CostTab } from '../components/CostTab';
import { OverviewTab } from '../components/OverviewTab';
import { ReportTab } from '../components/ReportTab';
import { RevisionsTab } from '../components/RevisionsTab';
import { SpendingTab } from '../components/SpendingTab';
import { StructureTab } from '../components/StructureTab';
import { YearModal } from '../components/YearModal';
import { useCreateYear } from '../hooks';
import { budgetPermissions } from '../permissions';
import { useBudgetYear } from '../year';
import { homeYear } from '../../../lib/home-clock';

export const BUDGET_TABS = ['overview', 'structure', 'spending', 'revisions', 'report', 'cost'] as const;
export type BudgetTab = (typeof BUDGET_TABS)[number];

const ICONS: Record<BudgetTab, Icon> = {
  overview: IconChartBar,
  structure: IconListTree,
  spending: IconReceipt2,
  revisions: IconTransfer,
  report: IconReportMoney,
  cost: IconUsersGroup,
};

/** The budget area: one fiscal year at a time, in tabs; the year is chosen in the header. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { tab, id } = useParams();
  const navigate = useNavigate();
  const role = useCurrentSession().user.role;
  const can = budgetPermissions(role);
  const { years, year, setYear, loading, error } = useBudgetYear();
  const create = useCreateYear();
  const [creating, setCreating] = useState(false);
  if (!BUDGET_TABS.includes(tab as BudgetTab)) return <Navigate to="/budget/overview" replace />;
  const current = tab as BudgetTab;
  const thisYear = homeYear();

  const createYear = (value: number) =>
    create.mutate(value, {
      onSuccess: (y) => {
        notifySuccess(t('budget.year.created', { year: y.year }));
        setYear(y.year);
      },
      onError: notifyError,
    });
  const nextYear = Math.max(thisYear, ...years.map((y) => y.year + 1));

  const yearPicker =
    years.length > 0 ? (
      <Group gap="sm" wrap="nowrap">
        <Select
          aria-label={t('budget.year.label')}
          leftSection={<IconCalendarDollar size={16} />}
          w={130}
          allowDeselect={false}
          value={year ? String(year.year) : null}
          onChange={(v) => v && setYear(Number(v))}
          data={years.map((y) => ({ value: String(y.year), label: t('budget.year.option', { year: y.year }) }))}
          data-testid="budget-year"
        />
        {can.canEdit ? (
          <Button variant="default" onClick={() => setCreating(true)}>
            {t('budget.year.create')}
          </Button>
        ) : null}
      </Group>
    ) : null;

  return (
    <>
      <PageHeader
        title={t('budget.title')}
        description={t(`budget.descriptions.${current}`)}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconCoin size={22} stroke={1.6} />
          </ThemeIcon>
        }
        actions={yearPicker}
      />
      {creating ? <YearModal suggested={years.some((y) => y.year === thisYear) ? nextYear : thisYear} onClose={() => setCreating(false)} onCreated={setYear} /> : null}
      {loading ? (
        <Center h={240}>
          <Loader size="sm" />
        </Center>
      ) : error ? (
        <FormAlert messages={[error.message]} />
      ) : !year ? (
        <Paper withBorder radius="md">
          <EmptyState
            py={56}
            icon={<IconCoin size={26} />}
            withIndicatorBackground
            title={t('budget.year.noneTitle')}
            description={can.canEdit ? t('budget.year.noneFinance') : t('budget.year.noneOthers')}
          >
            {can.canEdit ? (
              <EmptyState.Actions>
                <Button onClick={() => createYear(thisYear)} loading={create.isPending}>
                  {t('budget.year.createThis', { year: thisYear })}
                </Button>
              </EmptyState.Actions>
            ) : null}
          </EmptyState>
        </Paper>
      ) : (
        <>
        {years.every((y) => y.year < thisYear) ? (
          <Alert color="yellow" mb="md" title={t('budget.year.missingTitle', { year: thisYear })} data-testid="budget-year-missing">
            <Group justify="space-between" align="flex-end" gap="sm">
              {can.canEdit ? t('budget.year.missingFinance', { year: thisYear, shown: year.year }) : t('budget.year.missingOthers', { year: thisYear, shown: year.year })}
              {can.canEdit ? (
                <Button size="xs" onClick={() => createYear(thisYear)} loading={create.isPending}>
                  {t('budget.year.createThis', { year: thisYear })}
                </Button>
              ) : null}
            </Group>
          </Alert>
        ) : null}
        <Tabs value={current} onChange={(v) => v && navigate(`/budget/${v}?tahun=${year.year}`)} keepMounted={false} variant="outline" radius="md">
          <Tabs.List mb="lg">
            {BUDGET_TABS.map((key) => {
              const TabIcon = ICONS[key];
              return (
                <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={16} />}>
                  {t(`budget.tabs.${key}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="overview">
            <OverviewTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="structure">
            <StructureTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="spending">
            <SpendingTab year={year} openId={id ? Number(id) : null} />
          </Tabs.Panel>
          <Tabs.Panel value="revisions">
            <RevisionsTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="report">
            <ReportTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="cost">
            <CostTab year={year} />
          </Tabs.Panel>
        </Tabs>
        </>
      )}
    </>
  );
}
