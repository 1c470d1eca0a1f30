import { Button, Center, EmptyState, Group, Loader, Paper } from '@mantine/core';
import type { BudgetActivity, BudgetLine, BudgetYear } from '@contract';
import { IconBook2, IconFileImport, IconListTree, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useCurrentSession } from '../../auth/hooks';
import { structureQuery, useRemoveActivity, useRemoveLine } from '../hooks';
import { budgetPermissions } from '../permissions';
import { withYear } from '../year';
import { AccountsModal } from './AccountsModal';
import { ActivityModal, type ActivityTarget } from './ActivityModal';
import { LineModal } from './LineModal';
import { RevisionModal } from './RevisionModal';
import { StructureTable, type StructureAction } from './StructureTable';

type Removal = { kind: 'activity'; activity: BudgetActivity } | { kind: 'line'; line: BudgetLine };

/** The year's structure: browse it; finance adds, edits, revises and removes entries, and imports. */
export function StructureTab({ year }: { year: BudgetYear }) {
  const { t } = useTranslation();
  const can = budgetPermissions(useCurrentSession().user.role);
  const structure = useQuery(structureQuery(year.id));
  const [activity, setActivity] = useState<ActivityTarget | null>(null);
  const [line, setLine] = useState<{ sub: BudgetActivity | null; line: BudgetLine | null } | null>(null);
  const [revise, setRevise] = useState<BudgetLine | null>(null);
  const [accounts, setAccounts] = useState(false);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const removeActivity = useRemoveActivity();
  const removeLine = useRemoveLine();

  const onAction = (a: StructureAction) => {
    if (a.kind === 'addChild') setActivity({ level: a.parent.level === 'program' ? 'kegiatan' : 'subkegiatan', parent: a.parent, activity: null });
    else if (a.kind === 'editActivity') setActivity({ level: a.activity.level, parent: structure.data?.activities.find((x) => x.id === a.activity.parentId) ?? null, activity: a.activity });
    else if (a.kind === 'removeActivity') setRemoval({ kind: 'activity', activity: a.activity });
    else if (a.kind === 'addLine') setLine({ sub: a.sub, line: null });
    else if (a.kind === 'editLine') setLine({ sub: structure.data?.activities.find((x) => x.id === a.line.activityId) ?? null, line: a.line });
    else if (a.kind === 'reviseLine') setRevise(a.line);
    else setRemoval({ kind: 'line', line: a.line });
  };

  const what = removal ? (removal.kind === 'line' ? t('budget.levels.line') : t(`budget.levels.${removal.activity.level}`)) : '';
  const confirmRemoval = () => {
    if (!removal) return;
    const done = { onSuccess: () => (notifySuccess(t('budget.structure.removed', { what })), setRemoval(null)), onError: notifyError };
    if (removal.kind === 'line') removeLine.mutate(removal.line.id, done);
    else removeActivity.mutate(removal.activity.id, done);
  };

  const empty = structure.data && structure.data.activities.length === 0;
  return (
    <>
      {can.canEdit ? (
        <Group justify="space-between" mb="md">
          <Group gap="sm">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setActivity({ level: 'program', parent: null, activity: null })}>
              {t('budget.structure.addProgram')}
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={16} />} component={Link} to={withYear('/budget/import', year.year)}>
              {t('budget.structure.import')}
            </Button>
          </Group>
          <Button variant="subtle" leftSection={<IconBook2 size={16} />} onClick={() => setAccounts(true)}>
            {t('budget.structure.accounts')}
          </Button>
        </Group>
      ) : null}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {structure.isLoading ? (
          <Center h={240}><Loader size="sm" /></Center>
        ) : structure.error ? (
          <Paper p="lg"><FormAlert messages={[structure.error.message]} /></Paper>
        ) : empty ? (
          <EmptyState py={56} icon={<IconListTree size={26} />} withIndicatorBackground title={t('budget.structure.emptyTitle')} description={can.canEdit ? t('budget.structure.emptyFinance') : t('budget.structure.emptyOthers')} />
        ) : (
          <StructureTable structure={structure.data!} canEdit={can.canEdit} onAction={onAction} />
        )}
      </Paper>

      {activity ? <ActivityModal yearId={year.id} target={activity} onClose={() => setActivity(null)} /> : null}
      {line && structure.data ? <LineModal structure={structure.data} sub={line.sub} line={line.line} onClose={() => setLine(null)} onAccounts={() => setAccounts(true)} /> : null}
      {revise ? <RevisionModal year={year} line={revise} onClose={() => setRevise(null)} /> : null}
      <AccountsModal opened={accounts} onClose={() => setAccounts(false)} />
      <ConfirmModal
        opened={removal !== null}
        title={t('budget.structure.removeTitle', { what: what.toLowerCase() })}
        message={t('budget.structure.removeText', {
          what,
          name: removal ? (removal.kind === 'line' ? `${removal.line.accountCode} ${removal.line.accountName}` : `${removal.activity.code} ${removal.activity.name}`) : '',
        })}
        confirmLabel={t('budget.structure.remove')}
        loading={removeActivity.isPending || removeLine.isPending}
        onConfirm={confirmRemoval}
        onClose={() => setRemoval(null)}
      />
    </>
  );
}
