import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.ts';

export type MailDelivery = { deliverPending(): Promise<number> };

/**
 * Sends unsent outbox messages by SMTP, or, without SMTP, writes each as an .eml file in
 * DATA_DIR/outbox so a developer can read it on disk (and in the app under Beheer → Outbox).
 */
export function createMailDelivery(options: {
  db: Db;
  smtpUrl: string | undefined;
  dataDir: string;
}): MailDelivery {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const outboxDir = join(options.dataDir, 'outbox');
  return {
    async deliverPending() {
      const pending = await options.db
        .selectFrom('outbox_messages')
        .select(['organisation_id', 'id', 'to_address', 'subject', 'text_body', 'created_at', 'attempts'])
        .where('sent_at', 'is', null)
        .where('attempts', '<', 5)
        .orderBy('created_at')
        .limit(100)
        .execute();
      let delivered = 0;
      for (const message of pending) {
        let error: string | null = null;
        try {
          if (transport) {
            await transport.sendMail({
              from: 'Groeipad <no-reply@groeipad.local>',
              to: message.to_address,
              subject: message.subject,
              text: message.text_body,
            });
          } else {
            await mkdir(outboxDir, { recursive: true });
            const eml = `To: ${message.to_address}\nSubject: ${message.subject}\nDate: ${message.created_at.toUTCString()}\nContent-Type: text/plain; charset=utf-8\n\n${message.text_body}\n`;
            await writeFile(
              join(outboxDir, `${message.created_at.toISOString().replaceAll(':', '-')}-${message.id}.eml`),
              eml,
            );
          }
          delivered++;
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
        }
        await options.db
          .updateTable('outbox_messages')
          .set({ sent_at: error ? null : new Date(), attempts: message.attempts + 1, last_error: error })
          .where('organisation_id', '=', message.organisation_id)
          .where('id', '=', message.id)
          .execute();
      }
      return delivered;
    },
  };
}
