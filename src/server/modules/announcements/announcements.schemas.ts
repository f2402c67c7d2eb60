import { z } from 'zod';
import { contentLanguage } from '../../core/content-languages.ts';
import { calendarDate, changesOf, dateTime } from '../../http/common.schemas.ts';

export const audienceKind = z
  .enum(['everyone', 'units', 'roles', 'units_and_roles'])
  .describe('units_and_roles: people in (below) the units who hold one of the roles');
export const audienceRole = z.enum([
  'employee',
  'manager',
  'ld_admin',
  'hr_admin',
  'coach',
  'ambassador',
  'works_council',
  'owner',
]);

const translationFields = {
  title: z.string().trim().min(1).max(300),
  bodyHtml: z
    .string()
    .max(50_000)
    .describe('Rich text; sanitised on the server (p, lists, bold, italic, links, h2/h3)'),
};
const translation = z.object({
  locale: contentLanguage.describe(
    "nl, en or one of the organisation's content languages (BCP-47, such as pl or ar)",
  ),
  ...translationFields,
});
const translationView = z.object({
  locale: z.string(),
  dir: z.enum(['ltr', 'rtl']).describe('Writing direction of the language'),
  ...translationFields,
});

const announcementFields = z.object({
  translations: z
    .array(translation)
    .min(1)
    .max(22)
    .describe('One text per language; at least Dutch or English, so every reader has one'),
  audienceKind: audienceKind.default('everyone'),
  audienceUnitIds: z.array(z.uuid()).max(100).default([]),
  audienceRoles: z.array(audienceRole).max(8).default([]),
  publishAt: dateTime.nullable().default(null).describe('null: a draft; in the future: scheduled'),
  requiresAcknowledgement: z.boolean().default(false),
  isPinned: z.boolean().default(false),
  echoEveryDays: z.number().int().min(1).max(90).nullable().default(null),
  echoUntil: calendarDate.nullable().default(null),
});
export const createAnnouncementBody = announcementFields;
export const updateAnnouncementBody = changesOf(announcementFields);
export type AnnouncementInput = z.infer<typeof announcementFields>;

export const announcementSchema = z
  .object({
    id: z.uuid(),
    locale: z
      .string()
      .describe('The language shown: your content language if written, else yours, else the default'),
    dir: z.enum(['ltr', 'rtl']).describe('Writing direction of the text shown'),
    title: z.string(),
    bodyHtml: z.string(),
    status: z.enum(['draft', 'scheduled', 'published']),
    publishAt: z.iso.datetime().nullable(),
    audienceKind,
    audienceUnitIds: z.array(z.uuid()),
    audienceRoles: z.array(z.string()),
    requiresAcknowledgement: z.boolean(),
    isPinned: z.boolean(),
    echoEveryDays: z.number().int().nullable(),
    echoUntil: calendarDate.nullable(),
    readAt: z.iso.datetime().nullable(),
    acknowledgedAt: z.iso.datetime().nullable(),
    isForMe: z.boolean().describe('I am in its audience (so I can read and acknowledge it)'),
    translations: z
      .array(translationView)
      .optional()
      .describe('All languages; only for those who manage announcements'),
  })
  .meta({ id: 'Announcement' });

export const feedItemSchema = announcementSchema
  .omit({ translations: true, isForMe: true })
  .extend({ reason: z.enum(['pinned', 'new', 'acknowledge', 'echo']) })
  .meta({ id: 'FeedAnnouncement' });

const reachCounts = { audience: z.number().int(), read: z.number().int(), acknowledged: z.number().int() };
export const reachSchema = z
  .object({
    ...reachCounts,
    byUnit: z.array(
      z.object({ unit: z.object({ id: z.uuid(), name: z.string() }).nullable(), ...reachCounts }),
    ),
  })
  .meta({ id: 'AnnouncementReach' });

export const announcementLanguagesSchema = z
  .object({
    contentLanguages: z
      .array(z.string())
      .describe("The organisation's content languages beside nl/en (set on the campaign settings)"),
  })
  .meta({ id: 'AnnouncementLanguages' });
