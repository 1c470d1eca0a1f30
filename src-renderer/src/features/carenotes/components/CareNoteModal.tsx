import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Kbd, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Input } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { CARE_NOTE_CATEGORIES, CareNoteInput, clampDay, SHIFTS } from '@contract';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { useAddCareNote, type Shift } from '../hooks';
import { ChoiceButtons } from './ChoiceButtons';
import { TimeField } from './TimeField';
import { homeShift, homeShiftDay, homeTime, homeToday } from '../../../lib/home-clock';

/** Who the note is about; the stay bounds the dates a note may carry. */
export interface CareSubject {
  id: number;
  fullName: string;
  room: string | null;
  admissionDate?: string;
  exitDate?: string | null;
}

interface CareNoteModalProps {
  subject: CareSubject | null;
  onClose: () => void;
  /** Pre-filled day and shift (the day view passes the one it shows). */
  date?: string;
  shift?: Shift;
  /** Offers "Save and next": called after saving, to open the form for the next resident. */
  onNext?: () => void;
  nextName?: string | null;
  /** Called after a plain save (the form then closes). */
  onSaved?: () => void;
}

const FIELDS = ['notedOn', 'notedTime', 'shift', 'category', 'note'] as const;

/** The quick note: date and shift are already filled, so a caregiver picks a category, types and saves. */
export function CareNoteModal({ subject, onClose, ...rest }: CareNoteModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={subject !== null}
      onClose={onClose}
      size="lg"
      centered
      title={
        <Stack gap={0}>
          <Text fw={650}>{t('carenotes.noteForm.title', { name: subject?.fullName ?? '' })}</Text>
          {subject?.room ? <Text size="xs" c="dimmed">{subject.room}</Text> : null}
        </Stack>
      }
    >
      {/* Keyed by resident: each opening starts from a fresh form. */}
      {subject ? <CareNoteForm key={subject.id} subject={subject} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function CareNoteForm({ subject, onClose, date, shift, onNext, nextName, onSaved }: CareNoteModalProps & { subject: CareSubject }) {
  const { t } = useTranslation();
  const add = useAddCareNote();
  const [formError, setFormError] = useState<string[]>([]);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const today = homeToday();
  const maxDate = subject.exitDate && subject.exitDate < today ? subject.exitDate : today;
  // The day shown (day view), else the day the current shift began, held inside the resident's stay.
  const initialDate = date ?? clampDay(homeShiftDay(), subject.admissionDate, maxDate);
  const form = useForm<CareNoteInput>({
    resolver: zodResolver(CareNoteInput),
    mode: 'onTouched',
    defaultValues: {
      residentId: subject.id,
      notedOn: initialDate,
      notedTime: initialDate === today ? homeTime().replace(':', '.') : '',
      shift: shift ?? homeShift(),
      note: '',
    },
  });
  const errors = form.formState.errors;
  const noteField = form.register('note');

  const save = (next: boolean) =>
    form.handleSubmit(async (values) => {
      setFormError([]);
      try {
        await add.mutateAsync(values);
        notifySuccess(t('carenotes.noteForm.saved', { name: subject.fullName }));
        if (next && onNext) onNext();
        else {
          onClose();
          onSaved?.();
        }
      } catch (error) {
        setFormError(applyFieldErrors(error, form.setError, { fields: FIELDS }).unmatched);
      }
    });

  return (
    <form onSubmit={save(false)} noValidate>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Controller
            control={form.control}
            name="notedOn"
            render={({ field, fieldState }) => (
              <DatePickerInput
                label={t('carenotes.fields.date')}
                withAsterisk
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                minDate={subject.admissionDate}
                maxDate={maxDate}
                valueFormat="D MMM YYYY"
                leftSection={<IconCalendar size={16} />}
                error={fieldState.error?.message}
              />
            )}
          />
          <TimeField
            label={t('carenotes.fields.time')}
            {...form.register('notedTime')}
            error={errors.notedTime?.message}
          />
          <Controller
            control={form.control}
            name="shift"
            render={({ field, fieldState }) => (
              <Input.Wrapper label={t('carenotes.fields.shift')} withAsterisk error={fieldState.error?.message}>
                <SegmentedControl
                  fullWidth
                  value={field.value}
                  onChange={(v) => field.onChange(v as Shift)}
                  data={SHIFTS.map((s) => ({ value: s, label: t(`carenotes.shiftsShort.${s}`) }))}
                  aria-label={t('carenotes.fields.shift')}
                />
              </Input.Wrapper>
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="category"
          render={({ field, fieldState }) => (
            <ChoiceButtons
              label={t('carenotes.fields.category')}
              required
              autoFocus
              testId="note-category"
              firstRef={field.ref}
              options={CARE_NOTE_CATEGORIES.map((c) => ({ value: c, label: t(`carenotes.categories.${c}`) }))}
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                // Straight on to writing: choosing a category is the last step before the text.
                noteRef.current?.focus();
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        <Textarea
          label={t('carenotes.fields.note')}
          description={t('carenotes.noteForm.noteHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          autosize
          minRows={4}
          maxRows={12}
          {...noteField}
          ref={(el) => {
            noteField.ref(el);
            noteRef.current = el;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save(false)();
            }
          }}
          error={errors.note?.message}
        />
        <Text size="xs" c="dimmed">
          {t('carenotes.noteForm.appendOnly')} <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('carenotes.noteForm.toSave')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {onNext && nextName ? (
            <Button variant="light" loading={add.isPending} onClick={() => void save(true)()}>
              {t('carenotes.noteForm.saveNext', { name: nextName })}
            </Button>
          ) : null}
          <Button type="submit" loading={add.isPending}>
            {t('carenotes.noteForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
