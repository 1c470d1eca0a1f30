import { Center, Loader, Stack, Text } from '@mantine/core';

export function FullScreenLoader({ label }: { label: string }) {
  return (
    <Center h="100vh" bg="gray.0">
      <Stack align="center" gap="sm">
        <Loader size="md" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
