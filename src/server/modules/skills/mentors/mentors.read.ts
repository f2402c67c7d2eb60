import type { Ctx } from '../../../core/context.ts';
import { port } from '../../../core/ports.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { willingBuddies } from '../../learning-agreements/index.ts';
import { currentLevelsOf } from '../skills.level-rule.ts';
import { presentPersonRef } from '../skills.presenter.ts';
import { existingSkillIds, levelRatingsOf } from '../skills.repository.ts';
import { currentPeopleWithUnit, willingMentors } from './mentors.repository.ts';
import './mentors.ports.ts';

export const mentorLevel = 4;

/**
 * Colleagues willing to mentor on a skill whose current level is at least 4, highest level first,
 * then buddies: people who promised in a learning agreement on this skill to help colleagues, then
 * learning ambassadors on the skill. Anyone who is also an ambassador on it carries their headline.
 */
export async function mentorsFor(
  tenant: TenantDb,
  options: { skillId: string; excludePersonId?: string; today: string },
) {
  const { skillId, excludePersonId, today } = options;
  if (!(await existingSkillIds(tenant, [skillId])).has(skillId)) throw notFound('Skill');
  const candidates = await willingMentors(tenant, skillId);
  const buddies = (await willingBuddies(tenant, { skillId })).filter((b) => b.person_id !== excludePersonId);
  const buddyFor = new Map(buddies.map((b) => [b.person_id, b.title]));
  const ambassadors = (await port('ambassadorsOnSkill')(tenant, skillId)).filter(
    (a) => a.personId !== excludePersonId,
  );
  const ambassadorHeadline = new Map(ambassadors.map((a) => [a.personId, a.headline]));
  const buddyPeople = await currentPeopleWithUnit(tenant, [
    ...new Set([...buddyFor.keys(), ...ambassadorHeadline.keys()]),
  ]);
  const others = candidates.filter((c) => c.id !== excludePersonId);
  const ratings = (
    await levelRatingsOf(
      tenant,
      others.map((c) => c.id),
    )
  ).filter((r) => r.skillId === skillId);
  const levels = currentLevelsOf(ratings, today);
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
  const buddyLevels = currentLevelsOf(buddyRatings, today);
  const ambassadorOf = (personId: string) =>
    ambassadorHeadline.has(personId) ? { headline: ambassadorHeadline.get(personId) ?? '' } : null;
  const byName = (a: { person: { displayName: string } }, b: { person: { displayName: string } }) =>
    a.person.displayName.localeCompare(b.person.displayName);
  const rest = buddyPeople
    .filter((person) => !mentorIds.has(person.id))
    .map((person) => ({
      person: presentPersonRef(person),
      level: buddyLevels.get(person.id)?.get(skillId)?.level ?? 0,
      skillId,
      buddyFor: buddyFor.get(person.id) ?? null,
      ambassador: ambassadorOf(person.id),
    }));
  return [
    ...mentors.map((m) => ({
      ...m,
      buddyFor: buddyFor.get(m.person.id) ?? null,
      ambassador: ambassadorOf(m.person.id),
    })),
    ...rest.filter((m) => m.buddyFor !== null).sort(byName),
    ...rest.filter((m) => m.buddyFor === null).sort(byName),
  ];
}

/** Mentors on a skill for the one asking (never themselves). */
export async function findMentors(ctx: Ctx, skillId: string) {
  assertCan(ctx.auth, 'skills.read');
  return mentorsFor(ctx.db, {
    skillId,
    excludePersonId: ctx.auth.kind === 'person' ? ctx.auth.personId : undefined,
    today: ctx.today(),
  });
}
