import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { willingBuddies } from '../../learning-agreements/index.ts';
import { currentLevelsOf } from '../skills.level-rule.ts';
import { presentPersonRef } from '../skills.presenter.ts';
import { existingSkillIds, levelRatingsOf } from '../skills.repository.ts';
import { currentPeopleWithUnit, willingMentors } from './mentors.repository.ts';

export const mentorLevel = 4;

/**
 * Colleagues willing to mentor on a skill whose current level is at least 4, highest level first,
 * then buddies: people who promised in a learning agreement on this skill to help colleagues.
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
  const buddyPeople = await currentPeopleWithUnit(tenant, [...buddyFor.keys()]);
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

/** Mentors on a skill for the one asking (never themselves). */
export async function findMentors(ctx: Ctx, skillId: string) {
  assertCan(ctx.auth, 'skills.read');
  return mentorsFor(ctx.db, {
    skillId,
    excludePersonId: ctx.auth.kind === 'person' ? ctx.auth.personId : undefined,
    today: ctx.today(),
  });
}
