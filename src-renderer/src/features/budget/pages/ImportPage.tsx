import { Alert, Anchor, Badge, Button, Checkbox, FileButton, Grid, Group, Paper, Stack, Stepper, Switch, Table, Text, ThemeIcon } from '@mantine/core';
import { formatRupiah, IMPORT_COLUMNS, type ImportPreview } from '@contract';
import { IconAlertCircle, IconArrowLeft, IconCircleCheck, IconDownload, IconFileImport, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AccessDenied } from '../../../components/AccessDenied';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { notifyError, notifySuccess } from '../../../components/notify';
import { downloadBase64, fileToBase64, XLSX_MIME } from '../../../lib/download';
import { useCurrentSession } from '../../auth/hooks';
import { ImportRowsTable } from '../components/ImportRowsTable';
import { useImportCommit, useImportPreview, useImportTemplate } from '../hooks';
import { budgetPermissions } from '../permissions';
import { useBudgetYear, withYear } from '../year';


/** Import a year's budget from XLSX: template, file, a preview with every row's problems, then one save. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useCurrentSession().user.role;
  const can = budgetPermissions(role);
  const { year } = useBudgetYear();
  const template = useImportTemplate();
  const preview = useImportPreview();
  const commit = useImportCommit();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  // Lines without a monthly plan in the file: split evenly only when the user says so.
  const [splitEvenly, setSplitEvenly] = useState(false);
  const result: ImportPreview | undefined = preview.data;
  const step = !file ? 1 : result && !preview.isPending ? 2 : 1;
  const title = t('budget.import.title');

  if (!can.canEdit) return <AccessDenied area={title} role={t(`roles.${role}`)} />;

  const choose = async (chosen: File | null) => {
    if (!chosen || !year) return;
    const base64 = await fileToBase64(chosen);
    setFile({ name: chosen.name, base64 });
    setSplitEvenly(false);
    preview.mutate({ yearId: year.id, fileName: chosen.name, base64 }, { onError: notifyError });
  };
  const save = () =>
    file && result && year &&
    commit.mutate(
      { yearId: year.id, base64: file.base64, checksum: result.checksum, splitEvenly },
      {
        onSuccess: (r) => {
          notifySuccess(t('budget.import.saved', { lines: r.lines, allocation: formatRupiah(r.allocation) }));
          navigate(withYear('/budget/structure', year.year));
        },
      },
    );
  const downloadTemplate = () =>
    year && template.mutate(year.year, { onSuccess: (f) => downloadBase64(f.base64, f.fileName, XLSX_MIME), onError: notifyError });

  const errors = result ? result.errorCount + result.fileErrors.length : 0;
  return (
    <>
      <Anchor component={Link} to={withYear('/budget/structure', year?.year)} size="sm" mb="xs" display="inline-block">
        <Group gap={4}><IconArrowLeft size={14} />{t('budget.import.back')}</Group>
      </Anchor>
      <PageHeader
        title={year ? `${title} · ${t('budget.year.option', { year: year.year })}` : title}
        description={t('budget.descriptions.import')}
        icon={<ThemeIcon variant="light" size={40} radius="md"><IconFileImport size={22} stroke={1.6} /></ThemeIcon>}
      />
      <Paper withBorder radius="md" p="lg">
        <Stepper active={step} allowNextStepsSelect={false} size="sm">
          <Stepper.Step label={t('budget.import.step1')}>
            <span />
          </Stepper.Step>
          <Stepper.Step label={t('budget.import.step2')} description={file?.name}>
            <span />
          </Stepper.Step>
          <Stepper.Step label={t('budget.import.step3')}>
            <span />
          </Stepper.Step>
        </Stepper>
        <Grid mt="lg" gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="xs">
              <Text size="sm">{t('budget.import.step1Hint')}</Text>
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={downloadTemplate} loading={template.isPending} w="fit-content">
                {t('budget.import.template')}
              </Button>
              <Text size="xs" c="dimmed" fw={600} mt="xs" tt="uppercase">{t('budget.import.columns')}</Text>
              <Table verticalSpacing={3} fz="xs" withRowBorders={false}>
                <Table.Tbody>
                  {[...IMPORT_COLUMNS.map((c) => [c.header, c.help]), ['Jan … Des', t('budget.import.monthsHelp')], ['Keterangan', t('budget.import.noteHelp')]].map(([header, help]) => (
                    <Table.Tr key={header}>
                      <Table.Td fw={600} w={150} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{header}</Table.Td>
                      <Table.Td c="dimmed">{help}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="xs">
              <Text size="sm">{t('budget.import.step2Hint')}</Text>
              <FileButton onChange={(f) => void choose(f)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
                {(props) => (
                  <Button {...props} leftSection={<IconUpload size={16} />} loading={preview.isPending} w="fit-content" data-testid="import-choose">
                    {file ? t('budget.import.chooseOther') : t('budget.import.choose')}
                  </Button>
                )}
              </FileButton>
              {preview.isPending && file ? <Text size="xs" c="dimmed">{t('budget.import.reading', { file: file.name })}</Text> : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Paper>

      {result && !preview.isPending ? (
        <Stack gap="md" mt="lg" data-testid="import-preview">
          {result.fileErrors.length ? (
            <FormAlert title={t('budget.import.fileProblem')} messages={result.fileErrors} />
          ) : errors > 0 ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('budget.import.errorsTitle', { count: result.errorCount })} data-testid="import-errors">
              {t('budget.import.errorsHint')}
            </Alert>
          ) : (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('budget.import.clean')} data-testid="import-clean">
              {t('budget.import.summary', {
                lines: result.summary.lines,
                programs: result.summary.programs,
                kegiatan: result.summary.kegiatan,
                subkegiatan: result.summary.subkegiatan,
                accounts: result.summary.newAccounts,
                allocation: formatRupiah(result.summary.allocation),
              })}
              {result.summary.renamedAccounts ? <Text size="sm" mt={4}>{t('budget.import.renamed', { count: result.summary.renamedAccounts })}</Text> : null}
            </Alert>
          )}
          {result.rowsWithoutPlan > 0 ? (
            <Alert color="yellow" variant="light" title={t('budget.import.noPlanTitle', { count: result.rowsWithoutPlan })} data-testid="import-no-plan">
              <Stack gap="xs">
                <Text size="sm">{t('budget.import.noPlanHint')}</Text>
                <Checkbox label={t('budget.import.splitEvenly')} checked={splitEvenly} onChange={(e) => setSplitEvenly(e.currentTarget.checked)} data-testid="import-split-evenly" />
              </Stack>
            </Alert>
          ) : null}
          {commit.error ? <FormAlert messages={[commit.error.message]} /> : null}
          {result.rows.length ? (
            <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
              <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Group gap="xs">
                  <Text fw={650}>{result.fileName}</Text>
                  <Badge variant="light" color="gray">{t('budget.import.rows', { count: result.rowCount })}</Badge>
                  {result.errorCount ? <Badge variant="light" color="red">{result.errorCount}</Badge> : null}
                </Group>
                <Switch label={t('budget.import.onlyErrors')} checked={onlyErrors} onChange={(e) => setOnlyErrors(e.currentTarget.checked)} disabled={!result.errorCount} />
              </Group>
              <ImportRowsTable rows={onlyErrors ? result.rows.filter((r) => r.errors.length) : result.rows} />
            </Paper>
          ) : null}
          <Group justify="flex-end">
            <Button size="md" leftSection={<IconFileImport size={18} />} onClick={save} disabled={errors > 0 || result.rows.length === 0 || (result.rowsWithoutPlan > 0 && !splitEvenly)} loading={commit.isPending} data-testid="import-save">
              {t('budget.import.save')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </>
  );
}
