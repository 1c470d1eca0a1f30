import { useIdle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useLock } from '../../features/auth/hooks';

/** Locks the session after `minutes` without keyboard or mouse input (main also locks on its own clock). */
export function IdleLock({ minutes }: { minutes: number }) {
  const idle = useIdle(minutes * 60_000, {
    initialState: false,
    events: ['keydown', 'mousemove', 'mousedown', 'touchstart', 'wheel', 'scroll'],
  });
  const { mutate: lock } = useLock();
  useEffect(() => {
    if (idle) lock();
  }, [idle, lock]);
  return null;
}
