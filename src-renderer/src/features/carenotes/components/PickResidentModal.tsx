import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../lib/api';
import type { CareSubject } from './CareNoteModal';

/** Chooses an active resident by typing part of the name or room, then hands over to the note or incident form. */
export function PickResidentModal({ opened, title, onPick, onClose }: { opened: boolean; title: string; onPick: (s: CareSubject) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const residents = useQuery({
    queryKey: ['residents.list', 'care-picker'],
    queryFn: () => call('residents.list', { statuses: ['active'], sort: 'name' }),
    enabled: opened,
  });
  const rows = residents.data?.rows ?? [];

  const pick = (id: string | null) => {
    const row = rows.find((r) => String(r.id) === id);
    if (!row) return;
    setValue(null);
    onPick({ id: row.id, fullName: row.fullName, room: row.room, admissionDate: row.admissionDate, exitDate: null });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={650}>{title}</Text>} centered size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          pick(value);
        }}
      >
        <Stack gap="md">
          <Select
            label={t('carenotes.pick.label')}
            placeholder={t('carenotes.pick.placeholder')}
            data-autofocus
            searchable
            leftSection={<IconSearch size={16} />}
            nothingFoundMessage={residents.isLoading ? t('carenotes.pick.loading') : t('carenotes.pick.none')}
            data={rows.map((r) => ({ value: String(r.id), label: r.room ? `${r.fullName} — ${r.room}` : r.fullName }))}
            value={value}
            onChange={setValue}
            limit={50}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!value}>
              {t('common.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
