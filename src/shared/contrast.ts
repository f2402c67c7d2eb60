// WCAG contrast of white text on a brand colour: the server refuses a colour under the minimum, and the
// settings screen only shows its white-text sample when the typed colour passes.

export const minimumContrast = 4.5;

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
};

/** The WCAG contrast ratio of white text on this `#rrggbb` colour. */
export const contrastWithWhite = (hex: string) => Math.round((1.05 / (luminance(hex) + 0.05)) * 100) / 100;
