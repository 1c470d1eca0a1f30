import { Button, Group, Image, Modal, Paper, Progress, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon, UnstyledButton } from '@mantine/core';
import { DOCUMENT_TYPES } from '@contract';
import { IconFileTypePdf, IconPhoto, IconUpload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { applyFieldErrors } from '../../../components/form-errors';
import { notifySuccess } from '../../../components/notify';
import { formatBytes } from '../../../lib/format';
import { ACCEPT, checkFile, readAsBase64, type DocumentMime } from '../file-check';
import { useUploadDocument } from '../hooks';

export type DocType = (typeof DOCUMENT_TYPES)[number];

interface Values {
  docType: DocType | null;
  title: string;
  file: { file: File; mimeType: DocumentMime } | null;
}

/** What an upload sends, whoever the document belongs to. */
export type UploadPayload = { docType: DocType; title: string; fileName: string; mimeType: DocumentMime; base64: string };

interface UploadModalProps {
  /** `undefined` closed; `null` open with no type chosen; a type when opened from the checklist. */
  preset: DocType | null | undefined;
  /** The resident the document belongs to; or `onUpload` for another owner (an intake applicant). */
  residentId?: number;
  onUpload?: (payload: UploadPayload) => Promise<unknown>;
  onClose: () => void;
}

export function DocumentUploadModal({ preset, residentId, onUpload, onClose }: UploadModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={preset !== undefined} onClose={onClose} title={<Text fw={650}>{t('documents.upload.title')}</Text>} size="lg" centered>
      {preset !== undefined ? <UploadForm preset={preset} residentId={residentId} onUpload={onUpload} onClose={onClose} /> : null}
    </Modal>
  );
}

function UploadForm({ preset, residentId, onUpload, onClose }: { preset: DocType | null; residentId?: number; onUpload?: UploadModalProps['onUpload']; onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useUploadDocument();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<{ step: 'reading' | 'sending'; percent: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [formError, setFormError] = useState<string[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { docType: preset, title: preset ? t(`documents.types.${preset}`) : '', file: null } });
  const errors = form.formState.errors;
  const chosen = useWatch({ control: form.control, name: 'file' });

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    form.clearErrors('file');
    const check = await checkFile(file);
    if (!check.ok) {
      form.setError('file', { message: t(`documents.upload.problems.${check.problem}`, { name: file.name, size: formatBytes(file.size) }) });
      return;
    }
    form.setValue('file', { file, mimeType: check.mimeType });
    setPreview(check.mimeType.startsWith('image/') ? URL.createObjectURL(file) : null);
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError([]);
    let failed = false;
    if (!values.docType) {
      form.setError('docType', { message: t('documents.upload.required.type') });
      failed = true;
    }
    if (!values.title.trim()) {
      form.setError('title', { message: t('documents.upload.required.title') });
      failed = true;
    }
    if (!values.file) {
      form.setError('file', { message: t('documents.upload.required.file') });
      failed = true;
    }
    if (failed || !values.file || !values.docType) return;
    try {
      setPhase({ step: 'reading', percent: 0 });
      const base64 = await readAsBase64(values.file.file, (percent) => setPhase({ step: 'reading', percent }));
      setPhase({ step: 'sending', percent: 100 });
      const payload: UploadPayload = { docType: values.docType, title: values.title, fileName: values.file.file.name, mimeType: values.file.mimeType, base64 };
      await (onUpload ? onUpload(payload) : upload.mutateAsync({ residentId: residentId!, ...payload }));
      notifySuccess(t('documents.upload.done', { title: values.title.trim() }));
      onClose();
    } catch (error) {
      const fileKeys = new Set(['fileName', 'mimeType', 'base64']);
      setFormError(applyFieldErrors(error, form.setError, { mapKey: (k) => (fileKeys.has(k) ? 'file' : k), fields: ['docType', 'title', 'file'] }).unmatched);
    } finally {
      setPhase(null);
    }
  });

  const busy = phase !== null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="docType"
            render={({ field, fieldState }) => (
              <Select
                label={t('documents.fields.type')}
                placeholder={t('documents.upload.pickType')}
                withAsterisk
                allowDeselect={false}
                data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`documents.types.${d}`) }))}
                value={field.value}
                onChange={(v) => {
                  const previous = field.value ? t(`documents.types.${field.value}`) : '';
                  field.onChange(v);
                  // The title follows the type until someone writes their own.
                  const title = form.getValues('title');
                  if (v && (!title.trim() || title === previous)) form.setValue('title', t(`documents.types.${v as DocType}`));
                }}
                ref={field.ref}
                error={fieldState.error?.message}
                data-autofocus={preset ? undefined : true}
              />
            )}
          />
          <TextInput label={t('documents.fields.title')} withAsterisk {...form.register('title')} error={errors.title?.message} />
        </SimpleGrid>

        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="document-file-input"
          onChange={(e) => {
            void choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <UnstyledButton
          onClick={() => input.current?.click()}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void choose(e.dataTransfer.files?.[0]);
          }}
          disabled={busy}
          aria-describedby={errors.file ? 'document-file-error' : 'document-file-hint'}
          data-autofocus={preset ? true : undefined}
          data-testid="document-drop-zone"
        >
          <Paper
            radius="md"
            p="lg"
            style={{
              border: `2px dashed var(--mantine-color-${errors.file ? 'red-5' : dragging ? 'brand-6' : 'gray-4'})`,
              background: dragging ? 'var(--mantine-color-brand-0)' : 'var(--mantine-color-gray-0)',
            }}
          >
            {chosen ? (
              <Group gap="md" wrap="nowrap">
                {preview ? (
                  <Image src={preview} alt="" w={72} h={72} fit="cover" radius="sm" />
                ) : (
                  <ThemeIcon size={56} variant="light" color={chosen.mimeType === 'application/pdf' ? 'red' : 'brand'}>
                    {chosen.mimeType === 'application/pdf' ? <IconFileTypePdf size={30} /> : <IconPhoto size={30} />}
                  </ThemeIcon>
                )}
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {chosen.file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatBytes(chosen.file.size)}
                  </Text>
                  <Text size="xs" c="brand.7">
                    {t('documents.upload.replace')}
                  </Text>
                </Stack>
              </Group>
            ) : (
              <Stack align="center" gap={4}>
                <IconUpload size={28} color="var(--mantine-color-gray-6)" />
                <Text size="sm" fw={600}>
                  {t('documents.upload.drop')}
                </Text>
                <Text size="xs" c="dimmed" id="document-file-hint">
                  {t('documents.upload.formats')}
                </Text>
              </Stack>
            )}
          </Paper>
        </UnstyledButton>
        {errors.file ? (
          <Text size="sm" c="red.7" id="document-file-error" role="alert" mt={-8}>
            {errors.file.message}
          </Text>
        ) : null}

        {phase ? (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {phase.step === 'reading' ? t('documents.upload.reading', { percent: phase.percent }) : t('documents.upload.sending')}
            </Text>
            <Progress value={phase.percent} animated={phase.step === 'sending'} striped={phase.step === 'sending'} aria-label={t('documents.upload.progress')} />
          </Stack>
        ) : null}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconUpload size={16} />} loading={busy}>
            {t('documents.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
