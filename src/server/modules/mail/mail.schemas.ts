import { z } from 'zod';
import { pageQuery } from '../../http/common.schemas.ts';

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
