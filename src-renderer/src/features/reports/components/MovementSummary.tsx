import { Group, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { CensusData } from '@contract';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../../lib/format';

type MovementKey = keyof CensusData['movement'];

const ORDER: { key: MovementKey; sign?: '+' | '−'; color?: string }[] = [
  { key: 'atStart' },
  { key: 'admissions', sign: '+', color: 'teal.7' },
  { key: 'readmissions', sign: '+', color: 'teal.7' },
  { key: 'discharged', sign: '−', color: 'orange.8' },
  { key: 'deceased', sign: '−', color: 'gray.7' },
  { key: 'atEnd' },
];

const count = (n: number) => n.toLocaleString('id-ID');

/** Awal periode, masuk, diterima kembali, keluar, meninggal, akhir periode: the movement the report starts with. */
export function MovementSummary({ data, loading }: { data: CensusData | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="census-summary" aria-busy={loading}>
      <Group justify="space-between" mb="sm">
        <Text fw={650}>{t('reports.census.movementTitle')}</Text>
        {data ? (
          <Text size="sm" c="dimmed">
            {t('reports.period.range', { from: formatShortDate(data.from), to: formatShortDate(data.to) })}
          </Text>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {ORDER.map(({ key, sign, color }) => {
          const edge = key === 'atStart' || key === 'atEnd';
          const note = !data
            ? ''
            : key === 'atStart'
              ? t('reports.census.onDate', { date: formatShortDate(data.from) })
              : key === 'atEnd'
                ? t('reports.census.onDate', { date: formatShortDate(data.to) })
                : t('reports.census.inPeriod');
          return (
            <Paper key={key} radius="md" p="sm" bg={edge ? 'blue.0' : 'gray.0'} data-testid={`movement-${key}`}>
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
                {t(`reports.census.${key}`)}
              </Text>
              {data ? (
                <Text fz={28} fw={700} lh={1.2} c={edge ? 'blue.9' : color}>
                  {sign && data.movement[key] > 0 ? (
                    <Text span inherit fz={18} mr={2}>
                      {sign}
                    </Text>
                  ) : null}
                  <span data-testid={`movement-${key}-value`}>{count(data.movement[key])}</span>
                </Text>
              ) : (
                <Skeleton h={30} my={2} w={60} />
              )}
              <Text size="xs" c="dimmed">
                {note || '\u00a0'}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
