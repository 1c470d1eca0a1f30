import { Button, Center, EmptyState, Group, Loader, Paper, Text, ThemeIcon } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { IconFileSpreadsheet, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { notifyError, notifySuccess } from '../../../components/notify';
import { downloadBase64, XLSX_MIME } from '../../../lib/download';
import { useCurrentSession } from '../../auth/hooks';
import { ResidentsFilters } from '../components/ResidentsFilters';
import { ResidentsTable } from '../components/ResidentsTable';
import { useExportResidents, useResidentsList } from '../hooks';
import { filtersFromParams, filtersToParams, hasFilters, toListInput, type ListFilters } from '../list-filters';
import { residentPermissions } from '../permissions';

/** Search, filter, sort and open every resident of the home; export what is shown. */
export function ResidentsListPage() {
  const { t, i18n } = useTranslation();
  const can = residentPermissions(useCurrentSession().user.role);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [search, setSearch] = useState(filters.q);
  const [debounced] = useDebouncedValue(search, 150);
  const input = toListInput({ ...filters, q: debounced });
  const list = useResidentsList(input);
  const exporter = useExportResidents();
  const wide = useMediaQuery('(min-width: 75em)', true);

  const update = (patch: Partial<ListFilters>) => setParams(filtersToParams({ ...filters, q: debounced, ...patch }), { replace: true });

  useEffect(() => {
    if (debounced.trim() !== filters.q.trim()) setParams(filtersToParams({ ...filters, q: debounced }), { replace: true });
  }, [debounced, filters, setParams]);

  const exportXlsx = () =>
    exporter.mutate(input, {
      onSuccess: (file) => {
        downloadBase64(file.base64, file.fileName, XLSX_MIME);
        notifySuccess(t('residents.list.exported', { file: file.fileName }));
      },
      onError: notifyError,
    });

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const filtered = hasFilters({ ...filters, q: debounced });

  return (
    <>
      <PageHeader
        title={t('residents.list.title')}
        description={t('residents.list.description')}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconUsers size={22} stroke={1.6} />
          </ThemeIcon>
        }
        actions={
          <Group gap="sm" wrap="nowrap">
            {can.canExport ? (
              <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={exportXlsx} loading={exporter.isPending} disabled={!list.data?.total} aria-label={t('residents.list.export')}>
                {wide ? t('residents.list.export') : 'XLSX'}
              </Button>
            ) : null}
            {can.canRegister ? (
              <Button component={Link} to="/residents/new" leftSection={<IconUserPlus size={18} />} aria-label={t('residents.list.register')}>
                {wide ? t('residents.list.register') : t('residents.list.registerShort')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <ResidentsFilters value={filters} search={search} onSearch={setSearch} onChange={update} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {list.isLoading ? (
          <Center h={320}>
            <Loader size="sm" />
          </Center>
        ) : list.error ? (
          <Paper p="lg">
            <FormAlert messages={[list.error.message]} />
          </Paper>
        ) : rows.length === 0 ? (
          <EmptyState
            py={56}
            icon={filtered ? <IconSearch size={26} /> : <IconUsers size={26} />}
            withIndicatorBackground
            title={filtered ? t('residents.list.noMatchTitle') : t('residents.list.emptyTitle')}
            description={filtered ? t('residents.list.noMatch') : t('residents.list.empty')}
            data-testid="residents-empty"
          />
        ) : (
          <ResidentsTable rows={rows} resetKey={JSON.stringify(input)} sort={filters.sort} dir={filters.dir} onSort={(sort, dir) => update({ sort, dir })} />
        )}
        <Group justify="space-between" px="md" py={10} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }} bg="gray.0">
          <Text size="sm" c="dimmed" data-testid="residents-count">
            {t('residents.list.count', { count: total, n: new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'id-ID').format(total) })}
          </Text>
          {list.isFetching && !list.isLoading ? <Loader size={14} /> : null}
        </Group>
      </Paper>
    </>
  );
}
