import { z } from 'zod';
import { pageQuery } from '../../http/common.schemas.ts';
import { optionalMailKinds } from './mail.opt-outs.ts';

export const outboxMessageSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    body: z.string().describe('The text as sent, with sign-in links (invitation, password reset) hidden'),
    hasHiddenLink: z
      .boolean()
      .describe(
        'A link only the recipient gets was hidden (without SMTP: see DATA_DIR/outbox on the server)',
      ),
    kind: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const outboxQuery = z.object({ ...pageQuery, to: z.string().optional() });
export type OutboxQuery = z.infer<typeof outboxQuery>;

const optionalKind = z.enum(optionalMailKinds);

export const mailPreferencesSchema = z
  .object({
    optional: z.array(optionalKind).describe('Every kind of e-mail a person may switch off'),
    optedOut: z.array(optionalKind).describe('The kinds I switched off: they stay on the bell only'),
  })
  .meta({ id: 'MailPreferences' });

export const mailPreferencesBody = z.object({
  optedOut: z.array(optionalKind).max(optionalMailKinds.length * 2),
});
