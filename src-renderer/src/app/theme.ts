import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm government blue-teal, readable on the long forms this product is made of. */
const brand: MantineColorsTuple = [
  '#e8f6f8',
  '#d3e9ee',
  '#a6d2dc',
  '#75b9c9',
  '#4ea4b9',
  '#3597af',
  '#2690ab',
  '#147c95',
  '#006f86',
  '#006077',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Paper: { defaultProps: { shadow: undefined } },
    Modal: { defaultProps: { overlayProps: { backgroundOpacity: 0.45, blur: 2 } } },
    TextInput: { defaultProps: { size: 'sm' } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});
