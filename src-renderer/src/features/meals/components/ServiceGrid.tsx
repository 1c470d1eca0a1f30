import { Badge, Box, Group, Text } from '@mantine/core';
import { MEAL_STATUS_KEYS, type MealStatus, type ServiceResident } from '@contract';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from './status';

export interface RowState {
  status: MealStatus;
  note: string | null;
}

const ROW = 46;
const KEY_TO_STATUS = new Map<string, MealStatus>(Object.entries(MEAL_STATUS_KEYS).flatMap(([status, keys]) => keys.map((k) => [k, status as MealStatus] as const)));

/**
 * The residents of one meal as a keyboard grid: ↑/↓ or j/k move, a digit or letter sets the status (and
 * moves on), Enter or n opens the note, Ctrl+Enter saves. Long lists are virtualised.
 */
export function ServiceGrid({
  residents,
  states,
  cursor,
  onCursor,
  onStatus,
  onNote,
  onSave,
}: {
  residents: ServiceResident[];
  states: Map<number, RowState>;
  cursor: number;
  onCursor: (index: number) => void;
  onStatus: (residentId: number, status: MealStatus) => void;
  onNote: (index: number) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the grid re-renders on every cursor move anyway
  const virtualizer = useVirtualizer({ count: residents.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 12 });

  useEffect(() => {
    if (residents.length) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, residents.length, virtualizer]);

  const move = (to: number) => onCursor(Math.max(0, Math.min(residents.length - 1, to)));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSave();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !residents.length) return;
    const key = e.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j') move(cursor + 1);
    else if (key === 'arrowup' || key === 'k') move(cursor - 1);
    else if (key === 'home') move(0);
    else if (key === 'end') move(residents.length - 1);
    else if (key === 'pagedown') move(cursor + 10);
    else if (key === 'pageup') move(cursor - 10);
    else if (key === 'enter' || key === 'n') onNote(cursor);
    else if (KEY_TO_STATUS.has(key)) {
      onStatus(residents[cursor]!.residentId, KEY_TO_STATUS.get(key)!);
      move(cursor + 1);
    } else return;
    e.preventDefault();
  };

  return (
    <Box
      ref={scroller}
      tabIndex={0}
      role="grid"
      aria-label={t('meals.service.gridLabel')}
      aria-rowcount={residents.length}
      aria-activedescendant={residents[cursor] ? `meal-row-${residents[cursor].residentId}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="service-grid"
      style={{ height: Math.min(560, Math.max(ROW * 3, residents.length * ROW)), overflow: 'auto', outlineOffset: 2, borderRadius: 8 }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const r = residents[item.index]!;
          const state = states.get(r.residentId) ?? { status: 'eaten', note: null };
          const active = item.index === cursor;
          return (
            <Group
              key={r.residentId}
              id={`meal-row-${r.residentId}`}
              role="row"
              aria-selected={active}
              data-testid="service-row"
              data-status={state.status}
              onClick={() => onCursor(item.index)}
              wrap="nowrap"
              gap="sm"
              px="sm"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                background: active ? 'var(--mantine-color-blue-0)' : state.status !== 'eaten' ? 'var(--mantine-color-orange-0)' : undefined,
                boxShadow: active ? 'inset 3px 0 0 var(--mantine-color-blue-6)' : undefined,
                cursor: 'pointer',
              }}
            >
              <Text size="xs" c="dimmed" w={28} ta="right">{item.index + 1}</Text>
              <Box style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={550} truncate>{r.fullName}</Text>
                <Text size="xs" c="dimmed" truncate>
                  {r.registrationNo}
                  {r.room ? ` · ${r.room}` : ''}
                  {state.note ? ` · ${t('meals.service.noteShort')}: ${state.note}` : ''}
                </Text>
              </Box>
              <Group gap={4} wrap="nowrap" w={300} justify="flex-end">
                {r.specialDiet ? <Badge size="sm" variant="light" color="grape" title={t('meals.service.diet')}>{r.specialDiet}</Badge> : null}
                {r.allergies ? <Badge size="sm" variant="light" color="red" title={t('meals.service.allergy')}>{t('meals.service.allergyShort', { what: r.allergies })}</Badge> : null}
              </Group>
              <Badge w={130} variant={state.status === 'eaten' ? 'light' : 'filled'} color={STATUS_COLORS[state.status]} data-testid="row-status">
                {t(`meals.status.${state.status}`)}
              </Badge>
            </Group>
          );
        })}
      </div>
    </Box>
  );
}
