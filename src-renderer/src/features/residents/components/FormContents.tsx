import { Paper, TableOfContents, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The sections of a long form, following the scroll; a click jumps to the section. */
export function FormContents() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3} mb="xs">
        {t('residents.form.contents')}
      </Text>
      <TableOfContents
        variant="light"
        size="sm"
        radius="sm"
        scrollSpyOptions={{ selector: '[data-form-section]', getDepth: () => 1, offset: 100 }}
        getControlProps={({ data }) => ({
          onClick: () => data.getNode().closest('section')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
          children: data.value,
        })}
      />
    </Paper>
  );
}
