import type { TenantDb } from '../../db/tenant.ts';

/**
 * Tells a learner they finished a course or path. Until the notifications module is merged this is an
 * e-mail in the outbox; the lead can repoint it to notify() from src/server/modules/notifications.
 */
export async function notifyLearner(
  trx: TenantDb,
  personId: string,
  message: { title: string; link: string },
) {
  const person = await trx
    .selectFrom('people')
    .select(['email', 'locale', 'given_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return;
  const isEnglish = person.locale === 'en';
  await trx
    .insertInto('outbox_messages', {
      to_address: person.email,
      kind: 'learning_completed',
      subject: isEnglish
        ? `Well done: you finished "${message.title}"`
        : `Gefeliciteerd: je hebt "${message.title}" afgerond`,
      text_body: isEnglish
        ? `Hi ${person.given_name},\n\nYou finished "${message.title}". Your certificate is waiting under My learning:\n${message.link}\n`
        : `Hoi ${person.given_name},\n\nJe hebt "${message.title}" afgerond. Je certificaat staat klaar onder Mijn leren:\n${message.link}\n`,
    })
    .execute();
}
