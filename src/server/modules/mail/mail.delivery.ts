import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.ts';

const maxAttempts = 5;

export type MailDelivery = { deliverPending(): Promise<number> };

/**
 * Sends unsent outbox messages by SMTP, or, without SMTP, writes each as an .eml file in
 * DATA_DIR/outbox: the only place, besides the recipient's mailbox, that holds a live sign-in link, so
 * on a machine without mail its operator opens the file (the app's outbox shows links hidden).
 * Once delivered, the full text (`delivery_body`) is cleared from the database.
 */
export function createMailDelivery(options: {
  db: Db;
  smtpUrl: string | undefined;
  dataDir: string;
  /** Told where each .eml file went (no SMTP), so the server terminal can say where to look. */
  onWritten?: (file: string, message: { to: string; subject: string }) => void;
}): MailDelivery {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const outboxDir = join(options.dataDir, 'outbox');
  return {
    async deliverPending() {
      const pending = await options.db
        .selectFrom('outbox_messages')
        .select([
          'organisation_id',
          'id',
          'to_address',
          'subject',
          'text_body',
          'delivery_body',
          'created_at',
          'attempts',
        ])
        .where('sent_at', 'is', null)
        .where('attempts', '<', maxAttempts)
        .orderBy('created_at')
        .limit(100)
        .execute();
      let delivered = 0;
      for (const message of pending) {
        let error: string | null = null;
        const text = message.delivery_body ?? message.text_body;
        try {
          if (transport) {
            await transport.sendMail({
              from: 'Groeipad <no-reply@groeipad.local>',
              to: message.to_address,
              subject: message.subject,
              text,
            });
          } else {
            await mkdir(outboxDir, { recursive: true, mode: 0o700 });
            const eml = `To: ${message.to_address}\nSubject: ${message.subject}\nDate: ${message.created_at.toUTCString()}\nContent-Type: text/plain; charset=utf-8\n\n${text}\n`;
            const file = join(
              outboxDir,
              `${message.created_at.toISOString().replaceAll(':', '-')}-${message.id}.eml`,
            );
            // Readable by the machine's operator only: it may hold someone's sign-in link.
            await writeFile(file, eml, { mode: 0o600 });
            options.onWritten?.(file, { to: message.to_address, subject: message.subject });
          }
          delivered++;
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
        }
        await options.db
          .updateTable('outbox_messages')
          .set({
            sent_at: error ? null : new Date(),
            attempts: message.attempts + 1,
            last_error: error,
            // Delivered (or given up on): the live link leaves the database.
            ...(error && message.attempts + 1 < maxAttempts ? {} : { delivery_body: null }),
          })
          .where('organisation_id', '=', message.organisation_id)
          .where('id', '=', message.id)
          .execute();
      }
      return delivered;
    },
  };
}
