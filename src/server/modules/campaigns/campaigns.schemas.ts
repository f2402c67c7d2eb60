import { z } from 'zod';
import { calendarDate, locale } from '../../http/common.schemas.ts';
import { audienceCriteria } from '../catalogue/index.ts';
import { contentLanguage, otherLanguageTexts } from './campaigns.languages.ts';

export const phases = ['hum', 'sing', 'shout'] as const;
export const channels = ['banner', 'card', 'announcement', 'email', 'chat'] as const;
export const nudgeKinds = [
  'not_started',
  'stalled',
  'due_soon',
  'agreement_followup',
  'block_tomorrow',
  'teammate_finished',
] as const;
export type NudgeKind = (typeof nudgeKinds)[number];
export type Channel = (typeof channels)[number];

const subject = z.object({ type: z.enum(['content', 'course', 'path']), id: z.uuid() });
const appLink = z
  .string()
  .trim()
  .max(500)
  .regex(/^\/[^/]/, 'a path inside Groeipad, such as /learning/catalogue');

export const messageInput = z.object({
  phase: z.enum(phases),
  channel: z.enum(channels),
  sendOn: calendarDate.describe(
    'The day it goes out (banner and card: shown from then until the phase ends)',
  ),
  titleNl: z.string().trim().min(1).max(200),
  bodyNl: z.string().trim().max(4000).default(''),
  titleEn: z.string().trim().min(1).max(200),
  bodyEn: z.string().trim().max(4000).default(''),
  link: appLink.nullable().default(null),
  translations: otherLanguageTexts,
});
export type MessageInput = z.infer<typeof messageInput>;

export const translationSchema = z.object({
  language: z.string(),
  dir: z.enum(['ltr', 'rtl']).describe('Writing direction of the language'),
  title: z.string(),
  body: z.string(),
});

export const campaignInput = z.object({
  title: z.string().trim().min(1).max(200),
  goal: z
    .object({ kind: z.enum(['organisation_goal', 'skill', 'theme']), id: z.uuid() })
    .nullable()
    .default(null),
  audience: audienceCriteria.describe('Units (with sub-units) and roles; nothing chosen reaches everyone'),
  startsOn: calendarDate,
  singFrom: calendarDate.describe('The sing phase starts (hum runs until then)'),
  shoutFrom: calendarDate.describe('The shout phase starts'),
  endsOn: calendarDate,
  promoted: z.array(subject).max(20).default([]),
  messages: z.array(messageInput).max(60).default([]),
});
export type CampaignInput = z.infer<typeof campaignInput>;

const messageSchema = messageInput
  .extend({
    translations: z.array(translationSchema),
    id: z.uuid(),
    status: z.enum(['planned', 'sent', 'failed']),
    sentAt: z.iso.datetime().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable().describe('Why the last attempt failed (chat webhook)'),
  })
  .meta({ id: 'CampaignMessage' });

export const campaignStatus = z.enum(['draft', 'scheduled', 'running', 'ended', 'stopped']);

export const campaignSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: campaignStatus,
    phase: z.enum(phases).nullable().describe('The phase today while running'),
    startsOn: calendarDate,
    endsOn: calendarDate,
    messageCount: z.number().int(),
  })
  .meta({ id: 'CampaignSummary' });

export const campaignSchema = campaignSummarySchema
  .extend({
    goal: z
      .object({ kind: z.enum(['organisation_goal', 'skill', 'theme']), id: z.uuid(), title: z.string() })
      .nullable(),
    audience: audienceCriteria,
    singFrom: calendarDate,
    shoutFrom: calendarDate,
    promoted: z.array(subject.extend({ title: z.string() })),
    messages: z.array(messageSchema),
    audienceSize: z.number().int(),
  })
  .meta({ id: 'Campaign' });

export const messageIdParams = z.object({ id: z.uuid(), messageId: z.uuid() });

export const readabilitySchema = z
  .object({
    locale,
    ease: z.number().int().describe('Flesch (en) or Flesch–Douma (nl) reading ease, 0–120; B1 from 60'),
    b1: z.boolean().describe('Reading ease 60 or more and no sentence over 20 words'),
    sentences: z.number().int(),
    words: z.number().int(),
    longSentences: z.array(z.object({ text: z.string(), words: z.number().int() })),
    difficultWords: z.array(z.string()),
  })
  .meta({ id: 'ReadabilityCheck' });

export const previewSchema = z
  .object({
    channel: z.enum(channels),
    recipients: z.number().int().describe('People in the audience now'),
    versions: z.array(
      z.object({
        locale: z.string().describe('nl, en or one of the content languages'),
        dir: z.enum(['ltr', 'rtl']),
        recipients: z.number().int().describe('Of them, reading this language'),
        subject: z.string(),
        text: z.string(),
        readability: readabilitySchema
          .nullable()
          .describe('The B1 check: Dutch and English only (null for other languages)'),
      }),
    ),
  })
  .meta({ id: 'CampaignMessagePreview' });

export const resultsSchema = z
  .object({
    campaignId: z.uuid(),
    days: z.number().int().describe('Days of the campaign so far (compared with as many days before)'),
    during: z.object({
      from: calendarDate,
      until: calendarDate,
      enrolled: z.number().int(),
      completed: z.number().int(),
    }),
    before: z.object({
      from: calendarDate,
      until: calendarDate,
      enrolled: z.number().int(),
      completed: z.number().int(),
    }),
    reach: z.number().int().describe('People who received or saw a message'),
    opened: z.number().int(),
    clicked: z.number().int(),
    audienceSize: z.number().int(),
    perMessage: z.array(
      z.object({
        id: z.uuid(),
        phase: z.enum(phases),
        channel: z.enum(channels),
        title: z.string(),
        reached: z.number().int(),
        opened: z.number().int(),
        clicked: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CampaignResults' });

export const spotlightSchema = z
  .object({
    banners: z.array(
      z.object({
        id: z.uuid(),
        campaignId: z.uuid(),
        title: z.string(),
        body: z.string(),
        language: z.string().describe('The language of title and body (lang)'),
        dir: z.enum(['ltr', 'rtl']),
        link: z.string().nullable(),
      }),
    ),
    cards: z.array(
      z.object({
        id: z.uuid(),
        campaignId: z.uuid(),
        title: z.string(),
        body: z.string(),
        language: z.string(),
        dir: z.enum(['ltr', 'rtl']),
        link: z.string().nullable(),
      }),
    ),
    themes: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        description: z.string(),
        language: z.string().describe('The language shown: your content language if written, else nl/en'),
        dir: z.enum(['ltr', 'rtl']),
        endsOn: calendarDate,
        learning: z.array(subject.extend({ title: z.string() })),
      }),
    ),
  })
  .meta({ id: 'Spotlight' });

export const settingsSchema = z
  .object({
    weeklyCap: z
      .number()
      .int()
      .describe('Messages a person gets at most in seven days, campaigns and nudges together'),
    quietFrom: z.string(),
    quietUntil: z.string(),
    nudgeKinds: z.array(z.enum(nudgeKinds)),
    webhook: z
      .object({ kind: z.enum(['teams', 'slack']), hasSecret: z.boolean() })
      .nullable()
      .describe('Whether a Teams/Slack channel is set up; its address and secret are never shown'),
    contentLanguages: z
      .array(z.string())
      .describe('Languages messages can be written in beside nl and en (BCP-47)'),
  })
  .meta({ id: 'CampaignSettings' });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
export const settingsInput = z.object({
  weeklyCap: z.number().int().min(0).max(50).optional(),
  quietFrom: time.optional(),
  quietUntil: time.optional(),
  nudgeKinds: z.array(z.enum(nudgeKinds)).max(nudgeKinds.length).optional(),
  webhook: z
    .object({
      kind: z.enum(['teams', 'slack']),
      url: z.url({ protocol: /^https$/ }).max(2000),
      secret: z.string().min(8).max(200).nullable().default(null),
    })
    .nullable()
    .optional()
    .describe('Set a channel (write-only), or null to remove it'),
  contentLanguages: z
    .array(contentLanguage)
    .max(20)
    .optional()
    .describe('Languages messages can be written in beside nl and en, which are always on'),
});
export type SettingsInput = z.infer<typeof settingsInput>;

export const themeInput = z.object({
  nameNl: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  descriptionNl: z.string().trim().max(2000).default(''),
  descriptionEn: z.string().trim().max(2000).default(''),
  startsOn: calendarDate,
  endsOn: calendarDate,
  recurrence: z.enum(['yearly', 'once']).default('yearly'),
  learning: z.array(subject).max(20).default([]),
  translations: otherLanguageTexts.describe(
    "The name (title) and description (body) in the organisation's other content languages",
  ),
});
// Callers inside the server (the demo) may leave the other languages out.
export type ThemeInput = Omit<z.infer<typeof themeInput>, 'translations'> &
  Partial<Pick<z.infer<typeof themeInput>, 'translations'>>;

export const themeSchema = themeInput
  .extend({
    id: z.uuid(),
    learning: z.array(subject.extend({ title: z.string() })),
    translations: z.array(translationSchema),
    next: z.object({ startsOn: calendarDate, endsOn: calendarDate }).describe('This or the next occurrence'),
    isCurrent: z.boolean(),
  })
  .meta({ id: 'Theme' });

export const nudgePreferencesSchema = z
  .object({
    optedOut: z.array(z.enum(nudgeKinds)),
    offered: z.array(z.enum(nudgeKinds)).describe('Kinds the organisation sends'),
    contentLanguage: z
      .string()
      .nullable()
      .describe('The language I read messages in beside nl/en; null: my interface language'),
    contentLanguages: z.array(z.string()).describe('The languages the organisation writes in beside nl/en'),
  })
  .meta({ id: 'NudgePreferences' });
export const nudgePreferencesInput = z.object({
  optedOut: z.array(z.enum(nudgeKinds)).max(nudgeKinds.length),
  contentLanguage: contentLanguage
    .nullable()
    .optional()
    .describe('One of the enabled content languages, or null for my interface language'),
});

export const trackParams = z.object({ organisationId: z.uuid(), contactId: z.uuid() });

// —— promo studio and the B1 check

export const promoFormats = [
  'poster_a4',
  'poster_a3',
  'banner_wide',
  'banner_square',
  'banner_wide_png',
  'banner_square_png',
  'mail',
  'chat',
  'newsletter',
] as const;

export const promoInput = z.object({
  format: z
    .enum(promoFormats)
    .describe('Poster PDF (A4/A3), banner SVG or PNG (1200×300, 1080×1080) or a ready text'),
  locale: locale.describe('The language of the template words (call to action, "scan the code")'),
  language: contentLanguage
    .nullable()
    .default(null)
    .describe("The language of headline and text when it is one of the organisation's others (lang, dir)"),
  headline: z.string().trim().min(1).max(120),
  text: z.string().trim().max(600).default(''),
});
export type PromoInput = z.infer<typeof promoInput>;

export const readabilityInput = z.object({
  locale,
  text: z.string().max(8000),
});

export const promoDraftSchema = z
  .object({
    campaignId: z.uuid(),
    title: z.string(),
    link: z.string().describe('Where the QR code and the texts lead'),
    versions: z.array(
      z.object({
        locale,
        headline: z.string(),
        text: z.string(),
        readability: readabilitySchema,
        ready: z.object({ mail: z.string(), chat: z.string(), newsletter: z.string() }),
      }),
    ),
    otherLanguages: z
      .array(
        z.object({
          language: z.string(),
          dir: z.enum(['ltr', 'rtl']),
          headline: z.string(),
          text: z.string(),
        }),
      )
      .describe("Starting texts in the organisation's other languages (no B1 check: nl and en only)"),
  })
  .meta({ id: 'CampaignPromoDraft' });
