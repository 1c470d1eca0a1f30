import { Alert, Anchor, Badge, Button, Center, Group, Loader, Modal, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { NOTIFY_METHOD_LABELS, REPATRIATION_DESTINATION_LABELS, type ExitDetail } from '@contract';
import { IconArrowBackUp, IconFileText, IconFlower, IconHomeMove, IconPencil, IconPrinter, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { BackToExits } from '../components/BackToExits';
import { InfoList, type InfoItem } from '../../../components/InfoList';
import { PageHeader } from '../../../components/PageHeader';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { DocumentUploadModal } from '../../documents/components/DocumentUploadModal';
import { CostsCard } from '../components/CostsCard';
import { EditExitModal } from '../components/EditExitModal';
import { UndoExitModal } from '../components/UndoExitModal';
import { exitQuery, handoverQuery } from '../hooks';

const CHANGE_COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red', undone: 'gray' } as const;

function detailItems(exit: ExitDetail, f: (key: string) => string): InfoItem[] {
  if (exit.repatriation) {
    const r = exit.repatriation;
    return [
      { label: f('repatriationDate'), value: formatDate(exit.exitDate) },
      { label: f('handoverNo'), value: r.handoverNo },
      { label: f('destination'), value: REPATRIATION_DESTINATION_LABELS[r.destination] },
      { label: f('receiverName'), value: `${r.receiverName} (${r.receiverRole})` },
      { label: f('receiverInstitution'), value: r.receiverInstitution },
      { label: f('receiverIdNumber'), value: r.receiverIdNumber },
      { label: f('destinationAddress'), value: r.destinationAddress, wide: true },
      { label: f('escortNames'), value: r.escortNames },
      { label: f('transport'), value: r.transport },
      { label: f('reason'), value: exit.reason, wide: true },
      { label: f('notes'), value: r.notes, wide: true },
    ];
  }
  const d = exit.death!;
  return [
    { label: f('deathDate'), value: `${formatDate(exit.exitDate)}${d.deathTime ? `, ${d.deathTime}` : ''}` },
    { label: f('deathPlace'), value: d.deathPlace },
    { label: f('causeOfDeath'), value: d.causeOfDeath },
    { label: f('certificateNo'), value: d.certificateNo },
    { label: f('notifiedName'), value: [d.notifiedName, d.notifiedAt, d.notifiedHow ? NOTIFY_METHOD_LABELS[d.notifiedHow] : null].filter(Boolean).join(' · ') },
    { label: f('burialPlace'), value: [d.burialPlace, d.burialDate ? formatDate(d.burialDate) : null].filter(Boolean).join(', ') },
    { label: f('rites'), value: d.rites, wide: true },
    { label: f('notes'), value: d.notes, wide: true },
  ];
}

function HandoverModal({ exit, onClose }: { exit: ExitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const report = useQuery(handoverQuery(exit.id, paper));
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('exits.detail.handoverTitle')}</Text>} size="80rem" centered>
      <PrintPreview report={report.data} loading={report.isFetching} error={report.error} onRetry={() => void report.refetch()} paper={paper} onPaperChange={setPaper} />
    </Modal>
  );
}

/** One repatriation or death: the record, its state in the resident's lifecycle, costs, documents, printing and the head's undo. */
export function ExitDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const role = useCurrentSession().user.role;
  const exit = useQuery(exitQuery(id));
  const [dialog, setDialog] = useState<'edit' | 'handover' | 'undo' | 'upload' | null>(null);

  if (exit.isLoading) return <Center h={300}><Loader /></Center>;
  if (exit.error || !exit.data) return <FormAlert messages={[exit.error?.message ?? '']} />;
  const e = exit.data;
  const standing = e.changeState === 'approved' || e.changeState === 'pending';
  const recorder = role === 'admin' || role === 'head';

  return (
    <>
      <BackToExits />
      <PageHeader
        title={`${t(`exits.kinds.${e.kind}`)} — ${e.residentName}`}
        description={`${e.registrationNo} · ${formatDate(e.exitDate)}`}
        icon={<ThemeIcon variant="light" size={40} radius="md" color={e.kind === 'death' ? 'dark' : 'blue'}>{e.kind === 'death' ? <IconFlower size={22} /> : <IconHomeMove size={22} />}</ThemeIcon>}
        actions={
          <Group gap="xs">
            {e.kind === 'repatriation' ? <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setDialog('handover')}>{t('exits.detail.handover')}</Button> : null}
            {recorder && standing ? <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>{t('exits.detail.edit')}</Button> : null}
            {role === 'head' && e.changeState === 'approved' ? <Button variant="light" color="orange" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('undo')}>{t('exits.detail.undo')}</Button> : null}
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <Text size="sm" c="dimmed">{t('exits.detail.exitState')}:</Text>
          <Badge color={CHANGE_COLORS[e.changeState]} variant="light" tt="none" data-testid="change-state">{t(`exits.changeState.${e.changeState}`)}</Badge>
          {role !== 'finance' ? <Anchor component={Link} to={`/residents/${e.residentId}/history`} size="sm">{t('exits.detail.openResident')}</Anchor> : null}
        </Group>
        {e.changeState === 'pending' ? <Alert color="yellow" variant="light">{t('exits.detail.pending')}</Alert> : null}
        {e.changeState === 'rejected' ? <Alert color="red" variant="light">{t('exits.detail.rejected')}</Alert> : null}
        {e.changeState === 'undone' ? <Alert color="gray" variant="light">{t('exits.detail.undone', { by: e.undoneBy ?? '—', at: formatDateTime(e.undoneAt), reason: e.undoReason ?? '' })}</Alert> : null}
        <Paper withBorder radius="md" p="lg">
          <InfoList items={detailItems(e, (key) => String(t(`exits.form.${key}` as 'exits.form.notes')))} />
        </Paper>
        <CostsCard exit={e} />
        <Paper withBorder radius="md" p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={4}>{t('exits.detail.documents')}</Title>
            {recorder ? <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} onClick={() => setDialog('upload')}>{t('exits.detail.upload')}</Button> : null}
          </Group>
          {e.documents.length === 0 ? (
            <Text size="sm" c="dimmed">{t('exits.detail.noDocuments')}</Text>
          ) : (
            <Stack gap={4}>
              {e.documents.map((d) => (
                <Group key={d.id} gap="xs">
                  <IconFileText size={16} />
                  <Anchor component={Link} to={`/residents/${e.residentId}/documents`} size="sm">{d.title}</Anchor>
                  <Text size="xs" c="dimmed">{t(`documents.types.${d.docType}` as 'documents.types.other')}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      </Stack>
      {dialog === 'edit' ? <EditExitModal exit={e} onClose={() => setDialog(null)} /> : null}
      {dialog === 'handover' ? <HandoverModal exit={e} onClose={() => setDialog(null)} /> : null}
      {dialog === 'undo' ? <UndoExitModal changeId={e.changeId} residentName={e.residentName} onClose={() => setDialog(null)} /> : null}
      {dialog === 'upload' ? <DocumentUploadModal residentId={e.residentId} preset={e.kind === 'death' ? 'death_certificate' : 'handover_record'} onClose={() => (setDialog(null), void exit.refetch())} /> : null}
    </>
  );
}
