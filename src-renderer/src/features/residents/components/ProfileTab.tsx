import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ResidentDetail, SensitiveField } from '@contract';
import { IconAlertTriangle, IconLock, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InfoList, type InfoItem } from '../../../components/InfoList';
import { formatDate } from '../../../lib/format';
import { residentsId } from '../i18n';
import { pmksLabel, useReference } from '../labels';

function Section({ title, children, span }: { title: string; children: ReactNode; span?: boolean }) {
  return (
    <Paper withBorder radius="md" p="lg" style={span ? { gridColumn: '1 / -1' } : undefined} component="section" aria-label={title}>
      <Title order={3} fz="sm" fw={650} mb="md" c="brand.8" tt="uppercase" lts={0.4}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Hidden() {
  const { t } = useTranslation();
  return (
    <Group gap={6} c="dimmed" component="span" wrap="nowrap" data-testid="hidden-field">
      <IconLock size={14} />
      <Text size="sm" fs="italic" component="span">
        {t('residents.hints.hiddenForRole')}
      </Text>
    </Group>
  );
}

const multiline = (text: string | null) => (text ? <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }} component="span">{text}</Text> : null);

/** Everything recorded about the resident, in readable groups; sensitive fields hidden from roles that may not see them. */
export function ProfileTab({ resident: r }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const ref = useReference();
  const L = (k: keyof typeof residentsId.fields) => t(`residents.fields.${k}`);
  const hidden = (field: SensitiveField) => r.hiddenFields.includes(field);
  const sensitive = (field: SensitiveField, value: ReactNode): ReactNode => (hidden(field) ? <Hidden /> : value);

  const nik: ReactNode = r.nik ? (
    <Stack gap={4}>
      <Text size="sm" fw={500} ff="monospace" component="span">{r.nik}</Text>
      {r.nikWarnings.map((w) => (
        <Group key={w} gap={6} wrap="nowrap" align="flex-start" c="yellow.9" bg="yellow.0" px={8} py={4} style={{ borderRadius: 6 }} data-testid="profile-nik-warning">
          <IconAlertTriangle size={14} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="xs" component="span">{w}</Text>
        </Group>
      ))}
    </Stack>
  ) : null;

  const identity: InfoItem[] = [
    { label: L('fullName'), value: r.fullName },
    { label: L('nickname'), value: r.nickname },
    { label: L('nik'), value: nik },
    { label: L('kkNumber'), value: r.kkNumber ? <Text size="sm" fw={500} ff="monospace" component="span">{r.kkNumber}</Text> : null },
    { label: L('birthPlace'), value: r.birthPlace },
    { label: L('birthDate'), value: r.birthDate ? `${formatDate(r.birthDate)}${r.birthDateEstimated ? ` (${t('residents.detail.estimated')})` : ''}` : null },
    { label: L('sex'), value: ref.sex[r.sex] },
    { label: L('religion'), value: r.religion ? ref.religion[r.religion as keyof typeof ref.religion] : null },
    { label: L('education'), value: r.education ? ref.education[r.education as keyof typeof ref.education] : null },
    { label: L('maritalStatus'), value: r.maritalStatus ? ref.marital[r.maritalStatus as keyof typeof ref.marital] : null },
  ];
  const origin: InfoItem[] = [
    { label: L('originProvince'), value: r.originProvince },
    { label: L('originRegency'), value: r.originRegency },
    { label: L('originDistrict'), value: r.originDistrict },
    { label: L('originVillage'), value: r.originVillage },
    { label: L('originAddress'), value: multiline(r.originAddress), wide: true },
  ];
  const category: InfoItem[] = [
    { label: L('pmksCategory'), value: pmksLabel(ref, r.pmksCategory), wide: true },
    { label: L('disabilityType'), value: ref.disability[r.disabilityType as keyof typeof ref.disability] ?? r.disabilityType },
    { label: L('disabilityDegree'), value: r.disabilityDegree ? ref.degree[r.disabilityDegree as keyof typeof ref.degree] : null },
  ];
  const admission: InfoItem[] = [
    { label: L('registrationNo'), value: r.registrationNo },
    { label: L('admissionDate'), value: formatDate(r.admissionDate) },
    { label: L('referralSource'), value: r.referralSource ? ref.referral[r.referralSource as keyof typeof ref.referral] : null },
    { label: L('room'), value: r.room },
    { label: L('referralNote'), value: multiline(r.referralNote), wide: true },
    ...(r.applicationId
      ? [{ label: L('application'), value: <Anchor component={Link} to={`/intake/applicants/${r.applicationId}`} size="sm" data-testid="application-link">{t('intake.detail.openApplication')}</Anchor>, wide: true }]
      : []),
    ...(r.status !== 'active'
      ? [
          { label: L('exitDate'), value: formatDate(r.exitDate) },
          { label: L('exitType'), value: r.exitType ? ref.exitType[r.exitType] : r.status === 'deceased' ? ref.status.deceased : null },
        ]
      : []),
  ];
  const health: InfoItem[] = [
    { label: L('allergies'), value: multiline(r.allergies) },
    { label: L('specialDiet'), value: r.specialDiet },
    { label: L('healthNotes'), value: sensitive('healthNotes', multiline(r.healthNotes)), wide: true },
    { label: L('hivStatus'), value: sensitive('hivStatus', r.hivStatus ? ref.hiv[r.hivStatus as keyof typeof ref.hiv] : null), wide: hidden('hivStatus') },
    { label: L('criminalHistory'), value: sensitive('criminalHistory', multiline(r.criminalHistory)), wide: true },
  ];

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" data-testid="profile-tab">
      <Section title={t('residents.form.sections.identity')}>
        <InfoList items={identity} />
      </Section>
      <Stack gap="lg">
        <Section title={t('residents.form.sections.category')}>
          <InfoList items={category} />
        </Section>
        <Section title={t('residents.form.sections.origin')}>
          <InfoList items={origin} />
        </Section>
      </Stack>
      <Section title={t('residents.form.sections.admission')}>
        <InfoList items={admission} />
      </Section>
      <Section title={t('residents.form.sections.health')}>
        <InfoList items={health} />
      </Section>
      <Section title={t('residents.form.sections.guardians')} span>
        {r.guardians.length === 0 ? (
          <Text size="sm" c="dimmed">{t('residents.detail.noGuardians')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
            {r.guardians.map((g) => (
              <Box key={g.id} p="sm" bg="gray.0" style={{ borderRadius: 8, border: '1px solid var(--mantine-color-gray-2)' }} data-testid="profile-guardian">
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600} truncate>{g.name}</Text>
                  {g.isPrimary ? <Badge size="xs" variant="light" tt="none">{t('residents.detail.primary')}</Badge> : null}
                </Group>
                <Text size="xs" c="dimmed">{g.relationship}</Text>
                {g.phone ? (
                  <Group gap={4} mt={4} wrap="nowrap">
                    <IconPhone size={13} />
                    <Text size="sm">{g.phone}</Text>
                  </Group>
                ) : null}
                {g.address ? <Text size="xs" mt={2}>{g.address}</Text> : null}
              </Box>
            ))}
          </SimpleGrid>
        )}
      </Section>
      {r.notes ? (
        <Section title={t('residents.form.sections.notes')} span>
          {multiline(r.notes)}
        </Section>
      ) : null}
    </SimpleGrid>
  );
}

