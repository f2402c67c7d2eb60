import type { TenantDb } from '../../db/tenant.ts';

// The SQL of talent reviews, on the organisation-scoped database. People and units are the shared kernel.

const personName = ['p.given_name', 'p.family_name_prefix', 'p.family_name'] as const;

export const findRound = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('talent_rounds')
    .select([
      'id',
      'title',
      'reviewer_rule',
      'questions',
      'review_deadline',
      'calibration_on',
      'signed_off_at',
      'opened_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Rounds with their counts; for someone not HR only those they review in or calibrate. */
export async function listRounds(tenant: TenantDb, participantId: string | null) {
  let query = tenant.executor
    .selectFrom('talent_rounds as r')
    .where('r.organisation_id', '=', tenant.organisationId)
    .select((eb) => [
      'r.id',
      'r.title',
      'r.review_deadline',
      'r.calibration_on',
      'r.signed_off_at',
      'r.opened_at',
      eb
        .selectFrom('talent_reviews as v')
        .whereRef('v.organisation_id', '=', 'r.organisation_id')
        .whereRef('v.round_id', '=', 'r.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('people'),
      eb
        .selectFrom('talent_reviews as v')
        .whereRef('v.organisation_id', '=', 'r.organisation_id')
        .whereRef('v.round_id', '=', 'r.id')
        .where('v.submitted_at', 'is not', null)
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('submitted'),
    ])
    .orderBy('r.created_at', 'desc')
    .limit(200);
  if (participantId)
    query = query
      .where('r.opened_at', 'is not', null)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('talent_reviews as v')
              .select('v.id')
              .whereRef('v.organisation_id', '=', 'r.organisation_id')
              .whereRef('v.round_id', '=', 'r.id')
              .where('v.reviewer_id', '=', participantId),
          ),
          eb.exists(
            eb
              .selectFrom('talent_round_participants as t')
              .select('t.person_id')
              .whereRef('t.organisation_id', '=', 'r.organisation_id')
              .whereRef('t.round_id', '=', 'r.id')
              .where('t.person_id', '=', participantId),
          ),
        ]),
      );
  return query.execute();
}

/** A calibration participant of an open round: named, or reviewer of anyone in it (drafts: HR only). */
export async function isParticipant(tenant: TenantDb, roundId: string, personId: string) {
  const open = await tenant
    .selectFrom('talent_rounds')
    .select('id')
    .where('id', '=', roundId)
    .where('opened_at', 'is not', null)
    .executeTakeFirst();
  if (!open) return false;
  const named = await tenant
    .selectFrom('talent_round_participants')
    .select('person_id')
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (named) return true;
  const reviewer = await tenant
    .selectFrom('talent_reviews')
    .select('id')
    .where('round_id', '=', roundId)
    .where('reviewer_id', '=', personId)
    .executeTakeFirst();
  return Boolean(reviewer);
}

/** People in scope with the reviewer the rule gives: the manager's manager, or nobody (HR). */
export const peopleWithManagersManager = (tenant: TenantDb, personIds: string[]) =>
  tenant.executor
    .selectFrom('people as p')
    .where('p.organisation_id', '=', tenant.organisationId)
    .leftJoin('people as m', (join) =>
      join.onRef('m.organisation_id', '=', 'p.organisation_id').onRef('m.id', '=', 'p.manager_id'),
    )
    .select(['p.id', 'm.manager_id as managers_manager'])
    .where('p.id', 'in', personIds)
    .execute();

export const existingPeople = async (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? new Set(
        (
          await tenant
            .selectFrom('people')
            .select('id')
            .where('id', 'in', ids)
            .where('status', '<>', 'left')
            .execute()
        ).map((row) => row.id),
      )
    : new Set<string>();

export const insertRound = (
  tenant: TenantDb,
  row: {
    title: string;
    scope: string;
    reviewer_rule: 'managers_manager' | 'hr';
    questions: string;
    review_deadline: string;
    calibration_on: string | null;
    created_by: string | null;
    opened_at: Date | null;
  },
) => tenant.insertInto('talent_rounds', row).returning('id').executeTakeFirstOrThrow();

export async function insertReviews(
  tenant: TenantDb,
  roundId: string,
  rows: { person_id: string; reviewer_id: string | null }[],
) {
  for (let i = 0; i < rows.length; i += 500)
    await tenant
      .insertInto(
        'talent_reviews',
        rows.slice(i, i + 500).map((row) => ({ ...row, round_id: roundId })),
      )
      .execute();
}

export async function insertParticipants(tenant: TenantDb, roundId: string, personIds: string[]) {
  if (!personIds.length) return;
  await tenant
    .insertInto(
      'talent_round_participants',
      personIds.map((person_id) => ({ round_id: roundId, person_id })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The calibration grid: one line per reviewed person, by name. */
export const gridOf = (tenant: TenantDb, roundId: string) =>
  tenant.executor
    .selectFrom('talent_reviews as v')
    .where('v.organisation_id', '=', tenant.organisationId)
    .innerJoin('people as p', (join) =>
      join.onRef('p.organisation_id', '=', 'v.organisation_id').onRef('p.id', '=', 'v.person_id'),
    )
    .leftJoin('org_units as u', (join) =>
      join.onRef('u.organisation_id', '=', 'p.organisation_id').onRef('u.id', '=', 'p.org_unit_id'),
    )
    .leftJoin('people as r', (join) =>
      join.onRef('r.organisation_id', '=', 'v.organisation_id').onRef('r.id', '=', 'v.reviewer_id'),
    )
    .select((eb) => [
      'v.id',
      'v.person_id',
      ...personName,
      'u.name as unit_name',
      'r.given_name as r_given_name',
      'r.family_name_prefix as r_family_name_prefix',
      'r.family_name as r_family_name',
      'v.performance',
      'v.potential',
      'v.submitted_at',
      'v.flight_risk',
      'v.readiness',
      'v.next_role_id',
      'v.advice',
      eb
        .selectFrom('talent_moves as m')
        .whereRef('m.organisation_id', '=', 'v.organisation_id')
        .whereRef('m.review_id', '=', 'v.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('move_count'),
    ])
    .where('v.round_id', '=', roundId)
    // The stored sort keys (folded once, on write): folding 1,000 names per read cost most of the grid.
    .orderBy('p.sort_family_name')
    .orderBy('p.sort_given_name')
    .orderBy('v.id')
    .execute();

export const findReview = (tenant: TenantDb, id: string) =>
  tenant.executor
    .selectFrom('talent_reviews as v')
    .where('v.organisation_id', '=', tenant.organisationId)
    .innerJoin('people as p', (join) =>
      join.onRef('p.organisation_id', '=', 'v.organisation_id').onRef('p.id', '=', 'v.person_id'),
    )
    .leftJoin('people as r', (join) =>
      join.onRef('r.organisation_id', '=', 'v.organisation_id').onRef('r.id', '=', 'v.reviewer_id'),
    )
    .selectAll('v')
    .select([
      ...personName,
      'r.given_name as r_given_name',
      'r.family_name_prefix as r_family_name_prefix',
      'r.family_name as r_family_name',
    ])
    .where('v.id', '=', id)
    .executeTakeFirst();
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReview>>>;

export const movesOf = (tenant: TenantDb, reviewId: string) =>
  tenant.executor
    .selectFrom('talent_moves as m')
    .where('m.organisation_id', '=', tenant.organisationId)
    .leftJoin('people as p', (join) =>
      join.onRef('p.organisation_id', '=', 'm.organisation_id').onRef('p.id', '=', 'm.moved_by'),
    )
    .select([
      'm.from_performance',
      'm.from_potential',
      'm.to_performance',
      'm.to_potential',
      'm.reason',
      'm.moved_at',
      'p.given_name',
      'p.family_name_prefix',
      'p.family_name',
    ])
    .where('m.review_id', '=', reviewId)
    .orderBy('m.moved_at')
    .execute();

export const insertMove = (
  tenant: TenantDb,
  row: {
    review_id: string;
    from_performance: number | null;
    from_potential: number | null;
    to_performance: number;
    to_potential: number;
    reason: string;
    moved_by: string | null;
    moved_at: Date;
  },
) => tenant.insertInto('talent_moves', row).execute();

export const reviewsOfRound = (tenant: TenantDb, roundId: string) =>
  tenant
    .selectFrom('talent_reviews')
    .select(['id', 'person_id', 'performance', 'potential', 'actions'])
    .where('round_id', '=', roundId)
    .execute();

export const proposedTitles = async (tenant: TenantDb, reviewIds: string[]) =>
  reviewIds.length
    ? tenant
        .selectFrom('talent_proposals')
        .select(['review_id', 'title'])
        .where('review_id', 'in', reviewIds)
        .execute()
    : [];

export const settingsOf = async (tenant: TenantDb) =>
  (await tenant.selectFrom('talent_settings').select('own_review_visibility').executeTakeFirst())
    ?.own_review_visibility ?? 'nothing';

export const myProposals = (tenant: TenantDb, personId: string) =>
  tenant.executor
    .selectFrom('talent_proposals as t')
    .where('t.organisation_id', '=', tenant.organisationId)
    .innerJoin('talent_reviews as v', (join) =>
      join.onRef('v.organisation_id', '=', 't.organisation_id').onRef('v.id', '=', 't.review_id'),
    )
    .innerJoin('talent_rounds as r', (join) =>
      join.onRef('r.organisation_id', '=', 'v.organisation_id').onRef('r.id', '=', 'v.round_id'),
    )
    .select(['t.id', 't.title', 't.status', 't.created_at', 'r.title as round_title'])
    .where('t.person_id', '=', personId)
    .orderBy('t.created_at', 'desc')
    .orderBy('t.title')
    .execute();

/** My own reviews in rounds that are signed off (what I see of them is the organisation's setting). */
export const mySignedOffReviews = (tenant: TenantDb, personId: string) =>
  tenant.executor
    .selectFrom('talent_reviews as v')
    .where('v.organisation_id', '=', tenant.organisationId)
    .innerJoin('talent_rounds as r', (join) =>
      join.onRef('r.organisation_id', '=', 'v.organisation_id').onRef('r.id', '=', 'v.round_id'),
    )
    .select(['r.title', 'r.signed_off_at', 'v.advice', 'v.performance', 'v.potential', 'v.readiness'])
    .where('v.person_id', '=', personId)
    .where('r.signed_off_at', 'is not', null)
    .orderBy('r.signed_off_at', 'desc')
    .execute();

/** Succession: people whose signed-off review names a next role. */
export const successionRows = (tenant: TenantDb) =>
  tenant.executor
    .selectFrom('talent_reviews as v')
    .where('v.organisation_id', '=', tenant.organisationId)
    .innerJoin('talent_rounds as r', (join) =>
      join.onRef('r.organisation_id', '=', 'v.organisation_id').onRef('r.id', '=', 'v.round_id'),
    )
    .innerJoin('people as p', (join) =>
      join.onRef('p.organisation_id', '=', 'v.organisation_id').onRef('p.id', '=', 'v.person_id'),
    )
    .select(['v.next_role_id', 'v.person_id', 'v.readiness', 'r.title', ...personName])
    .where('v.next_role_id', 'is not', null)
    .where('r.signed_off_at', 'is not', null)
    .where('p.status', '<>', 'left')
    .orderBy('r.signed_off_at', 'desc')
    .limit(2000)
    .execute();
