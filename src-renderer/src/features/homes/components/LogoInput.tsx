import { Box, Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { HomeFormValues } from '../home-form';

const MAX_BYTES = 500 * 1024;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The letterhead logo: picked from disk, kept as a data URL, at most 500 KB, with a preview. */
export function LogoInput() {
  const { t } = useTranslation();
  const { control, setError, clearErrors } = useFormContext<HomeFormValues>();
  const { field, fieldState } = useController({ control, name: 'home.logoDataUrl' });

  const pick = async (file: File | null) => {
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) {
      setError('home.logoDataUrl', { type: 'client', message: t('logo.wrongType') });
      return;
    }
    if (file.size > MAX_BYTES) {
      setError('home.logoDataUrl', { type: 'client', message: t('logo.tooLarge', { size: Math.ceil(file.size / 1024) }) });
      return;
    }
    try {
      field.onChange(await readAsDataUrl(file));
      clearErrors('home.logoDataUrl');
    } catch {
      setError('home.logoDataUrl', { type: 'client', message: t('logo.unreadable') });
    }
  };

  return (
    <Input.Wrapper label={t('home.logo')} description={t('logo.description')} error={fieldState.error?.message}>
      <Group gap="md" mt={6} wrap="nowrap" align="center">
        <Box
          w={88}
          h={88}
          style={{
            border: '1px dashed var(--mantine-color-gray-4)',
            borderRadius: 8,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: 'var(--mantine-color-gray-0)',
            overflow: 'hidden',
            flexShrink: 0,
          }}
        >
          {field.value ? (
            <Image src={field.value} alt={t('home.logo')} fit="contain" w={80} h={80} data-testid="logo-preview" />
          ) : (
            <IconPhoto size={30} color="var(--mantine-color-gray-5)" stroke={1.4} />
          )}
        </Box>
        <Stack gap={6}>
          <Group gap="xs">
            <FileButton onChange={(f) => void pick(f)} accept={ACCEPTED.join(',')}>
              {(props) => (
                <Button {...props} variant="default" size="xs" leftSection={<IconUpload size={14} />}>
                  {field.value ? t('logo.replace') : t('logo.choose')}
                </Button>
              )}
            </FileButton>
            {field.value ? (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={14} />}
                onClick={() => field.onChange(null)}
              >
                {t('logo.remove')}
              </Button>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t('logo.formats')}
          </Text>
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
