import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { type Bus, createBus } from '../../core/bus.ts';
import { runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { queueMail } from '../mail/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import {
  markDigestSent,
  organisationLocale,
  organisationsWithPendingNews,
  type PendingNews,
  pendingNews,
} from './notifications.repository.ts';

const dayMs = 86_400_000;
/** Per organisation and run: enough for everyone's digest; the rest waits for the next hour. */
const maxNewsPerRun = 5000;

/** Whether a person's digest is due: a day (or week) since the last, with a minute's slack for the cron. */
export function isDigestDue(person: Pick<PendingNews, 'email_digest' | 'last_digest_at'>, now: Date) {
  const interval =
    person.email_digest === 'daily' ? dayMs : person.email_digest === 'weekly' ? 7 * dayMs : null;
  if (interval === null) return false;
  return !person.last_digest_at || now.getTime() - person.last_digest_at.getTime() >= interval - 60_000;
}

/**
 * The e-mail digest, an hourly job: per organisation, as the system, each person whose preference is
 * due gets one message listing their unread notifications not e-mailed yet. Answers how many mails
 * it queued. One organisation's backlog never holds up another's.
 */
export async function sendNotificationDigests(
  db: Db,
  at = new Date(),
  kernel: { log?: FastifyBaseLogger; bus?: Bus } = {},
): Promise<number> {
  const log = kernel.log ?? pino({ level: 'silent' });
  const bus = kernel.bus ?? createBus(log);
  let sent = 0;
  for (const organisationId of await organisationsWithPendingNews(db))
    sent += await sendDigestsOf(await organisationContextOf({ db, log, bus }, organisationId, at));
  return sent;
}

/** One organisation's digests; each person's is its own change, so one failure leaves the others. */
export async function sendDigestsOf(ctx: OrgContext): Promise<number> {
  const now = ctx.now();
  const byPerson = new Map<string, PendingNews[]>();
  for (const row of await pendingNews(ctx.db, maxNewsPerRun)) {
    if (!isDigestDue(row, now)) continue;
    byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row]);
  }
  if (!byPerson.size) return 0;
  const defaultLocale = await organisationLocale(ctx.db.executor, ctx.organisationId);
  for (const rows of byPerson.values()) {
    const first = rows[0]!;
    await runChange(ctx, async (tx) => {
      await queueMail(tx.db, {
        to: first.email,
        kind: 'notification_digest',
        locale: first.locale ?? defaultLocale,
        vars: {
          name: first.given_name,
          count: String(rows.length),
          items: rows.map((row) => `- ${row.title}`).join('\n'),
        },
      });
      await markDigestSent(
        tx.db,
        first.person_id,
        rows.map((row) => row.id),
        now,
      );
    });
  }
  return byPerson.size;
}
