import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';

/** Mantine's PasswordInput, also telling assistive technology (and tests) when the field is invalid. */
export function PasswordField({ ref, error, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  return <PasswordInput ref={ref} error={error} aria-invalid={error ? true : undefined} {...props} />;
}
