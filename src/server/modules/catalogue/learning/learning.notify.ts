import { locales } from '../../../../shared/locales.ts';
import { formatCalendarDate } from '../../../core/calendar.ts';
import type { LearningSubjectKind } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { bellText, localeOf } from '../../../messages/index.ts';
import { queueMail } from '../../mail/index.ts';
import { emailDigestOf, notify } from '../../notifications/index.ts';
import { findSubject } from '../subjects.ts';

/** The learner's page for a content item, course or path (web routes under /learning). */
export const learningLink = (type: LearningSubjectKind, id: string) =>
  `/learning/${type === 'content' ? 'items' : type === 'course' ? 'courses' : 'paths'}/${id}`;

/** Each person's language: their own, or the organisation's default. */
async function localesOf(trx: TenantDb, personIds: string[]) {
  return trx
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .select(['people.id', 'people.email', 'people.given_name', 'people.locale', 'o.default_locale'])
    .where('people.id', 'in', personIds)
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, locale: localeOf(row, row.default_locale) })));
}

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
  const [person] = await localesOf(trx, [personId]);
  if (!person) return;
  const wantsEmail = (await emailDigestOf(trx, personId)) !== 'off';
  if (wantsEmail)
    await queueMail(trx, {
      to: person.email,
      kind: 'learning_completed',
      locale: person.locale,
      vars: { name: person.given_name, title: message.title, link: message.link },
    });
  const kind = message.hasCertificate ? 'learning.certificate' : 'learning.completed';
  await notify(trx, trx.organisationId, personId, {
    kind,
    ...bellText(kind, person.locale, { title: message.title }),
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
  const people = await localesOf(trx, personIds);
  for (const locale of locales) {
    const ids = people.filter((p) => p.locale === locale).map((p) => p.id);
    if (!ids.length) continue;
    const found = await findSubject(trx, subject, locale);
    if (!found) return;
    await notify(trx, trx.organisationId, ids, {
      kind: 'learning.assigned',
      ...bellText('learning.assigned', locale, {
        title: found.title,
        due: dueDate ? formatCalendarDate(dueDate, locale) : null,
      }),
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
  const [person] = await localesOf(trx, [personId]);
  if (!person) return;
  const { course } = module;
  await notify(trx, trx.organisationId, personId, {
    kind: 'learning.module_completed',
    ...bellText('learning.module_completed', person.locale, {
      title: module.title,
      course: course?.title ?? null,
    }),
    link: course ? learningLink('course', course.id) : learningLink('content', module.contentId),
    isEmailed: true,
  });
}
