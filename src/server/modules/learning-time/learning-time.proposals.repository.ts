import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// Team learning hours: a manager proposes, each report answers.

export const insertProposal = (
  tenant: TenantDb,
  row: {
    manager_id: string;
    title: string;
    on_date: string;
    start_time: string;
    end_time: string;
    repeats_weekly: boolean;
  },
) => tenant.insertInto('learning_time_proposals', row).returning('id').executeTakeFirstOrThrow();

export const insertProposalAnswers = (tenant: TenantDb, proposalId: string, personIds: string[]) =>
  personIds.length
    ? tenant
        .insertInto(
          'learning_time_proposal_answers',
          personIds.map((person_id) => ({ proposal_id: proposalId, person_id })),
        )
        .execute()
    : Promise.resolve([]);

const proposalColumns = [
  'learning_time_proposals.id',
  'learning_time_proposals.manager_id',
  'learning_time_proposals.title',
  sql<string>`learning_time_proposals.on_date::text`.as('on_date'),
  sql<string>`to_char(learning_time_proposals.start_time, 'HH24:MI')`.as('start_time'),
  sql<string>`to_char(learning_time_proposals.end_time, 'HH24:MI')`.as('end_time'),
  'learning_time_proposals.repeats_weekly',
] as const;

/** The proposals put to a person, with their answer and who proposed it. */
export const proposalsForQuery = (tenant: TenantDb, personId: string, since: string) =>
  tenant
    .selectFrom('learning_time_proposal_answers')
    .innerJoin('learning_time_proposals', (join) =>
      join
        .onRef(
          'learning_time_proposals.organisation_id',
          '=',
          'learning_time_proposal_answers.organisation_id',
        )
        .onRef('learning_time_proposals.id', '=', 'learning_time_proposal_answers.proposal_id'),
    )
    .innerJoin('people as m', (join) =>
      join
        .onRef('m.organisation_id', '=', 'learning_time_proposal_answers.organisation_id')
        .onRef('m.id', '=', 'learning_time_proposals.manager_id'),
    )
    .select(proposalColumns)
    .select([
      'learning_time_proposal_answers.answer',
      'm.given_name',
      'm.family_name_prefix',
      'm.family_name',
    ])
    .where('learning_time_proposal_answers.person_id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('learning_time_proposals.on_date', '>=', since),
        eb('learning_time_proposals.repeats_weekly', '=', true),
      ]),
    )
    .orderBy('learning_time_proposals.on_date')
    .limit(50);

/** A manager's proposals with how the team answered (counts only). */
export const proposalsBy = (tenant: TenantDb, managerId: string, since: string) =>
  tenant
    .selectFrom('learning_time_proposals')
    .select(proposalColumns)
    .select([
      sql<number>`(SELECT count(*)::int FROM learning_time_proposal_answers a WHERE a.organisation_id = learning_time_proposals.organisation_id
        AND a.proposal_id = learning_time_proposals.id AND a.answer = 'accepted')`.as('accepted'),
      sql<number>`(SELECT count(*)::int FROM learning_time_proposal_answers a WHERE a.organisation_id = learning_time_proposals.organisation_id
        AND a.proposal_id = learning_time_proposals.id AND a.answer = 'declined')`.as('declined'),
      sql<number>`(SELECT count(*)::int FROM learning_time_proposal_answers a WHERE a.organisation_id = learning_time_proposals.organisation_id
        AND a.proposal_id = learning_time_proposals.id AND a.answer = 'open')`.as('open'),
    ])
    .where('manager_id', '=', managerId)
    .where((eb) => eb.or([eb('on_date', '>=', since), eb('repeats_weekly', '=', true)]))
    .orderBy('on_date')
    .limit(50)
    .execute();

export const lockAnswer = (tenant: TenantDb, proposalId: string, personId: string) =>
  tenant
    .selectFrom('learning_time_proposal_answers')
    .innerJoin('learning_time_proposals', (join) =>
      join
        .onRef(
          'learning_time_proposals.organisation_id',
          '=',
          'learning_time_proposal_answers.organisation_id',
        )
        .onRef('learning_time_proposals.id', '=', 'learning_time_proposal_answers.proposal_id'),
    )
    .select(proposalColumns)
    .select(['learning_time_proposal_answers.answer', 'learning_time_proposal_answers.block_id'])
    .where('learning_time_proposal_answers.proposal_id', '=', proposalId)
    .where('learning_time_proposal_answers.person_id', '=', personId)
    .forUpdate()
    .executeTakeFirst();

export const saveAnswer = (
  tenant: TenantDb,
  proposalId: string,
  personId: string,
  answer: 'accepted' | 'declined',
  blockId: string | null,
  at: Date,
) =>
  tenant
    .updateTable('learning_time_proposal_answers')
    .set({ answer, block_id: blockId, answered_at: at })
    .where('proposal_id', '=', proposalId)
    .where('person_id', '=', personId)
    .execute();
