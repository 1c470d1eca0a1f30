import { Box, Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core';
import { IconTrash, IconUpload, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PHOTO_TYPES, resizePhoto } from '../photo';
import type { ResidentFormValues } from '../resident-form';

/** A face photo: chosen from disk, scaled down here to 400 px so only a small data URL is stored. */
export function PhotoInput() {
  const { t } = useTranslation();
  const { control, setError, clearErrors } = useFormContext<ResidentFormValues>();
  const { field, fieldState } = useController({ control, name: 'photoDataUrl' });
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | null) => {
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) {
      setError('photoDataUrl', { type: 'client', message: t('residents.form.photoInput.wrongType') });
      return;
    }
    setBusy(true);
    try {
      const url = await resizePhoto(file);
      if (!url) {
        setError('photoDataUrl', { type: 'client', message: t('residents.form.photoInput.tooLarge') });
        return;
      }
      field.onChange(url);
      clearErrors('photoDataUrl');
    } catch {
      setError('photoDataUrl', { type: 'client', message: t('residents.form.photoInput.unreadable') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Input.Wrapper error={fieldState.error?.message} aria-label={t('residents.fields.photo')}>
      <Group gap="lg" wrap="nowrap" align="center">
        <Box
          w={120}
          h={150}
          style={{
            border: '1px dashed var(--mantine-color-gray-4)',
            borderRadius: 10,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: 'var(--mantine-color-gray-0)',
            overflow: 'hidden',
            flexShrink: 0,
          }}
        >
          {field.value ? (
            <Image src={field.value} alt={t('residents.fields.photo')} w={120} h={150} fit="cover" data-testid="photo-preview" />
          ) : (
            <IconUser size={44} color="var(--mantine-color-gray-4)" stroke={1.3} />
          )}
        </Box>
        <Stack gap={8}>
          <Group gap="xs">
            <FileButton onChange={(f) => void pick(f)} accept={PHOTO_TYPES.join(',')}>
              {(props) => (
                <Button {...props} variant="default" size="xs" loading={busy} leftSection={<IconUpload size={14} />} data-testid="photo-button">
                  {field.value ? t('residents.form.photoInput.replace') : t('residents.form.photoInput.choose')}
                </Button>
              )}
            </FileButton>
            {field.value ? (
              <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => field.onChange(null)}>
                {t('residents.form.photoInput.remove')}
              </Button>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" maw={320}>
            {t('residents.form.photoInput.formats')}
          </Text>
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
