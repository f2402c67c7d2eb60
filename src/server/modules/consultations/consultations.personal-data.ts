import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/**
 * The consultations the person was asked in, the responses they gave under their name (anonymous
 * ones carry no person and cannot be found, by design) with the replies to them, and the replies
 * they wrote. Erasure removes their words and the link to them; the count of support, concerns and
 * questions stays right.
 */
export const consultationsPersonalData: PersonalDataContributor[] = [
  {
    name: 'consultations',
    kind: 'social',
    async export(tenant, personId) {
      const asked = await tenant
        .selectFrom('consultation_participants')
        .innerJoin('consultations', (join) =>
          join
            .onRef('consultations.organisation_id', '=', 'consultation_participants.organisation_id')
            .onRef('consultations.id', '=', 'consultation_participants.consultation_id'),
        )
        .select([
          'consultations.id as consultationId',
          'consultations.title',
          'consultations.closes_at as closesAt',
        ])
        .where('consultation_participants.person_id', '=', personId)
        .execute();
      const responses = await tenant
        .selectFrom('consultation_responses')
        .innerJoin('consultations', (join) =>
          join
            .onRef('consultations.organisation_id', '=', 'consultation_responses.organisation_id')
            .onRef('consultations.id', '=', 'consultation_responses.consultation_id'),
        )
        .select([
          'consultation_responses.id',
          'consultations.title as consultation',
          'consultation_responses.kind',
          'consultation_responses.comment',
          'consultation_responses.created_on as createdOn',
        ])
        .where('consultation_responses.person_id', '=', personId)
        .orderBy('consultation_responses.created_on')
        .execute();
      const replies = await tenant
        .selectFrom('consultation_replies')
        .innerJoin('consultation_responses', (join) =>
          join
            .onRef('consultation_responses.organisation_id', '=', 'consultation_replies.organisation_id')
            .onRef('consultation_responses.id', '=', 'consultation_replies.response_id'),
        )
        .select([
          'consultation_replies.response_id as responseId',
          'consultation_replies.body',
          'consultation_replies.created_at as createdAt',
          // Whether the person wrote it or it answers their response; never who else wrote it.
          'consultation_replies.person_id as authorId',
        ])
        .where((eb) =>
          eb.or([
            eb('consultation_replies.person_id', '=', personId),
            eb('consultation_responses.person_id', '=', personId),
          ]),
        )
        .orderBy('consultation_replies.created_at')
        .execute();
      return [
        { name: 'consultations-asked', rows: asked },
        { name: 'consultation-responses', rows: responses },
        {
          name: 'consultation-replies',
          rows: replies.map(({ authorId, ...reply }) => ({ ...reply, isMine: authorId === personId })),
        },
      ];
    },
    async erase(tenant, personId) {
      const replies = await tenant
        .updateTable('consultation_replies')
        .set({ body: erased, person_id: null })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      await tenant
        .updateTable('consultation_responses')
        .set({ comment: erased })
        .where('person_id', '=', personId)
        .where('comment', '<>', '')
        .execute();
      const responses = await tenant
        .updateTable('consultation_responses')
        .set({ person_id: null })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const asked = await tenant
        .deleteFrom('consultation_participants')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(replies.numUpdatedRows) + Number(responses.numUpdatedRows) + Number(asked.numDeletedRows);
    },
  },
];
