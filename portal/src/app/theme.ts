import {
  Anchor,
  Drawer,
  Modal,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

// Colours are chosen for WCAG 2.2 AA (text contrast of at least 4.5:1):
// - the primary buttons use indigo's shade 7 (white on it 5.0:1; shade 6 was 4.3:1);
// - autoContrast puts dark text on light fills (the orange "Test data" and the
//   green "Live data" toggles, 8:1 instead of white's 2.6:1 and 2.4:1);
// - text on the pale fills of light, subtle and outline badges and buttons is
//   the colour's shade 9 darkened by 30% (orange shade 9 on its pale fill was
//   3.6:1, now 6.4:1; every colour we use is at least 5:1);
// - dimmed helper text is a darker grey than Mantine's gray.6 (3.3:1), readable
//   on white (5.8:1) and on the light grey of table headers and cards (4.9:1).
const TINTED_VARIANTS = new Set(['light', 'subtle', 'outline']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (!TINTED_VARIANTS.has(input.variant)) return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'gray' || parsed.color === 'dark') return colors;
  const shade9 = input.theme.colors[parsed.color]?.[9];
  if (!shade9) return colors;
  const text = darken(shade9, 0.3);
  return { ...colors, color: text, border: input.variant === 'outline' ? text : colors.border };
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  autoContrast: true,
  // White and black text have equal contrast on a fill of relative luminance
  // ~0.18; above it black reads better. Mantine's default of 0.3 put white on
  // orange.6 (3.0:1) in the Test/Live toggle.
  luminanceThreshold: 0.18,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Mantine's close button is an icon with no name: a screen reader said "button".
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close panel' } } }),
    // Links are told apart from the text around them by more than colour
    // (WCAG 1.4.1): Mantine underlines them only on hover by default.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Coloured text (c="red" …) uses these: shade 6 is 3.6:1 on the grey
  // table background, shade 9 reads at 5:1 or more.
  light: {
    '--mantine-color-dimmed': '#5f666d',
    '--mantine-color-red-text': 'var(--mantine-color-red-9)',
    '--mantine-color-orange-text': '#a63c08',
    '--mantine-color-green-text': 'var(--mantine-color-green-9)',
  },
  dark: {},
});
