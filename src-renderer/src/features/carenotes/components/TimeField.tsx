import { TextInput, type TextInputProps } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { forwardRef } from 'react';

/** "1347" → "13.47": digits only, the dot added after the hour, as times are written in Indonesia. */
export function formatTimeTyping(raw: string): string {
  const digits = raw.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}.${digits.slice(2)}` : digits;
}

/**
 * A 24-hour time typed as four digits (JJ.MM). The browser's own time input follows the computer's
 * locale and may show AM/PM, which Indonesian records never use.
 */
export const TimeField = forwardRef<HTMLInputElement, TextInputProps>(function TimeField({ onChange, ...props }, ref) {
  return (
    <TextInput
      ref={ref}
      inputMode="numeric"
      placeholder="JJ.MM"
      maxLength={5}
      autoComplete="off"
      leftSection={<IconClock size={16} />}
      {...props}
      onChange={(e) => {
        e.currentTarget.value = formatTimeTyping(e.currentTarget.value);
        onChange?.(e);
      }}
    />
  );
});
