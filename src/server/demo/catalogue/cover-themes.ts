// One illustration per theme of the demo catalogue, with the alt text that says what it shows.
import { circle, drop, paint, rect, ring, triangle } from './cover-art.ts';

type Theme = { alt: string; draw: () => Buffer };

export const coverThemes = {
  hygiene: {
    alt: 'Illustratie: drie blauwe waterdruppels op een lichtblauwe achtergrond',
    draw: () =>
      paint('#e0f2fe', '#7dd3fc', [
        ...drop(230, 220, 54, '#0369a1'),
        ...drop(345, 190, 40, '#0284c7'),
        ...drop(430, 240, 30, '#38bdf8'),
        circle(500, 90, 16, '#ffffff', 0.6),
        circle(150, 100, 10, '#ffffff', 0.6),
      ]),
  },
  medication: {
    alt: 'Illustratie: twee capsules en drie tabletten op een groene achtergrond',
    draw: () =>
      paint('#ecfdf5', '#6ee7b7', [
        rect(170, 120, 180, 64, '#047857', 32),
        rect(260, 120, 40, 64, '#ffffff'),
        rect(270, 120, 80, 64, '#ffffff', 32),
        rect(330, 210, 160, 56, '#0f766e', 28),
        rect(410, 210, 80, 56, '#fde68a', 28),
        rect(410, 210, 30, 56, '#fde68a'),
        circle(440, 120, 26, '#ffffff'),
        circle(200, 250, 22, '#ffffff'),
        circle(250, 280, 18, '#ffffff'),
      ]),
  },
  dementia: {
    alt: 'Illustratie: zachte, overlappende paarse cirkels als herinneringen',
    draw: () =>
      paint('#f5f3ff', '#c4b5fd', [
        circle(260, 180, 110, '#8b5cf6', 0.35),
        circle(360, 170, 90, '#6d28d9', 0.35),
        circle(320, 240, 70, '#a78bfa', 0.5),
        circle(440, 120, 40, '#ffffff', 0.7),
        circle(180, 90, 24, '#ffffff', 0.7),
      ]),
  },
  falls: {
    alt: 'Illustratie: een trap met leuning en een stevige stap omhoog',
    draw: () =>
      paint('#fff7ed', '#fdba74', [
        rect(140, 270, 120, 60, '#9a3412'),
        rect(260, 220, 120, 110, '#c2410c'),
        rect(380, 170, 120, 160, '#ea580c'),
        rect(150, 160, 300, 10, '#7c2d12', 5),
        rect(150, 160, 10, 110, '#7c2d12', 5),
        rect(440, 110, 10, 60, '#7c2d12', 5),
      ]),
  },
  wound: {
    alt: 'Illustratie: een pleister schuin over een roze achtergrond',
    draw: () =>
      paint('#fff1f2', '#fda4af', [
        rect(150, 140, 340, 90, '#fcd9bd', 45),
        rect(270, 140, 100, 90, '#f5f5f4', 10),
        circle(185, 170, 5, '#d6a98a'),
        circle(185, 200, 5, '#d6a98a'),
        circle(455, 170, 5, '#d6a98a'),
        circle(455, 200, 5, '#d6a98a'),
        rect(303, 165, 34, 40, '#e11d48', 4, 0.25),
      ]),
  },
  palliative: {
    alt: 'Illustratie: een zon die zacht ondergaat boven een rustige horizon',
    draw: () =>
      paint('#fef3c7', '#fb923c', [
        circle(320, 250, 110, '#f59e0b'),
        circle(320, 250, 80, '#fbbf24'),
        rect(0, 250, 640, 110, '#9a3412', 0, 0.85),
        rect(0, 280, 640, 80, '#7c2d12', 0, 0.7),
        circle(120, 80, 3, '#ffffff'),
        circle(520, 60, 3, '#ffffff'),
      ]),
  },
  communication: {
    alt: 'Illustratie: twee spreekwolken in gesprek met elkaar',
    draw: () =>
      paint('#ecfeff', '#67e8f9', [
        rect(130, 80, 220, 120, '#0e7490', 28),
        triangle(
          [
            [180, 195],
            [230, 195],
            [170, 250],
          ],
          '#0e7490',
        ),
        rect(300, 170, 220, 110, '#ffffff', 28),
        triangle(
          [
            [440, 275],
            [480, 275],
            [500, 320],
          ],
          '#ffffff',
        ),
        rect(170, 120, 140, 12, '#a5f3fc', 6),
        rect(170, 150, 100, 12, '#a5f3fc', 6),
        rect(340, 210, 140, 12, '#0e7490', 6, 0.5),
        rect(340, 240, 90, 12, '#0e7490', 6, 0.5),
      ]),
  },
  leadership: {
    alt: 'Illustratie: bergtoppen met een vlag op de hoogste top',
    draw: () =>
      paint('#eef2ff', '#a5b4fc', [
        triangle(
          [
            [80, 330],
            [260, 150],
            [440, 330],
          ],
          '#4338ca',
        ),
        triangle(
          [
            [260, 330],
            [420, 100],
            [580, 330],
          ],
          '#3730a3',
        ),
        triangle(
          [
            [395, 136],
            [420, 100],
            [445, 136],
          ],
          '#ffffff',
        ),
        rect(418, 50, 5, 52, '#1e1b4b'),
        triangle(
          [
            [423, 52],
            [470, 64],
            [423, 78],
          ],
          '#f59e0b',
        ),
      ]),
  },
  onboarding: {
    alt: 'Illustratie: een open deur met een pad ernaartoe, als welkom',
    draw: () =>
      paint('#f0fdfa', '#5eead4', [
        rect(250, 70, 140, 220, '#115e59', 8),
        rect(262, 82, 116, 208, '#fef3c7'),
        rect(262, 82, 60, 208, '#0f766e'),
        circle(310, 190, 6, '#fde68a'),
        triangle(
          [
            [262, 290],
            [378, 290],
            [470, 360],
          ],
          '#ccfbf1',
        ),
        triangle(
          [
            [262, 290],
            [170, 360],
            [470, 360],
          ],
          '#ccfbf1',
        ),
      ]),
  },
  privacy: {
    alt: 'Illustratie: een gesloten hangslot op een donkerblauwe achtergrond',
    draw: () =>
      paint('#e2e8f0', '#64748b', [
        ring(320, 150, 70, 20, '#1e293b'),
        rect(230, 150, 180, 150, '#1e293b', 18),
        circle(320, 210, 16, '#e2e8f0'),
        rect(312, 215, 16, 40, '#e2e8f0', 6),
      ]),
  },
  resilience: {
    alt: 'Illustratie: een jonge plant met twee bladeren in de zon',
    draw: () =>
      paint('#fefce8', '#bef264', [
        circle(480, 90, 46, '#facc15'),
        rect(314, 170, 12, 150, '#3f6212', 6),
        circle(280, 180, 46, '#65a30d'),
        circle(362, 160, 52, '#4d7c0f'),
        rect(200, 310, 240, 30, '#78350f', 12),
      ]),
  },
  reporting: {
    alt: 'Illustratie: een klembord met een ingevuld formulier',
    draw: () =>
      paint('#f8fafc', '#cbd5e1', [
        rect(220, 60, 200, 270, '#92400e', 16),
        rect(236, 90, 168, 225, '#ffffff', 6),
        rect(280, 48, 80, 30, '#475569', 8),
        rect(256, 120, 120, 12, '#0f766e', 6),
        rect(256, 160, 128, 10, '#94a3b8', 5),
        rect(256, 190, 100, 10, '#94a3b8', 5),
        rect(256, 220, 128, 10, '#94a3b8', 5),
        rect(256, 250, 80, 10, '#94a3b8', 5),
      ]),
  },
  ethics: {
    alt: 'Illustratie: een weegschaal in evenwicht',
    draw: () =>
      paint('#fdf4ff', '#f0abfc', [
        rect(316, 80, 8, 220, '#701a75'),
        rect(180, 100, 280, 8, '#701a75', 4),
        triangle(
          [
            [260, 320],
            [320, 280],
            [380, 320],
          ],
          '#701a75',
        ),
        rect(150, 190, 80, 16, '#a21caf', 8),
        rect(410, 190, 80, 16, '#a21caf', 8),
        triangle(
          [
            [190, 104],
            [150, 190],
            [230, 190],
          ],
          '#701a75',
          0.25,
        ),
        triangle(
          [
            [450, 104],
            [410, 190],
            [490, 190],
          ],
          '#701a75',
          0.25,
        ),
      ]),
  },
  roster: {
    alt: 'Illustratie: een weekrooster met gekleurde diensten',
    draw: () =>
      paint('#f0f9ff', '#bae6fd', [
        rect(140, 70, 360, 240, '#ffffff', 14),
        rect(140, 70, 360, 46, '#0369a1', 14),
        rect(140, 100, 360, 16, '#0369a1'),
        ...[0, 1, 2, 3, 4, 5, 6].flatMap((day) =>
          [0, 1, 2].map((row) =>
            rect(
              158 + day * 48,
              134 + row * 56,
              36,
              40,
              (day + row) % 3 === 0 ? '#0ea5e9' : (day + row) % 3 === 1 ? '#fbbf24' : '#e2e8f0',
              6,
            ),
          ),
        ),
      ]),
  },
} satisfies Record<string, Theme>;

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
