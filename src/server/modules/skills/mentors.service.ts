import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { bellText } from '../../messages/index.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { willingBuddies } from '../learning-agreements/index.ts';
import { queueMail } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { displayName } from '../people/index.ts';
import { currentLevelsOf, today } from './skills.level-rule.ts';
import { presentPersonRef } from './skills.presenter.ts';
import { findPersonName, levelRatingsOf, personNameColumns } from './skills.repository.ts';

export const mentorLevel = 4;

/**
 * Colleagues willing to mentor on a skill whose current level is at least 4, highest level first,
 * then buddies: people who promised in a learning agreement on this skill to help colleagues.
 */
export async function findMentors(db: Db, organisationId: string, skillId: string, excludePersonId?: string) {
  const tenant = forOrganisation(db, organisationId);
  const skill = await tenant.selectFrom('skills').select('id').where('id', '=', skillId).executeTakeFirst();
  if (!skill) throw notFound('Skill');
  const candidates = await tenant
    .selectFrom('person_skills')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'person_skills.organisation_id')
        .onRef('people.id', '=', 'person_skills.person_id'),
    )
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select([...personNameColumns, 'org_units.name as org_unit_name'])
    .where('person_skills.skill_id', '=', skillId)
    .where('person_skills.willing_to_mentor', '=', true)
    .where('people.status', '<>', 'left')
    .execute();
  const buddies = (await willingBuddies(tenant, { skillId })).filter((b) => b.person_id !== excludePersonId);
  const buddyFor = new Map(buddies.map((b) => [b.person_id, b.title]));
  const buddyPeople = buddies.length
    ? await tenant
        .selectFrom('people')
        .leftJoin('org_units', (join) =>
          join
            .onRef('org_units.organisation_id', '=', 'people.organisation_id')
            .onRef('org_units.id', '=', 'people.org_unit_id'),
        )
        .select([...personNameColumns, 'org_units.name as org_unit_name'])
        .where('people.id', 'in', [...buddyFor.keys()])
        .where('people.status', '<>', 'left')
        .execute()
    : [];
  const others = candidates.filter((c) => c.id !== excludePersonId);
  const ratings = (
    await levelRatingsOf(
      tenant,
      others.map((c) => c.id),
    )
  ).filter((r) => r.skillId === skillId);
  const levels = currentLevelsOf(ratings, today(await organisationTimeZone(tenant, tenant.organisationId)));
  const mentors = others
    .map((person) => ({
      person: presentPersonRef(person),
      level: levels.get(person.id)?.get(skillId)?.level ?? 0,
      skillId,
      buddyFor: null as string | null,
    }))
    .filter((mentor) => mentor.level >= mentorLevel)
    .sort((a, b) => b.level - a.level || a.person.displayName.localeCompare(b.person.displayName));
  const mentorIds = new Set(mentors.map((m) => m.person.id));
  const buddyRatings = (
    await levelRatingsOf(
      tenant,
      buddyPeople.map((b) => b.id),
    )
  ).filter((r) => r.skillId === skillId);
  const buddyLevels = currentLevelsOf(
    buddyRatings,
    today(await organisationTimeZone(tenant, tenant.organisationId)),
  );
  return [
    ...mentors.map((m) => ({ ...m, buddyFor: buddyFor.get(m.person.id) ?? null })),
    ...buddyPeople
      .filter((person) => !mentorIds.has(person.id))
      .map((person) => ({
        person: presentPersonRef(person),
        level: buddyLevels.get(person.id)?.get(skillId)?.level ?? 0,
        skillId,
        buddyFor: buddyFor.get(person.id) ?? null,
      }))
      .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName)),
  ];
}

/** Tells the mentor someone asks for a mentoring conversation: an e-mail and a notification on the bell. */
export async function notifyMentor(
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
    ...bellText('mentoring_request', message.locale, { person: person ?? '', skill: skill ?? '' }),
    body: message.vars.message?.trim() ?? '',
    link: null,
    isEmailed: true,
  });
}

export async function requestMentoring(options: {
  db: Db;
  auth: Auth;
  input: { mentorId: string; skillId: string; message?: string };
}) {
  const personId = personIdOf(options.auth);
  const { input } = options;
  const mentors = await findMentors(options.db, options.auth.organisationId, input.skillId, personId);
  if (!mentors.some((m) => m.person.id === input.mentorId))
    throw invalidField('mentorId', 'this person does not mentor on this skill');
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const row = await tenant
      .insertInto('mentoring_requests', {
        person_id: personId,
        mentor_id: input.mentorId,
        skill_id: input.skillId,
        message: input.message ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [mentor, person, skill, organisation] = await Promise.all([
      findPersonName(tenant, input.mentorId),
      findPersonName(tenant, personId),
      tenant
        .selectFrom('skills')
        .select(['name_nl', 'name_en'])
        .where('id', '=', input.skillId)
        .executeTakeFirstOrThrow(),
      tenant.executor
        .selectFrom('organisations')
        .select('default_locale')
        .where('id', '=', tenant.organisationId)
        .executeTakeFirstOrThrow(),
    ]);
    const locale = (mentor!.locale ?? organisation.default_locale) as Locale;
    await notifyMentor(tenant, {
      mentorId: input.mentorId,
      to: mentor!.email,
      locale,
      vars: {
        name: mentor!.given_name,
        person: displayName(person!),
        email: person!.email,
        skill: locale === 'en' ? skill.name_en : skill.name_nl,
        message: input.message ? `\n"${input.message}"\n` : '',
      },
    });
    await recordEvent(tenant, options.auth, {
      action: 'mentoring.requested',
      subjectType: 'mentoring_request',
      subjectId: row.id,
      changes: { mentorId: input.mentorId, skillId: input.skillId },
    });
    return row.id;
  });
}
