import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { StatusChange } from '@contract';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDecideExit } from '../hooks';
import { useReference } from '../labels';

interface Props {
  change: StatusChange;
  residentName: string;
  /** Which button the head pressed: the modal confirms that decision, with an optional note. */
  approve: boolean;
  onClose: () => void;
}

/** The head approves or rejects a pending discharge (termination), with an optional note. */
export function DecideExitModal({ change, residentName, approve, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useReference();
  const decide = useDecideExit();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string[]>([]);

  const submit = () => {
    setFormError([]);
    setNoteError(undefined);
    decide.mutate(
      { changeId: change.id, approve, note: note.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t(approve ? 'residents.actions.approved' : 'residents.actions.rejected', { name: residentName }));
          onClose();
        },
        onError: (error) => {
          const applied = applyFieldErrors<{ note: string }>(error, (_, e) => setNoteError(e.message), { fields: ['note'] });
          setFormError(applied.unmatched);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('residents.actions.decideTitle', { name: residentName })}</Text>} size="lg" centered>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <InfoList
          items={[
            { label: t('residents.fields.exitType'), value: change.exitType ? ref.exitType[change.exitType] : '—' },
            { label: t('residents.fields.exitDate'), value: formatDate(change.effectiveDate) },
            { label: t('residents.actions.reason'), value: change.reason, wide: true },
            { label: t('residents.actions.requestedBy'), value: `${change.requestedBy ?? '—'} · ${formatDateTime(change.requestedAt)}`, wide: true },
          ]}
        />
        <Textarea
          label={t('residents.actions.decideNote')}
          placeholder={t('residents.actions.decideNotePlaceholder')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={noteError}
          data-autofocus
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose} disabled={decide.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={approve ? 'teal' : 'red'}
            leftSection={approve ? <IconCheck size={16} /> : <IconX size={16} />}
            onClick={submit}
            loading={decide.isPending}
          >
            {approve ? t('residents.detail.approve') : t('residents.detail.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
