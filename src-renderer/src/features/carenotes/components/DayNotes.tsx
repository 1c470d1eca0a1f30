import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { CareNote } from '@contract';
import { IconNotes, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NoteLine } from './CareItems';
import type { CareSubject } from './CareNoteModal';

/** The notes of the day (or shift), by room, then by resident, each resident with a quick "another note". */
export function DayNotes({ notes, onWrite }: { notes: CareNote[]; onWrite: (subject: CareSubject) => void }) {
  const { t } = useTranslation();
  const rooms = useMemo(() => {
    const byRoom = new Map<string, Map<number, CareNote[]>>();
    for (const n of notes) {
      const room = n.room ?? '';
      const people = byRoom.get(room) ?? new Map<number, CareNote[]>();
      people.set(n.residentId, [...(people.get(n.residentId) ?? []), n]);
      byRoom.set(room, people);
    }
    return [...byRoom.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'id')))
      .map(([room, people]) => [room, [...people.values()]] as const);
  }, [notes]);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="day-notes-title" data-testid="day-notes">
      <Group gap={8} mb="sm">
        <Text id="day-notes-title" fw={650}>
          {t('carenotes.day.notesTitle')}
        </Text>
        <Badge variant="light">{notes.length}</Badge>
      </Group>
      {notes.length === 0 ? (
        <Group gap={8} c="dimmed" py="sm">
          <IconNotes size={20} />
          <Text size="sm">{t('carenotes.day.noNotes')}</Text>
        </Group>
      ) : (
        <Stack gap="md">
          {rooms.map(([room, people]) => (
            <div key={room || '-'}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3} mb={6}>
                {room || t('carenotes.day.noRoom')}
              </Text>
              <Stack gap={6}>
                {people.map((personNotes) => {
                  const first = personNotes[0]!;
                  return (
                    <Paper key={first.residentId} withBorder radius="md" px="sm" py={8} data-testid="day-note-person">
                      <Group gap={6} justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={650}>
                          {first.residentName}
                        </Text>
                        <Tooltip label={t('carenotes.anotherNote')} openDelay={400}>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            aria-label={t('carenotes.writeNoteFor', { name: first.residentName })}
                            onClick={() => onWrite({ id: first.residentId, fullName: first.residentName, room: first.room })}
                          >
                            <IconPlus size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                      <Stack gap={6} mt={6}>
                        {personNotes.map((n) => (
                          <NoteLine key={n.id} note={n} />
                        ))}
                      </Stack>
                    </Paper>
                  );
                })}
              </Stack>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
