import { ActionIcon, Badge, Button, Center, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Textarea, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { DOCUMENT_TYPES, type ResidentDetail, type ResidentDocument, type Role } from '@contract';
import { IconCircleCheck, IconCircleDashed, IconDownload, IconEye, IconFileTypePdf, IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatBytes, formatShortDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { documentsQuery, useDownloadDocument, useRemoveDocument } from '../hooks';
import { DocumentUploadModal, type DocType } from './DocumentUploadModal';
import { DocumentViewModal } from './DocumentViewModal';
import { homeNowDayjs } from '../../../lib/home-clock';

const UPLOADERS: ReadonlySet<Role> = new Set(['province_admin', 'admin', 'head']);
const REMOVERS: ReadonlySet<Role> = new Set(['province_admin', 'admin']);
/** The civil documents every file should hold; "other" is never missing. */
const STANDARD: readonly DocType[] = ['ktp', 'kk', 'birth_certificate', 'referral_letter', 'medical_certificate'];
/** A KTP is issued from 17 (or on marriage): younger residents are not expected to have one. */
const KTP_AGE = 17;

/** The resident's documents by type, with a checklist of the standard ones still missing. */
export function DocumentsTab({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const docs = useQuery(documentsQuery(resident.id));
  const download = useDownloadDocument();
  const remove = useRemoveDocument();
  const [uploading, setUploading] = useState<DocType | null | undefined>(undefined);
  const [viewing, setViewing] = useState<ResidentDocument | null>(null);
  const [removing, setRemoving] = useState<ResidentDocument | null>(null);
  const [reason, setReason] = useState('');
  const canUpload = UPLOADERS.has(role);
  const canRemove = REMOVERS.has(role);

  const age = resident.birthDate ? homeNowDayjs().diff(dayjs(resident.birthDate), 'year') : null;
  const ktpNotYet = age !== null && age < KTP_AGE && resident.maritalStatus !== 'married';
  const list = docs.data ?? [];
  const byType = (type: DocType) => list.filter((d) => d.docType === type);
  const expected = STANDARD.filter((type) => type !== 'ktp' || !ktpNotYet);
  const present = expected.filter((type) => byType(type).length > 0).length;

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { document: removing, reason },
      {
        onSuccess: () => {
          notifySuccess(t('documents.remove.done', { title: removing.title }));
          setRemoving(null);
          setReason('');
        },
        onError: notifyError,
      },
    );
  };

  if (docs.isLoading) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      {docs.error ? <FormAlert messages={[docs.error.message]} /> : null}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="doc-checklist-title" data-testid="document-checklist">
        <Group justify="space-between" gap="sm" mb="sm">
          <Stack gap={2}>
            <Text id="doc-checklist-title" fw={650}>
              {t('documents.checklist.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('documents.checklist.summary', { present, total: expected.length })}
            </Text>
          </Stack>
          {canUpload ? (
            <Button leftSection={<IconUpload size={16} />} onClick={() => setUploading(null)}>
              {t('documents.upload.action')}
            </Button>
          ) : null}
        </Group>
        <Progress value={(present / Math.max(1, expected.length)) * 100} color={present === expected.length ? 'teal' : 'orange'} size="sm" radius="xl" mb="md" aria-hidden />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
          {STANDARD.map((type) => {
            const count = byType(type).length;
            const notYet = type === 'ktp' && ktpNotYet && count === 0;
            const missing = count === 0 && !notYet;
            const body = (
              <Group gap="sm" wrap="nowrap" p="xs" style={{ borderRadius: 8, background: missing ? 'var(--mantine-color-orange-0)' : 'var(--mantine-color-gray-0)' }}>
                {count > 0 ? (
                  <IconCircleCheck size={20} color="var(--mantine-color-teal-6)" aria-hidden />
                ) : (
                  <IconCircleDashed size={20} color={`var(--mantine-color-${missing ? 'orange-6' : 'gray-5'})`} aria-hidden />
                )}
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {t(`documents.types.${type}`)}
                  </Text>
                  <Text size="xs" c={missing ? 'orange.8' : 'dimmed'}>
                    {count > 0
                      ? t('documents.checklist.present', { count })
                      : notYet
                        ? t('documents.checklist.notYet', { age: KTP_AGE })
                        : canUpload
                          ? t('documents.checklist.missingUpload')
                          : t('documents.checklist.missing')}
                  </Text>
                </Stack>
              </Group>
            );
            return missing && canUpload ? (
              <UnstyledButton key={type} onClick={() => setUploading(type)} aria-label={t('documents.upload.for', { type: t(`documents.types.${type}`) })} data-testid={`checklist-${type}`}>
                {body}
              </UnstyledButton>
            ) : (
              <div key={type} data-testid={`checklist-${type}`}>
                {body}
              </div>
            );
          })}
        </SimpleGrid>
      </Paper>

      {list.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text size="sm" c="dimmed" ta="center">
            {t('documents.empty')}
          </Text>
        </Paper>
      ) : (
        DOCUMENT_TYPES.filter((type) => byType(type).length > 0).map((type) => (
          <Paper key={type} withBorder radius="md" component="section" aria-label={t(`documents.types.${type}`)} data-testid={`documents-${type}`}>
            <Group gap={8} px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
              <Text fw={650} size="sm">
                {t(`documents.types.${type}`)}
              </Text>
              <Badge variant="light" size="sm">
                {byType(type).length}
              </Badge>
            </Group>
            {byType(type).map((doc, i) => (
              <Group key={doc.id} justify="space-between" wrap="nowrap" gap="sm" px="md" py="sm" style={{ borderTop: i ? '1px solid var(--mantine-color-gray-1)' : undefined }} data-testid="document-row">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <ThemeIcon variant="light" color={doc.mimeType === 'application/pdf' ? 'red' : 'brand'} size={36}>
                    {doc.mimeType === 'application/pdf' ? <IconFileTypePdf size={20} /> : <IconPhoto size={20} />}
                  </ThemeIcon>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate>
                      {doc.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {doc.fileName} · {formatBytes(doc.sizeBytes)} · {t('documents.uploadedByOn', { name: doc.uploadedBy ?? '—', date: formatShortDate(doc.uploadedAt) })}
                    </Text>
                  </Stack>
                </Group>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} />} onClick={() => setViewing(doc)} aria-label={t('documents.viewNamed', { title: doc.title })}>
                    {t('documents.view.action')}
                  </Button>
                  <Tooltip label={t('documents.download')} openDelay={300}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('documents.downloadNamed', { title: doc.title })}
                      loading={download.isPending && download.variables === doc.id}
                      onClick={() => download.mutate(doc.id, { onError: notifyError })}
                    >
                      <IconDownload size={18} />
                    </ActionIcon>
                  </Tooltip>
                  {canRemove ? (
                    <Tooltip label={t('documents.remove.action')} openDelay={300}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('documents.remove.named', { title: doc.title })} onClick={() => setRemoving(doc)}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Group>
              </Group>
            ))}
          </Paper>
        ))
      )}

      <DocumentUploadModal preset={uploading} residentId={resident.id} onClose={() => setUploading(undefined)} />
      <DocumentViewModal document={viewing} onClose={() => setViewing(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('documents.remove.title')}
        message={t('documents.remove.message', { title: removing?.title ?? '' })}
        confirmLabel={t('documents.remove.confirm')}
        loading={remove.isPending}
        confirmDisabled={reason.trim().length === 0}
        onConfirm={confirmRemove}
        onClose={() => {
          setRemoving(null);
          setReason('');
        }}
      >
        <Textarea label={t('documents.remove.reason')} withAsterisk autosize minRows={2} data-autofocus value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      </ConfirmModal>
    </Stack>
  );
}
