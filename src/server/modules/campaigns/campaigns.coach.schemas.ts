import { z } from 'zod';
import { coachMoments } from './campaigns.coach.tips.ts';
import { otherLanguageTexts } from './campaigns.languages.ts';
import { translationSchema } from './campaigns.schemas.ts';

export const coachMoment = z.enum(coachMoments);

export const coachTipInput = z.object({
  moment: coachMoment,
  titleNl: z.string().trim().min(1).max(200),
  bodyNl: z.string().trim().max(2000).default(''),
  titleEn: z.string().trim().min(1).max(200),
  bodyEn: z.string().trim().max(2000).default(''),
  translations: otherLanguageTexts,
});
// Callers inside the server (the demo) may leave the other languages out.
export type CoachTipInput = Omit<z.infer<typeof coachTipInput>, 'translations'> &
  Partial<Pick<z.infer<typeof coachTipInput>, 'translations'>>;

export const coachTipSchema = coachTipInput
  .extend({
    id: z.string().describe("A uuid for the organisation's own tips, `shipped:<key>` for Groeipad's"),
    shipped: z.boolean().describe('Shipped with Groeipad: shown, not editable'),
    translations: z.array(translationSchema),
  })
  .meta({ id: 'CoachTip' });

const tipForReader = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.string().describe('The language of the text: your content language if written, else nl/en'),
  dir: z.enum(['ltr', 'rtl']),
  shipped: z.boolean(),
});

export const coachPanelSchema = z
  .object({
    conversations: z
      .array(
        z.object({
          id: z.uuid(),
          personName: z.string(),
          meetingAt: z.iso.datetime(),
          suggestions: z.array(
            z.object({ type: z.enum(['content', 'course', 'path']), id: z.uuid(), title: z.string() }),
          ),
        }),
      )
      .describe('Conversations with a meeting in the next 14 days, with the learning they suggest'),
    finished: z
      .array(
        z.object({
          personId: z.uuid(),
          personName: z.string(),
          title: z.string(),
          completedAt: z.iso.datetime(),
        }),
      )
      .describe('What direct reports finished in the last 7 days'),
    quiet: z
      .object({ lastActivityAt: z.iso.datetime().nullable() })
      .nullable()
      .describe('Set when the team has not learned for 30 days'),
    campaigns: z
      .array(z.object({ id: z.uuid(), title: z.string(), phase: z.enum(['hum', 'sing', 'shout']) }))
      .describe('Running campaigns that reach the team'),
    moments: z
      .array(z.object({ moment: coachMoment, tips: z.array(tipForReader) }))
      .describe("The moments that apply now, each with its tips in the reader's language"),
  })
  .meta({ id: 'CoachPanel' });
