import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from './money.ts';

describe('parseEuros', () => {
  it.each([
    ['1.250,50', 125_050],
    ['1,250.50', 125_050],
    ['1250.5', 125_050],
    ['1250,5', 125_050],
    ['€ 750', 75_000],
    ['€750,00', 75_000],
    ['1.250', 125_000],
    ['1,250', 125_000],
    ['1.000.000', 100_000_000],
    ['12,345', 1_234_500],
    ['0,29', 29],
    ['0.07', 7],
    [' 12 ', 1200],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', 'veel', '-5', '1,2,3', '1.25.0,5', '1.250,505', '12.3456', '1e3', '€', '1,25.0,5'])(
    'refuses %j',
    (text) => {
      expect(parseEuros(text)).toBeNull();
    },
  );

  it('keeps cents exact where floating point would not (0,29 × 100 is 28.999…)', () => {
    expect(parseEuros('1.234.567,89')).toBe(123_456_789);
    expect(parseEuros('0,29')).toBe(29);
  });
});

describe('formatEuros', () => {
  // Intl puts a no-break space between the sign and the amount in Dutch.
  const spaces = (text: string) => text.replace(/\s/g, ' ');

  it('writes cents as the reader writes euros', () => {
    expect(spaces(formatEuros(125_050, 'nl'))).toBe('€ 1.250,50');
    expect(formatEuros(125_050, 'en')).toBe('€1,250.50');
    expect(spaces(formatEuros(0, 'nl'))).toBe('€ 0,00');
  });

  it('reads back what it wrote', () => {
    for (const cents of [1, 99, 100_000, 123_456_789])
      for (const language of ['nl', 'en']) expect(parseEuros(formatEuros(cents, language))).toBe(cents);
  });
});
