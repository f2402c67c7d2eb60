import { beforeEach, describe, expect, it } from 'vitest';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { buildOrganisation, buildPerson } from '../../factories/factories.ts';
import { startTestApp } from '../../test/test-app.ts';
import { currentLevelsOf, currentLevelsSql } from './skills.level-rule.ts';
import { levelRatingsOf } from './skills.repository.ts';

// skill_current_levels is kept by triggers on skill_ratings (migration 0090); the rule in SQL reads it.
// Whatever happens to the ratings, it must give what the TypeScript rule gives from the ratings themselves.
const { db } = await startTestApp();
let tenant: TenantDb;
let personId: string;
let managerId: string;
let skillId: string;

beforeEach(async () => {
  const org = await buildOrganisation(db);
  tenant = forOrganisation(db, org.id);
  managerId = (await buildPerson(db, org.id)).id;
  personId = (await buildPerson(db, org.id, { managerId })).id;
  skillId = (
    await tenant
      .insertInto('skills', { name_nl: 'Wondzorg', name_en: 'Wound care' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

type Source = 'self' | 'manager' | 'peer' | 'evidence';
const rate = (source: Source, level: number, ratedOn: string, who = personId) =>
  tenant
    .insertInto('skill_ratings', {
      person_id: who,
      skill_id: skillId,
      source,
      level,
      rater_id: source === 'evidence' ? null : source === 'self' ? who : managerId,
      evidence_kind: source === 'evidence' ? 'assessment_passed' : null,
      rated_on: ratedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

/** Level and reason by SQL and by TypeScript, on `today`, for everyone in the organisation. */
async function both(today: string) {
  const fromSql = (await currentLevelsSql(tenant.organisationId, today).execute(db)).rows.map(
    (r) => `${r.person_id}:${r.skill_id}:${r.level}:${r.reason}`,
  );
  const fromTs = [...currentLevelsOf(await levelRatingsOf(tenant, 'all'), today)].flatMap(([id, bySkill]) =>
    [...bySkill].map(([skill, current]) => `${id}:${skill}:${current.level}:${current.reason}`),
  );
  expect(fromSql.sort()).toEqual(fromTs.sort());
  return fromSql.map((row) => row.split(':').slice(2).join(':'));
}

describe('current levels kept per person and skill', () => {
  it('lets a manager rating give way to the self rating once it is older than 12 months', async () => {
    await rate('self', 2, '2026-01-10');
    await rate('manager', 4, '2026-03-01');
    expect(await both('2026-06-01')).toEqual(['4:manager_recent']);
    expect(await both('2027-03-01')).toEqual(['4:manager_recent']);
    expect(await both('2027-03-02')).toEqual(['2:self_latest']);
  });

  it('keeps the latest rating when an earlier one is recorded later, and the highest evidence', async () => {
    await rate('evidence', 3, '2024-01-01');
    expect(await both('2026-06-01')).toEqual(['3:evidence_highest']);
    await rate('evidence', 2, '2025-01-01');
    expect(await both('2026-06-01')).toEqual(['3:evidence_highest']);
    await rate('manager', 4, '2026-02-01');
    await rate('manager', 1, '2025-12-01');
    await rate('peer', 5, '2026-05-01');
    expect(await both('2026-06-01')).toEqual(['4:manager_recent']);
    expect(await both('2028-01-01')).toEqual(['4:manager_older']);
    await rate('self', 3, '2025-01-01');
    await rate('self', 5, '2024-01-01');
    expect(await both('2028-01-01')).toEqual(['3:self_latest']);
  });

  it('follows ratings that are changed or deleted, and forgets a person who is deleted', async () => {
    await rate('self', 2, '2026-01-10');
    const manager = await rate('manager', 4, '2026-03-01');
    await rate('peer', 5, '2026-04-01');
    await tenant.updateTable('skill_ratings').set({ level: 3 }).where('id', '=', manager.id).execute();
    expect(await both('2026-06-01')).toEqual(['3:manager_recent']);
    await tenant.deleteFrom('skill_ratings').where('id', '=', manager.id).execute();
    expect(await both('2026-06-01')).toEqual(['2:self_latest']);
    await tenant.deleteFrom('skill_ratings').where('source', '=', 'self').execute();
    // Peer endorsements alone set no level.
    expect(await both('2026-06-01')).toEqual([]);
    await rate('self', 4, '2026-05-01');
    expect(await both('2026-06-01')).toEqual(['4:self_latest']);
    await tenant.deleteFrom('people').where('id', '=', personId).execute();
    expect(await both('2026-06-01')).toEqual([]);
  });

  it('merges ratings inserted together for several people', async () => {
    const other = (await buildPerson(db, tenant.organisationId, { managerId })).id;
    await tenant
      .insertInto(
        'skill_ratings',
        [personId, other, personId, other].map((who, i) => ({
          person_id: who,
          skill_id: skillId,
          source: i < 2 ? ('self' as const) : ('manager' as const),
          level: 1 + i,
          rater_id: i < 2 ? who : managerId,
          evidence_kind: null,
          rated_on: i < 2 ? '2026-01-01' : '2024-01-01',
        })),
      )
      .execute();
    expect((await both('2026-06-01')).sort()).toEqual(['1:self_latest', '2:self_latest']);
  });
});
