import type { TenantDb } from '../../db/tenant.ts';

// The SQL of the team moment: a manager's question to the team and the short answers.

export const insertQuestion = (tenant: TenantDb, row: { manager_id: string; question: string }) =>
  tenant.insertInto('team_moment_questions', row).returning('id').executeTakeFirstOrThrow();

export const findQuestion = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('team_moment_questions').selectAll().where('id', '=', id).executeTakeFirst();

export const questionsOf = (tenant: TenantDb, managerId: string, since: Date) =>
  tenant
    .selectFrom('team_moment_questions')
    .leftJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'team_moment_questions.organisation_id')
        .onRef('a.id', '=', 'team_moment_questions.manager_id'),
    )
    .select([
      'team_moment_questions.id',
      'team_moment_questions.question',
      'team_moment_questions.manager_id',
      'team_moment_questions.created_at',
      'a.given_name as author_given_name',
      'a.family_name_prefix as author_family_name_prefix',
      'a.family_name as author_family_name',
    ])
    .where('team_moment_questions.manager_id', '=', managerId)
    .where('team_moment_questions.created_at', '>=', since)
    .orderBy('team_moment_questions.created_at', 'desc')
    .execute();

export const answersTo = async (tenant: TenantDb, questionIds: string[]) =>
  questionIds.length
    ? tenant
        .selectFrom('team_moment_answers')
        .innerJoin('people as a', (join) =>
          join
            .onRef('a.organisation_id', '=', 'team_moment_answers.organisation_id')
            .onRef('a.id', '=', 'team_moment_answers.person_id'),
        )
        .select([
          'team_moment_answers.question_id',
          'team_moment_answers.person_id',
          'a.given_name as author_given_name',
          'a.family_name_prefix as author_family_name_prefix',
          'a.family_name as author_family_name',
          'team_moment_answers.answer',
          'team_moment_answers.answered_at',
        ])
        .where('team_moment_answers.question_id', 'in', questionIds)
        .orderBy('team_moment_answers.answered_at')
        .execute()
    : [];

export const upsertAnswer = (
  tenant: TenantDb,
  row: { question_id: string; person_id: string; answer: string; answered_at: Date },
) =>
  tenant
    .insertInto('team_moment_answers', row)
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'question_id', 'person_id'])
        .doUpdateSet({ answer: row.answer, answered_at: row.answered_at }),
    )
    .execute();
