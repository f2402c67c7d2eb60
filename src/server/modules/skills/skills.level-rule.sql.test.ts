import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../core/calendar.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { seedDemo } from '../../demo/seed.ts';
import { startTestApp } from '../../test/test-app.ts';
import { currentLevelsOf, currentLevelsSql } from './skills.level-rule.ts';
import { levelRatingsOf } from './skills.repository.ts';

const { db } = await startTestApp();

describe('the current-level rule in SQL', () => {
  it('gives the same level and reason as the TypeScript rule for every demo person and skill', async () => {
    await seedDemo(db);
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('is_demo', '=', true)
      .executeTakeFirstOrThrow();
    const tenant = forOrganisation(db, org.id);
    // Old manager ratings, evidence only and self-over-old-manager all occur: add the cases the demo lacks.
    const [person] = await tenant
      .selectFrom('people')
      .select(['id', 'manager_id'])
      .where('manager_id', 'is not', null)
      .limit(1)
      .execute();
    const [a, b] = await tenant.selectFrom('skills').select('id').limit(2).execute();
    await tenant
      .insertInto('skill_ratings', [
        {
          person_id: person!.id,
          skill_id: a!.id,
          source: 'evidence',
          level: 2,
          rater_id: null,
          evidence_kind: 'assessment_passed',
          rated_on: '2025-01-01',
        },
        {
          person_id: person!.id,
          skill_id: a!.id,
          source: 'evidence',
          level: 4,
          rater_id: null,
          evidence_kind: 'learning_completed',
          rated_on: '2024-01-01',
        },
        {
          person_id: person!.id,
          skill_id: b!.id,
          source: 'manager',
          level: 2,
          rater_id: person!.manager_id,
          evidence_kind: null,
          rated_on: '2020-01-01',
        },
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
    const now = calendarDateOf(new Date());
    const fromTs = currentLevelsOf(await levelRatingsOf(tenant, 'all'), now);
    const fromSql = (await currentLevelsSql(org.id, now).execute(db)).rows;
    const flat = [...fromTs].flatMap(([personId, bySkill]) =>
      [...bySkill].map(([skillId, current]) => `${personId}:${skillId}:${current.level}:${current.reason}`),
    );
    expect(fromSql.map((r) => `${r.person_id}:${r.skill_id}:${r.level}:${r.reason}`).sort()).toEqual(
      flat.sort(),
    );
    expect(new Set(fromSql.map((r) => r.reason))).toEqual(
      new Set(['manager_recent', 'self_latest', 'manager_older', 'evidence_highest']),
    );
    expect(fromSql.length).toBeGreaterThan(500);
  }, 180_000); // seeds the whole demo, a year of learning history included
});
