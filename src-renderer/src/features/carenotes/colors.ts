/** Colours that mean the same thing on every screen: a red badge is always health or a critical incident. */
export const SEVERITY_COLORS = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } as const;
export const CATEGORY_COLORS = { health: 'red', behaviour: 'grape', activity: 'blue', family_visit: 'teal', other: 'gray' } as const;
