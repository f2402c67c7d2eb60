import type { TenantDb } from '../../../db/tenant.ts';
import { personNameColumns } from '../skills.repository.ts';

/** Current people who said they are willing to mentor on the skill, with their unit. */
export const willingMentors = (tenant: TenantDb, skillId: string) =>
  tenant
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

/** These people, if current, with their unit. */
export const currentPeopleWithUnit = (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? tenant
        .selectFrom('people')
        .leftJoin('org_units', (join) =>
          join
            .onRef('org_units.organisation_id', '=', 'people.organisation_id')
            .onRef('org_units.id', '=', 'people.org_unit_id'),
        )
        .select([...personNameColumns, 'org_units.name as org_unit_name'])
        .where('people.id', 'in', ids)
        .where('people.status', '<>', 'left')
        .execute()
    : Promise.resolve([]);

export const insertMentoringRequest = (
  tenant: TenantDb,
  values: { person_id: string; mentor_id: string; skill_id: string; message: string | null },
) => tenant.insertInto('mentoring_requests', values).returning('id').executeTakeFirstOrThrow();
