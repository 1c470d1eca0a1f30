import type { MealStatus } from '@contract';

export const STATUS_COLORS: Record<MealStatus, string> = { eaten: 'green', partly: 'yellow', refused: 'red', absent: 'gray', sick: 'violet', fasting: 'cyan' };

