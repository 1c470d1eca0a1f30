import { Button, Group, Input } from '@mantine/core';
import { useId, type Ref } from 'react';

interface ChoiceButtonsProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string; color?: string }[];
  value: T | null | undefined;
  onChange: (value: T) => void;
  error?: string;
  required?: boolean;
  /** The first button, so a modal can focus it or a failed save can point at it. */
  firstRef?: Ref<HTMLButtonElement>;
  autoFocus?: boolean;
  testId?: string;
}

/**
 * One choice out of a few, as a row of buttons: each is reached with Tab and chosen with Enter or Space,
 * which is quicker to learn than a dropdown for people who rarely use a computer.
 */
export function ChoiceButtons<T extends string>({ label, options, value, onChange, error, required, firstRef, autoFocus, testId }: ChoiceButtonsProps<T>) {
  const id = useId();
  return (
    <Input.Wrapper label={label} withAsterisk={required} error={error} labelElement="div" id={id}>
      <Group gap={6} mt={4} role="group" aria-labelledby={`${id}-label`} aria-describedby={error ? `${id}-error` : undefined} data-testid={testId}>
        {options.map((option, i) => {
          const selected = option.value === value;
          return (
            <Button
              key={option.value}
              ref={i === 0 ? firstRef : undefined}
              data-autofocus={autoFocus && i === 0 ? true : undefined}
              size="sm"
              radius="xl"
              variant={selected ? 'filled' : 'default'}
              color={option.color}
              aria-pressed={selected}
              onClick={() => onChange(option.value)}
            >
              {option.label}
            </Button>
          );
        })}
      </Group>
    </Input.Wrapper>
  );
}
