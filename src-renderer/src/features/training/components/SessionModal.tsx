import { Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { ATTENDANCE_STATUSES, SessionInput, type AttendanceStatus, type Enrolment, type Programme } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { ApiError } from '../../../lib/api';
import { useTrainingMutation } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

/** Participants in the group on a day: enrolled by then, not withdrawn or completed before it. */
export const groupOn = (enrolments: Enrolment[], date: string) => enrolments.filter((e) => e.enrolledOn <= date && (e.withdrawnOn ?? e.completedOn ?? '9999-12-31') >= date);

const minutesBetween = (from: string, to: string) => {
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  return Math.max(1, (th! * 60 + tm!) - (fh! * 60 + fm!));
};

/** One session and the whole group's attendance, entered at once and saved in one go. */
export function SessionModal({ programme, enrolments, onClose }: { programme: Programme; enrolments: Enrolment[]; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useTrainingMutation('training.recordSession');
  const [heldOn, setHeldOn] = useState(homeToday());
  const [topic, setTopic] = useState('');
  const [duration, setDuration] = useState<number>(minutesBetween(programme.startTime, programme.endTime));
  const [marks, setMarks] = useState<Record<number, { status: AttendanceStatus; note: string }>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const group = groupOn(enrolments, heldOn);
  const markOf = (id: number) => marks[id] ?? { status: 'present' as AttendanceStatus, note: '' };
  const setMark = (id: number, change: Partial<{ status: AttendanceStatus; note: string }>) => setMarks((m) => ({ ...m, [id]: { ...markOf(id), ...change } }));

  const submit = async () => {
    setErrors({});
    setGeneral([]);
    const input = { programmeId: programme.id, heldOn, topic, durationMinutes: duration, attendance: group.map((e) => ({ enrolmentId: e.id, status: markOf(e.id).status, note: markOf(e.id).note })) };
    const parsed = SessionInput.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    try {
      const saved = await record.mutateAsync(input);
      notifySuccess(t('training.session.saved', { date: formatDate(saved.heldOn), present: saved.present, total: saved.marked }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length) setErrors(error.fieldErrors);
      else setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('training.session.title')}</Text>} size="xl" centered>
      <Stack gap="md">
        <FormAlert messages={general} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('training.session.date')} withAsterisk value={heldOn} onChange={(v) => setHeldOn(v ?? '')} error={errors.heldOn} />
          <NumberInput label={t('training.session.duration')} min={1} max={1440} value={duration} onChange={(v) => setDuration(Number(v) || 0)} error={errors.durationMinutes} />
        </SimpleGrid>
        <TextInput label={t('training.session.topic')} withAsterisk value={topic} onChange={(e) => setTopic(e.currentTarget.value)} error={errors.topic} data-autofocus />
        <Group justify="space-between">
          <Text fw={600}>{t('training.participants.title')} ({group.length})</Text>
          <Button size="xs" variant="light" onClick={() => setMarks(Object.fromEntries(group.map((e) => [e.id, { status: 'present', note: markOf(e.id).note }])))}>{t('training.session.allPresent')}</Button>
        </Group>
        {group.length === 0 ? (
          <Text c="dimmed" size="sm">{t('training.session.noGroup')}</Text>
        ) : (
          <Table data-testid="attendance-grid">
            <Table.Tbody>
              {group.map((e) => (
                <Table.Tr key={e.id} data-testid={`attendance-${e.residentName}`}>
                  <Table.Td>{e.residentName}</Table.Td>
                  <Table.Td>
                    <SegmentedControl size="xs" value={markOf(e.id).status} onChange={(v) => setMark(e.id, { status: v as AttendanceStatus })} data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`training.attendance.${s}`) }))} />
                  </Table.Td>
                  <Table.Td><TextInput size="xs" placeholder={t('training.session.markNote')} aria-label={`${t('training.session.markNote')} ${e.residentName}`} value={markOf(e.id).note} onChange={(ev) => setMark(e.id, { note: ev.currentTarget.value })} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {errors.attendance ? <Text size="sm" c="red">{errors.attendance}</Text> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void submit()} loading={record.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
