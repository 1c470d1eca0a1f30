import { describe, expect, it } from 'vitest';
import { mealAt } from './meals';

describe('the meal that fits the time of day', () => {
  const all = ['breakfast', 'lunch', 'snack', 'dinner'] as const;
  it.each([
    ['02:30', 'breakfast'],
    ['05:50', 'breakfast'],
    ['10:00', 'breakfast'],
    ['11:15', 'lunch'],
    ['14:40', 'snack'],
    ['17:10', 'dinner'],
    ['20:14', 'dinner'],
    ['23:59', 'dinner'],
  ])('at %s it is %s', (time, meal) => {
    expect(mealAt(time, all)).toBe(meal);
  });
  it('only offers meals the home serves, and none when it serves none', () => {
    expect(mealAt('20:14', ['breakfast', 'lunch'])).toBe('lunch');
    expect(mealAt('20:14', [])).toBeNull();
  });
});
