import { Alert, Button, Center, Code, Group, Loader, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ResidentDocument } from '@contract';
import { IconDownload, IconFileTypePdf, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { downloadBase64 } from '../../../lib/download';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { useDocumentContent } from '../hooks';

/**
 * Shows a document: images inline; a PDF cannot be framed under the app's Content-Security-Policy
 * (frames and plugins are not allowed from blob: or data: URLs), so it is offered as a download instead.
 */
export function DocumentViewModal({ document, onClose }: { document: ResidentDocument | null; onClose: () => void }) {
  const { t } = useTranslation();
  const content = useDocumentContent(document?.id ?? null);
  const image = document?.mimeType.startsWith('image/') ?? false;
  // img-src allows data: URLs; the content is already in memory as base64.
  const url = image && content.data ? `data:${content.data.mimeType};base64,${content.data.base64}` : null;

  const download = () => content.data && downloadBase64(content.data.base64, content.data.fileName, content.data.mimeType);

  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      size={image ? 'xl' : 'lg'}
      centered
      title={
        <Stack gap={0}>
          <Text fw={650}>{document?.title}</Text>
          <Text size="xs" c="dimmed">
            {document ? t(`documents.types.${document.docType}`) : ''}
          </Text>
        </Stack>
      }
    >
      {document ? (
        <Stack gap="md">
          {content.error ? <FormAlert messages={[content.error.message]} /> : null}
          {content.isLoading ? (
            <Center h={240}>
              <Loader size="sm" />
            </Center>
          ) : null}
          {image && url ? (
            <Center bg="gray.1" p="xs" style={{ borderRadius: 8 }}>
              <img src={url} alt={document.title} style={{ maxWidth: '100%', maxHeight: '65vh', objectFit: 'contain', display: 'block' }} data-testid="document-image" />
            </Center>
          ) : null}
          {!image && content.data ? (
            <Alert color="gray" variant="light" icon={<ThemeIcon variant="light" color="red" size={36}><IconFileTypePdf size={22} /></ThemeIcon>}>
              <Text size="sm" fw={600}>
                {t('documents.view.pdfTitle')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('documents.view.pdfHint')}
              </Text>
            </Alert>
          ) : null}
          <InfoList
            items={[
              { label: t('documents.fields.fileName'), value: document.fileName },
              { label: t('documents.fields.size'), value: formatBytes(document.sizeBytes) },
              { label: t('documents.fields.uploadedBy'), value: document.uploadedBy },
              { label: t('documents.fields.uploadedAt'), value: formatDateTime(document.uploadedAt) },
            ]}
          />
          {content.data ? (
            <Group gap={6} c="teal.8">
              <IconShieldCheck size={16} />
              <Text size="xs">
                {t('documents.view.verified')} <Code fz="xs">{document.sha256.slice(0, 16)}…</Code>
              </Text>
            </Group>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('documents.view.close')}
            </Button>
            <Button leftSection={<IconDownload size={16} />} onClick={download} disabled={!content.data}>
              {t('documents.download')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
