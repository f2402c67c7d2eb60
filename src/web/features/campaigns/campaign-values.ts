import { z } from 'zod';
import { channels, type Draft, phases } from './campaign-draft.ts';

// The campaign editor's values for the form layer: the API's campaignInput with the checks a writer can
// fix before sending (a name, the dates, each message's titles). Everything else — dates in order, a
// message inside its phase, languages the organisation enabled — the server checks and names by field
// (messages.0.sendOn), which lands on the same fields.

const text = (max: number) => z.string().trim().max(max);
const message = z.object({
  key: z.number(),
  phase: z.enum(phases),
  channel: z.enum(channels),
  sendOn: z.string().min(1, 'required'),
  titleNl: text(200).min(1, 'required'),
  bodyNl: text(4000).default(''),
  titleEn: text(200).min(1, 'required'),
  bodyEn: text(4000).default(''),
  // An emptied link field is no link.
  link: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .transform((link) => link || null),
  translations: z
    .array(z.object({ language: z.string(), title: z.string(), body: z.string().default('') }))
    .default([]),
});

export const campaignSchema = z.object({
  title: text(200).min(1, 'required'),
  goal: z.object({ kind: z.enum(['organisation_goal', 'skill', 'theme']), id: z.string() }).nullable(),
  audience: z.custom<Draft['audience']>(),
  startsOn: z.string().min(1, 'required'),
  singFrom: z.string().min(1, 'required'),
  shoutFrom: z.string().min(1, 'required'),
  endsOn: z.string().min(1, 'required'),
  promoted: z.array(z.object({ type: z.enum(['content', 'course', 'path']), id: z.string() })),
  messages: z.array(message),
});
export type CampaignValues = z.input<typeof campaignSchema>;
export type MessageValues = z.input<typeof message>;
