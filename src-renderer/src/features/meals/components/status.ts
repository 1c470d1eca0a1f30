import type { MealStatus } from '@contract';

export const STATUS_COLORS: Record<MealStatus, string> = { eaten: 'green', partly: 'yellow', refused: 'red', absent: 'gray', sick: 'violet', fasting: 'cyan' };

export const todayIso = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
export const thisMonth = () => todayIso().slice(0, 7);
