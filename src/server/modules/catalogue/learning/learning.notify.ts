import type { LearningSubjectKind } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { queueMail } from '../../mail/index.ts';
import { emailDigestOf, notify } from '../../notifications/index.ts';
import { findSubject } from '../subjects.ts';

/** The learner's page for a content item, course or path (web routes under /learning). */
export const learningLink = (type: LearningSubjectKind, id: string) =>
  `/learning/${type === 'content' ? 'items' : type === 'course' ? 'courses' : 'paths'}/${id}`;

/**
 * Tells a learner they finished a course or path: a notification on the bell and, unless they turned
 * e-mail off in their notification preferences, an e-mail straight away (so the bell entry is marked as
 * e-mailed and the digest does not repeat it), both in the learner's language.
 */
export async function notifyLearner(
  trx: TenantDb,
  personId: string,
  message: {
    title: string;
    link: string;
    subject?: { type: LearningSubjectKind; id: string };
    hasCertificate?: boolean;
  },
) {
  const person = await trx
    .selectFrom('people')
    .select(['email', 'locale', 'given_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return;
  const isEnglish = person.locale === 'en';
  const wantsEmail = (await emailDigestOf(trx, personId)) !== 'off';
  if (wantsEmail)
    await queueMail(trx, {
      to: person.email,
      kind: 'learning_completed',
      locale: isEnglish ? 'en' : 'nl',
      vars: { name: person.given_name, title: message.title, link: message.link },
    });
  const certificate = message.hasCertificate
    ? isEnglish
      ? ' Your certificate is ready under My learning.'
      : ' Je certificaat staat klaar onder Mijn leren.'
    : '';
  await notify(trx, trx.organisationId, personId, {
    kind: message.hasCertificate ? 'learning.certificate' : 'learning.completed',
    title: isEnglish ? `You finished "${message.title}"` : `Je hebt "${message.title}" afgerond`,
    body: (isEnglish ? 'Well done!' : 'Goed gedaan!') + certificate,
    link:
      message.hasCertificate || !message.subject
        ? '/learning'
        : learningLink(message.subject.type, message.subject.id),
    isEmailed: true,
  });
}

/** Puts "you have been assigned …" on the bell of each person, with the title in their own language. */
export async function notifyAssigned(
  trx: TenantDb,
  personIds: string[],
  subject: { type: LearningSubjectKind; id: string },
  dueDate: string | null | undefined,
) {
  if (!personIds.length) return;
  const people = await trx
    .selectFrom('people')
    .select(['id', 'locale'])
    .where('id', 'in', personIds)
    .execute();
  for (const locale of ['nl', 'en'] as const) {
    const ids = people.filter((p) => (p.locale === 'en') === (locale === 'en')).map((p) => p.id);
    if (!ids.length) continue;
    const found = await findSubject(trx, subject, locale);
    if (!found) return;
    const due = dueDate ? (locale === 'en' ? ` Due by ${dueDate}.` : ` Rond het af vóór ${dueDate}.`) : '';
    await notify(trx, trx.organisationId, ids, {
      kind: 'learning.assigned',
      title:
        locale === 'en' ? `New learning for you: "${found.title}"` : `Nieuw leren voor jou: "${found.title}"`,
      body: (locale === 'en' ? 'It has been assigned to you.' : 'Het is aan je toegewezen.') + due,
      link: learningLink(subject.type, subject.id),
    });
  }
}

/**
 * Tells a learner they finished one module: on the bell only. A course has many modules, so these are
 * never e-mailed, not even by the digest; finishing the course or path is what reaches the inbox.
 */
export async function notifyModuleFinished(
  trx: TenantDb,
  personId: string,
  module: { contentId: string; title: string; course: { id: string; title: string } | null },
) {
  const person = await trx
    .selectFrom('people')
    .select('locale')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return;
  const isEnglish = person.locale === 'en';
  const { course } = module;
  await notify(trx, trx.organisationId, personId, {
    kind: 'learning.module_completed',
    title: isEnglish ? `Module finished: "${module.title}"` : `Onderdeel afgerond: "${module.title}"`,
    body: course
      ? isEnglish
        ? `Well done! On to the next module of "${course.title}".`
        : `Goed gedaan! Op naar het volgende onderdeel van "${course.title}".`
      : isEnglish
        ? 'Well done!'
        : 'Goed gedaan!',
    link: course ? learningLink('course', course.id) : learningLink('content', module.contentId),
    isEmailed: true,
  });
}
