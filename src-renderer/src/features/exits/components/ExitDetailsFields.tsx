import { Divider, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { NOTIFY_METHOD_LABELS, NOTIFY_METHODS, REPATRIATION_DESTINATION_LABELS, REPATRIATION_DESTINATIONS } from '@contract';
import { Controller, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';

/** The form's `details` part: a repatriation's receiver and trip, or a death's event, family notice and funeral. */
export interface DetailsForm {
  details: Record<string, string | null | undefined>;
}

interface Props {
  kind: 'repatriation' | 'death';
  control: Control<DetailsForm>;
  register: UseFormRegister<DetailsForm>;
  errors: FieldErrors<DetailsForm>;
}

const options = (values: readonly string[], labels: Record<string, string>) => values.map((v) => ({ value: v, label: labels[v]! }));

export function ExitDetailsFields({ kind, control, register, errors }: Props) {
  const { t } = useTranslation();
  const e = (errors.details ?? {}) as Record<string, { message?: string } | undefined>;
  const destination = useWatch({ control, name: 'details.destination' });
  const f = (key: string) => t(`exits.form.${key}` as 'exits.form.notes');

  if (kind === 'repatriation') {
    return (
      <>
        <Divider label={<Text size="sm" fw={600}>{t('exits.form.sections.receiver')}</Text>} labelPosition="left" />
        <Controller
          control={control}
          name="details.destination"
          render={({ field }) => (
            <Select label={f('destination')} withAsterisk data={options(REPATRIATION_DESTINATIONS, REPATRIATION_DESTINATION_LABELS)} value={field.value ?? null} onChange={(v) => field.onChange(v)} error={e.destination?.message} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={f('receiverName')} withAsterisk {...register('details.receiverName')} error={e.receiverName?.message} />
          <TextInput label={f('receiverRole')} withAsterisk {...register('details.receiverRole')} error={e.receiverRole?.message} />
          {destination === 'social_office' ? <TextInput label={f('receiverInstitution')} {...register('details.receiverInstitution')} error={e.receiverInstitution?.message} /> : null}
          <TextInput label={f('receiverIdNumber')} {...register('details.receiverIdNumber')} error={e.receiverIdNumber?.message} />
          <TextInput label={f('receiverPhone')} {...register('details.receiverPhone')} error={e.receiverPhone?.message} />
        </SimpleGrid>
        <Textarea label={f('destinationAddress')} withAsterisk autosize minRows={2} {...register('details.destinationAddress')} error={e.destinationAddress?.message} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={f('escortNames')} description={f('escortHint')} withAsterisk {...register('details.escortNames')} error={e.escortNames?.message} inputWrapperOrder={['label', 'input', 'description', 'error']} />
          <TextInput label={f('transport')} {...register('details.transport')} error={e.transport?.message} />
          <TextInput label={f('handoverNo')} description={f('handoverHint')} {...register('details.handoverNo')} error={e.handoverNo?.message} inputWrapperOrder={['label', 'input', 'description', 'error']} />
        </SimpleGrid>
        <Textarea label={f('notes')} autosize minRows={2} {...register('details.notes')} error={e.notes?.message} />
      </>
    );
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={f('deathTime')} placeholder="04:30" {...register('details.deathTime')} error={e.deathTime?.message} />
        <TextInput label={f('deathPlace')} withAsterisk {...register('details.deathPlace')} error={e.deathPlace?.message} />
        <TextInput label={f('causeOfDeath')} withAsterisk {...register('details.causeOfDeath')} error={e.causeOfDeath?.message} />
        <TextInput label={f('certificateNo')} {...register('details.certificateNo')} error={e.certificateNo?.message} />
      </SimpleGrid>
      <Divider label={<Text size="sm" fw={600}>{t('exits.form.sections.family')}</Text>} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={f('notifiedName')} {...register('details.notifiedName')} error={e.notifiedName?.message} />
        <TextInput label={f('notifiedAt')} placeholder="10 Maret 2025 06.00" {...register('details.notifiedAt')} error={e.notifiedAt?.message} />
        <Controller
          control={control}
          name="details.notifiedHow"
          render={({ field }) => (
            <Select label={f('notifiedHow')} data={options(NOTIFY_METHODS, NOTIFY_METHOD_LABELS)} value={field.value ?? null} onChange={(v) => field.onChange(v)} clearable comboboxProps={{ withinPortal: true }} />
          )}
        />
      </SimpleGrid>
      <Divider label={<Text size="sm" fw={600}>{t('exits.form.sections.funeral')}</Text>} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={f('burialPlace')} {...register('details.burialPlace')} error={e.burialPlace?.message} />
        <Controller
          control={control}
          name="details.burialDate"
          render={({ field }) => <DateField label={f('burialDate')} value={field.value ?? null} onChange={(v) => field.onChange(v)} error={e.burialDate?.message} clearable popoverProps={{ withinPortal: true }} />}
        />
      </SimpleGrid>
      <Textarea label={f('rites')} description={f('ritesHint')} autosize minRows={2} {...register('details.rites')} error={e.rites?.message} inputWrapperOrder={['label', 'input', 'description', 'error']} />
      <Textarea label={f('notes')} autosize minRows={2} {...register('details.notes')} error={e.notes?.message} />
    </>
  );
}

/** Server field keys: a bare detail name (from a service) goes under `details.`; the status's date is the exit date. */
export function mapExitField(key: string): string {
  if (key === 'effectiveDate') return 'exitDate';
  if (key === 'exitDate' || key === 'reason' || key === 'residentId' || key.startsWith('details.')) return key;
  return `details.${key}`;
}
