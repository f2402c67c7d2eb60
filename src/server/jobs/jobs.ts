import { PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';
import { notifyScheduledAnnouncements } from '../modules/announcements/index.ts';
import { pruneSignInAttempts } from '../modules/auth/index.ts';
import { applyAllRules } from '../modules/catalogue/index.ts';
import type { MailDelivery } from '../modules/mail/index.ts';
import { sendNotificationDigests } from '../modules/notifications/index.ts';
import { runDevelopmentDaily } from '../modules/plans/development.jobs.ts';

/**
 * Background jobs on pg-boss, in the same PostgreSQL (server or PGlite). On PGlite pg-boss goes
 * through the app's one-connection pool, so its queries wait for open transactions instead of
 * slipping into them.
 */
export async function startJobs(options: {
  handle: DatabaseHandle;
  databaseUrl: string | undefined;
  mail: MailDelivery;
  baseUrl?: string;
  onError: (error: unknown) => void;
}) {
  const boss = options.databaseUrl
    ? new PgBoss({ connectionString: options.databaseUrl, max: 4 })
    : new PgBoss({
        db: { executeSql: (text: string, values?: unknown[]) => options.handle.query(text, values) },
      });
  boss.on('error', options.onError);
  await boss.start();
  await boss.createQueue('mail.deliver');
  await boss.work('mail.deliver', async () => {
    await options.mail.deliverPending();
  });
  await boss.schedule('mail.deliver', '* * * * *');
  // Hourly: people whose daily or weekly digest is due get their unread notifications by e-mail.
  await boss.createQueue('notifications.digest');
  await boss.work('notifications.digest', async () => {
    await sendNotificationDigests(options.handle.db);
  });
  await boss.schedule('notifications.digest', '17 * * * *');
  // Every minute: scheduled announcements whose time has come notify their audience.
  await boss.createQueue('announcements.publish');
  await boss.work('announcements.publish', async () => {
    await notifyScheduledAnnouncements(options.handle.db);
  });
  await boss.schedule('announcements.publish', '* * * * *');
  // Audience rules also run on every rule change; this catches people whose facts changed (start date, reports).
  await boss.createQueue('catalogue.audience-rules');
  await boss.work('catalogue.audience-rules', async () => {
    await applyAllRules(options.handle.db);
  });
  await boss.schedule('catalogue.audience-rules', '*/15 * * * *');
  // Development: conversation reminders and learning-agreement follow-ups, every morning.
  await boss.createQueue('development.daily');
  await boss.work('development.daily', async () => {
    await runDevelopmentDaily(options.handle.db, { baseUrl: options.baseUrl ?? '' });
  });
  await boss.schedule('development.daily', '0 6 * * *');
  // Nightly: sign-in attempts older than the throttle looks back are forgotten.
  await boss.createQueue('auth.prune-attempts');
  await boss.work('auth.prune-attempts', async () => {
    await pruneSignInAttempts(options.handle.db);
  });
  await boss.schedule('auth.prune-attempts', '40 3 * * *');
  return {
    /** Ask for mail delivery now instead of at the next minute. */
    // One delivery run per couple of seconds at most, however many requests ask for it.
    nudgeMail: () =>
      boss
        .send('mail.deliver', {}, { singletonKey: 'nudge', singletonSeconds: 2, singletonNextSlot: true })
        .catch(options.onError),
    stop: () => boss.stop({ graceful: true }),
  };
}
