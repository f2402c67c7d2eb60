import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * Seats at workshop sessions, approval requests and the feedback the person gave. Seats and
 * approvals stay on the anonymised person (attendance figures stay right); the feedback comment is
 * their own words and goes.
 */
export const eventsPersonalData: PersonalDataContributor[] = [
  {
    name: 'workshops',
    kind: 'learning',
    async export(tenant, personId) {
      const registrations = await tenant
        .selectFrom('event_registrations')
        .select([
          'session_id as sessionId',
          'status',
          'signed_up_at as signedUpAt',
          'promoted_at as promotedAt',
          'cancelled_at as cancelledAt',
          'attended_at as attendedAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('signed_up_at')
        .execute();
      const approvals = await tenant
        .selectFrom('event_approval_requests')
        .select([
          'session_id as sessionId',
          'content_id as contentId',
          'state',
          'cost_cents as costCents',
          'manager_id as managerId',
          'requested_at as requestedAt',
          'decided_at as decidedAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('requested_at')
        .execute();
      const feedback = await tenant
        .selectFrom('event_feedback')
        .select([
          'session_id as sessionId',
          'rating',
          'is_useful_for_work as isUsefulForWork',
          'comment',
          'created_at as createdAt',
        ])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      return [
        { name: 'workshop-registrations', rows: registrations },
        { name: 'workshop-approvals', rows: approvals },
        { name: 'workshop-feedback', rows: feedback },
      ];
    },
    async erase(tenant, personId) {
      const feedback = await tenant
        .updateTable('event_feedback')
        .set({ comment: null })
        .where('person_id', '=', personId)
        .where('comment', 'is not', null)
        .executeTakeFirst();
      return Number(feedback.numUpdatedRows);
    },
  },
];
