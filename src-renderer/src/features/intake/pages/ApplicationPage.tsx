import { Alert, Anchor, Badge, Button, Center, Grid, Group, List, Loader, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import type { ApplicationDetail } from '@contract';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconClipboardCheck, IconEdit, IconPrinter, IconUpload, IconUser, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { InfoList } from '../../../components/InfoList';
import { PageHeader } from '../../../components/PageHeader';
import { downloadBase64 } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { DocumentUploadModal, type DocType } from '../../documents/components/DocumentUploadModal';
import { pmksLabel, useReference } from '../../residents/labels';
import { formatScore } from '../components/ApplicantsTab';
import { AssessModal } from '../components/AssessModal';
import { STATUS_COLORS } from '../components/OverviewStats';
import { PrintModal } from '../components/PrintModal';
import { applicationQuery, useApplicationDocumentContent, useUploadApplicationDocument, type IntakeReportRequest } from '../hooks';
import { intakePermissions } from '../permissions';

function Card({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md">{title}</Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** `/intake/applicants/:id`: identity, criteria pass/fail with reasons, assessments, documents and decisions. */
export function ApplicationPage() {
  const id = Number(useParams().id);
  const application = useQuery(applicationQuery(id));
  if (!application.data) return application.error ? <FormAlert messages={[application.error.message]} /> : <Center py="xl"><Loader /></Center>;
  return <Detail a={application.data} />;
}

function Detail({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const ref = useReference();
  const can = intakePermissions(useCurrentSession().user.role);
  const [assessing, setAssessing] = useState(false);
  const [uploading, setUploading] = useState<DocType | null | undefined>(undefined);
  const [printing, setPrinting] = useState<IntakeReportRequest | null>(null);
  const upload = useUploadApplicationDocument();
  const content = useApplicationDocumentContent();
  const open = a.status === 'registered' || a.status === 'waitlisted';
  return (
    <>
      <PageHeader
        title={a.fullName}
        description={
          <Group gap="xs" component="span">
            <Text span ff="monospace">{a.applicationNo}</Text>
            <Badge color={STATUS_COLORS[a.status]} variant="light">{t(`intake.status.${a.status}`)}</Badge>
            {a.roundName ? <Text span size="sm">{t('intake.detail.round')}: {a.roundName}</Text> : null}
          </Group>
        }
        icon={<ThemeIcon variant="light" size={40} radius="md"><IconUser size={22} stroke={1.6} /></ThemeIcon>}
        actions={
          <>
            <Button component={Link} to="/intake/applicants" variant="subtle" leftSection={<IconArrowLeft size={16} />}>{t('common.back')}</Button>
            {can.canRegister && a.status !== 'admitted' ? <Button component={Link} to={`/intake/applicants/${a.id}/edit`} variant="default" leftSection={<IconEdit size={16} />}>{t('intake.detail.edit')}</Button> : null}
          </>
        }
      />
      {a.residentId ? (
        <Alert color="teal" variant="light" mb="md" icon={<IconCheck size={18} />} title={t('intake.detail.resident')}>
          <Anchor component={Link} to={`/residents/${a.residentId}/profile`} data-testid="resident-link">{t('intake.detail.openResident', { no: a.residentRegistrationNo })}</Anchor>
        </Alert>
      ) : null}
      {a.nikWarnings.length ? <Alert color="yellow" variant="light" mb="md" icon={<IconAlertTriangle size={18} />} title={t('intake.detail.nikWarning')}>{a.nikWarnings.join(' · ')}</Alert> : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Card title={t('intake.detail.criteria')} testId="criteria">
              {a.criteria.length === 0 ? <Text size="sm" c="dimmed">{t('intake.detail.noCriteria')}</Text> : (
                <List spacing={6} size="sm" center>
                  {a.criteria.map((c) => (
                    <List.Item key={c.key} icon={<ThemeIcon color={c.pass ? 'teal' : 'red'} size={20} radius="xl">{c.pass ? <IconCheck size={12} /> : <IconX size={12} />}</ThemeIcon>}>
                      <Text span fw={600} size="sm">{c.label}: </Text>
                      <Text span size="sm" c={c.pass ? undefined : 'red.8'}>{c.reason}</Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <Card title={t('intake.form.sections.identity')}>
              <InfoList
                items={[
                  { label: 'NIK', value: a.nik ?? '–' },
                  { label: t('residents.fields.birthDate'), value: `${a.birthPlace ?? ''}${a.birthPlace ? ', ' : ''}${formatDate(a.birthDate) || '–'}` },
                  { label: t('residents.fields.sex'), value: ref.sex[a.sex] },
                  { label: t('residents.fields.pmksCategory'), value: pmksLabel(ref, a.pmksCategory) },
                  { label: t('residents.fields.disabilityType'), value: ref.disability[a.disabilityType] },
                  { label: t('intake.detail.referral'), value: [ref.referral[a.referralSource], a.referrerName, a.referralLetterNo ? `No. ${a.referralLetterNo}` : null, a.referralLetterDate ? formatDate(a.referralLetterDate) : null].filter(Boolean).join(' · ') },
                  { label: t('intake.form.applicationDate'), value: formatDate(a.applicationDate) },
                ]}
              />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Card title={t('intake.detail.assessments')} action={can.canAssess && open ? <Button size="xs" leftSection={<IconClipboardCheck size={14} />} onClick={() => setAssessing(true)}>{t('intake.detail.assess')}</Button> : null}>
              {a.assessments.length === 0 ? <Text size="sm" c="dimmed">{t('intake.detail.noAssessment')}</Text> : (
                <Stack gap="xs">
                  {a.assessments.map((s) => (
                    <Paper key={s.id} withBorder p="xs" radius="sm">
                      <Group justify="space-between"><Text size="sm" fw={700}>{formatScore(s.score)}</Text><Text size="xs" c="dimmed">{formatDate(s.assessedOn)} · {t('intake.detail.by', { name: s.assessedBy ?? '–' })}</Text></Group>
                      <Text size="xs">{s.scores.map((x) => `${x.name} ${x.value}`).join(' · ')}</Text>
                      {s.notes ? <Text size="xs" c="dimmed">{s.notes}</Text> : null}
                    </Paper>
                  ))}
                </Stack>
              )}
            </Card>
            <Card title={t('intake.detail.documents')} action={can.canRegister && a.status !== 'admitted' ? <Button size="xs" variant="light" leftSection={<IconUpload size={14} />} onClick={() => setUploading(null)}>{t('intake.detail.upload')}</Button> : null}>
              {a.documents.length === 0 ? <Text size="sm" c="dimmed">{t('intake.detail.noDocuments')}</Text> : (
                <Table>
                  <Table.Tbody>
                    {a.documents.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{t(`documents.types.${d.docType}`)}</Table.Td>
                        <Table.Td>{d.title}</Table.Td>
                        <Table.Td ta="right"><Button size="compact-xs" variant="subtle" onClick={() => content.mutate(d.id, { onSuccess: (doc) => downloadBase64(doc.base64, doc.fileName, doc.mimeType) })}>{t('intake.detail.open')}</Button></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card title={t('intake.detail.decisions')} testId="decisions">
              {a.decisions.length === 0 ? <Text size="sm" c="dimmed">{t('intake.detail.noDecision')}</Text> : (
                <Stack gap="xs">
                  {a.decisions.map((d) => (
                    <Paper key={d.id} withBorder p="xs" radius="sm">
                      <Group justify="space-between">
                        <Group gap="xs"><Badge variant="light">{t(`intake.decision.${d.decision}`)}</Badge><Anchor component={Link} to={`/intake/rounds/${d.roundId}`} size="sm">{d.roundName}</Anchor></Group>
                        {d.roundApproved ? <Button size="compact-xs" variant="subtle" leftSection={<IconPrinter size={12} />} onClick={() => setPrinting({ kind: 'letter', roundId: d.roundId, applicationId: a.id })}>{t('intake.detail.letter')}</Button> : null}
                      </Group>
                      <Text size="sm">{d.reason}{d.referredTo ? ` → ${d.referredTo}` : ''}</Text>
                      {d.override ? <Text size="xs" c="orange.8">{t('intake.detail.overrideBy', { name: d.override.by, reason: d.override.reason })}</Text> : null}
                    </Paper>
                  ))}
                </Stack>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <AssessModal application={a} opened={assessing} onClose={() => setAssessing(false)} />
      <DocumentUploadModal preset={uploading} onUpload={(payload) => upload.mutateAsync({ applicationId: a.id, ...payload })} onClose={() => setUploading(undefined)} />
      <PrintModal request={printing} onClose={() => setPrinting(null)} />
    </>
  );
}
