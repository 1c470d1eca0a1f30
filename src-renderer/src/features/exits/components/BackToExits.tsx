import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The link back to the list of repatriations and funerals, above each page of the area. */
export function BackToExits() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/exits" size="sm" mb="xs" display="inline-block">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('exits.detail.back')}
      </Group>
    </Anchor>
  );
}
