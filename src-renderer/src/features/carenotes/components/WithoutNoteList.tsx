import { ActionIcon, Badge, Button, Group, Paper, ScrollArea, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import type { CareDay } from '@contract';
import { IconAlertTriangle, IconCircleCheck, IconPencilPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Person = CareDay['residentsWithoutNote'][number];

interface WithoutNoteListProps {
  residents: Person[];
  /** How many residents are present that day (to say "all done"). */
  total: number;
  onWrite: (person: Person) => void;
  onIncident: (person: Person) => void;
}

/** Who has no note yet in this shift, by room: one click (or Tab + Enter) opens the quick note. */
export function WithoutNoteList({ residents, total, onWrite, onIncident }: WithoutNoteListProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const rooms = useMemo(() => {
    const q = search.trim().toLowerCase();
    const byRoom = new Map<string, Person[]>();
    for (const p of residents) {
      if (q && !p.fullName.toLowerCase().includes(q) && !(p.room ?? '').toLowerCase().includes(q)) continue;
      const room = p.room ?? '';
      byRoom.set(room, [...(byRoom.get(room) ?? []), p]);
    }
    return [...byRoom.entries()];
  }, [residents, search]);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="without-note-title" data-testid="without-note">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap={8}>
          <Text id="without-note-title" fw={650}>
            {t('carenotes.day.withoutNote')}
          </Text>
          <Badge color={residents.length ? 'orange' : 'teal'} variant="light" data-testid="without-note-count">
            {residents.length}
          </Badge>
        </Group>
        {residents.length > 8 ? (
          <TextInput
            size="xs"
            placeholder={t('carenotes.day.searchPerson')}
            aria-label={t('carenotes.day.searchPerson')}
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={200}
          />
        ) : null}
      </Group>
      {residents.length === 0 ? (
        <Group gap={8} c="teal.7" py="sm">
          <IconCircleCheck size={20} />
          <Text size="sm">{total > 0 ? t('carenotes.day.allNoted') : t('carenotes.day.nobodyPresent')}</Text>
        </Group>
      ) : (
        <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
          <Stack gap="sm">
            {rooms.map(([room, people]) => (
              <div key={room || '-'}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3} mb={4}>
                  {room || t('carenotes.day.noRoom')}
                </Text>
                <Stack gap={4}>
                  {people.map((p) => (
                    <Group
                      key={p.id}
                      justify="space-between"
                      wrap="nowrap"
                      gap="xs"
                      px="xs"
                      py={4}
                      data-testid="without-note-row"
                      style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
                    >
                      <Text size="sm" fw={500} truncate>
                        {p.fullName}
                      </Text>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('carenotes.recordIncidentFor', { name: p.fullName })} openDelay={400}>
                          <ActionIcon variant="subtle" color="orange" aria-label={t('carenotes.recordIncidentFor', { name: p.fullName })} onClick={() => onIncident(p)}>
                            <IconAlertTriangle size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconPencilPlus size={14} />}
                          data-write-for={p.id}
                          aria-label={t('carenotes.writeNoteFor', { name: p.fullName })}
                          onClick={() => onWrite(p)}
                        >
                          {t('carenotes.writeNote')}
                        </Button>
                      </Group>
                    </Group>
                  ))}
                </Stack>
              </div>
            ))}
            {rooms.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('carenotes.day.noMatch')}
              </Text>
            ) : null}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
