import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { invalidField } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { queueMail } from '../../mail/index.ts';
import { notify } from '../../notifications/index.ts';
import { displayName } from '../../people/index.ts';
import '../skills.events.ts';
import { findPersonName, organisationLocale, skillNames } from '../skills.repository.ts';
import { mentorsFor } from './mentors.read.ts';
import { insertMentoringRequest } from './mentors.repository.ts';

/** Tells the mentor someone asks for a mentoring conversation: an e-mail and a notification on the bell. */
async function notifyMentor(
  tenant: TenantDb,
  message: { mentorId: string; to: string; locale: Locale; vars: Record<string, string> },
) {
  await queueMail(tenant, {
    to: message.to,
    kind: 'mentoring_request',
    locale: message.locale,
    vars: message.vars,
  });
  const { person, skill } = message.vars;
  await notify(tenant, tenant.organisationId, message.mentorId, {
    kind: 'mentoring_request',
    title:
      message.locale === 'en'
        ? `${person} would like a mentoring conversation about ${skill}`
        : `${person} wil graag een mentorgesprek over ${skill}`,
    body: message.vars.message?.trim() ?? '',
    link: null,
    isEmailed: true,
  });
}

/** Asks a mentor on a skill for a mentoring conversation (they are notified). */
export async function requestMentoring(
  ctx: Ctx,
  input: { mentorId: string; skillId: string; message?: string },
) {
  assertCan(ctx.auth, 'skills.read');
  const personId = personIdOf(ctx.auth);
  const mentors = await mentorsFor(ctx.db, {
    skillId: input.skillId,
    excludePersonId: personId,
    today: ctx.today(),
  });
  if (!mentors.some((m) => m.person.id === input.mentorId))
    throw invalidField('mentorId', 'this person does not mentor on this skill');
  return runChange(ctx, async (tx) => {
    const row = await insertMentoringRequest(tx.db, {
      person_id: personId,
      mentor_id: input.mentorId,
      skill_id: input.skillId,
      message: input.message ?? null,
    });
    const [mentor, person, [skill], defaultLocale] = await Promise.all([
      findPersonName(tx.db, input.mentorId),
      findPersonName(tx.db, personId),
      skillNames(tx.db, [input.skillId]),
      organisationLocale(tx.db),
    ]);
    const locale = (mentor!.locale ?? defaultLocale) as Locale;
    await notifyMentor(tx.db, {
      mentorId: input.mentorId,
      to: mentor!.email,
      locale,
      vars: {
        name: mentor!.given_name,
        person: displayName(person!),
        email: person!.email,
        skill: locale === 'en' ? skill!.name_en : skill!.name_nl,
        message: input.message ? `\n"${input.message}"\n` : '',
      },
    });
    tx.record({
      action: 'mentoring.requested',
      subjectId: row.id,
      changes: { mentorId: input.mentorId, skillId: input.skillId },
    });
    return row.id;
  });
}
