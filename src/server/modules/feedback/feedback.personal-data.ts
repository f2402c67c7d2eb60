import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/** Feedback one asked for (with the answers, as the asker sees them) and the answers one gave. */
export const feedbackPersonalData: PersonalDataContributor[] = [
  {
    name: 'feedback',
    kind: 'development',
    async export(tenant, personId) {
      const asked = await tenant
        .selectFrom('feedback_requests')
        .leftJoin('feedback_answers', (join) =>
          join
            .onRef('feedback_answers.request_id', '=', 'feedback_requests.id')
            .onRef('feedback_answers.organisation_id', '=', 'feedback_requests.organisation_id'),
        )
        .select([
          'feedback_requests.question',
          'feedback_requests.subject_label as about',
          'feedback_requests.created_at as askedAt',
          'feedback_answers.answer',
          'feedback_answers.skill_level as skillLevel',
          'feedback_answers.answered_at as answeredAt',
        ])
        .where('feedback_requests.asker_id', '=', personId)
        .execute();
      const given = await tenant
        .selectFrom('feedback_answers')
        .select([
          'request_id as requestId',
          'answer',
          'skill_level as skillLevel',
          'answered_at as answeredAt',
          'declined_at as declinedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'feedback-asked', rows: asked },
        { name: 'feedback-given', rows: given },
      ];
    },
    async erase(tenant, personId) {
      const asked = await tenant
        .updateTable('feedback_requests')
        .set({ question: erased, subject_label: erased })
        .where('asker_id', '=', personId)
        .executeTakeFirst();
      const answers = await tenant
        .updateTable('feedback_answers')
        .set({ answer: null })
        .where('person_id', '=', personId)
        .where('answer', 'is not', null)
        .executeTakeFirst();
      return Number(asked.numUpdatedRows) + Number(answers.numUpdatedRows);
    },
  },
];
