// One illustration per theme of the demo catalogue, with the alt text that says what it shows. The
// pictures are data (cover-themes.json: a gradient and flat shapes in paint order); this draws them.
import { circle, drop, paint, rect, ring, type Shape, triangle } from './cover-art.ts';
import themes from './cover-themes.json' with { type: 'json' };

type Point = [number, number];
/** A shape as the JSON writes it: its kind, then the arguments of cover-art's function of that name. */
type ShapeData =
  | ['circle', number, number, number, string, number?]
  | ['rect', number, number, number, number, string, number?, number?]
  | ['ring', number, number, number, number, string]
  | ['triangle', [Point, Point, Point], string, number?]
  | ['drop', number, number, number, string];
type ThemeData = { alt: string; background: [string, string]; shapes: ShapeData[] };
type Theme = { alt: string; draw: () => Buffer };

const shapesOf = (data: ShapeData): Shape[] => {
  switch (data[0]) {
    case 'circle':
      return [circle(...(data.slice(1) as [number, number, number, string, number?]))];
    case 'rect':
      return [rect(...(data.slice(1) as [number, number, number, number, string, number?, number?]))];
    case 'ring':
      return [ring(...(data.slice(1) as [number, number, number, number, string]))];
    case 'triangle':
      return [triangle(data[1], data[2], data[3])];
    case 'drop':
      return drop(data[1], data[2], data[3], data[4]);
  }
};

export const coverThemes = Object.fromEntries(
  Object.entries(themes as Record<keyof typeof themes, ThemeData>).map(([name, theme]) => [
    name,
    {
      alt: theme.alt,
      draw: () => paint(...theme.background, theme.shapes.flatMap(shapesOf)),
    },
  ]),
) as Record<keyof typeof themes, Theme>;

export type CoverTheme = keyof typeof coverThemes;

/** The theme of a demo item, course or path, by its key or first topic. */
export function themeOf(key: string, topics: string[] = []): CoverTheme {
  const byKey: [RegExp, CoverTheme][] = [
    [/hygiene/, 'hygiene'],
    [/medication/, 'medication'],
    [/dementia/, 'dementia'],
    [/falls/, 'falls'],
    [/wound/, 'wound'],
    [/palliative/, 'palliative'],
    [/privacy/, 'privacy'],
    [/resilience|vital|self-/, 'resilience'],
    [/reporting|digital|ecd/, 'reporting'],
    [/ethic/, 'ethics'],
    [/roster/, 'roster'],
    [/comm|sbar|conversation/, 'communication'],
    [/lead|manage/, 'leadership'],
    [/onb|safety/, 'onboarding'],
  ];
  const topic = topics.join(' ').toLowerCase();
  const byTopic: [RegExp, CoverTheme][] = [
    [/hygi/, 'hygiene'],
    [/medic/, 'medication'],
    [/dement/, 'dementia'],
    [/val/, 'falls'],
    [/wond/, 'wound'],
    [/palli/, 'palliative'],
    [/privacy/, 'privacy'],
    [/vitalit|veerkracht/, 'resilience'],
    [/rapport|digita/, 'reporting'],
    [/ethiek/, 'ethics'],
    [/commun|gesprek/, 'communication'],
    [/leider/, 'leadership'],
    [/onboard|veilig/, 'onboarding'],
  ];
  return (
    byKey.find(([pattern]) => pattern.test(key))?.[1] ??
    byTopic.find(([pattern]) => pattern.test(topic))?.[1] ??
    'communication'
  );
}
