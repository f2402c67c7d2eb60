import type { TenantDb } from '../../db/tenant.ts';

// Feedback after attendance.

export const saveFeedback = (
  tenant: TenantDb,
  row: {
    content_id: string;
    session_id: string;
    person_id: string;
    rating: number;
    is_useful_for_work: boolean;
    comment: string | null;
  },
) =>
  tenant
    .insertInto('event_feedback', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'session_id', 'person_id']).doUpdateSet({
        rating: row.rating,
        is_useful_for_work: row.is_useful_for_work,
        comment: row.comment,
      }),
    )
    .execute();

export const deleteFeedback = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .deleteFrom('event_feedback')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .execute();

export const feedbackOf = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_feedback')
    .select(['rating', 'is_useful_for_work', 'comment', 'created_at'])
    .where('session_id', '=', sessionId)
    .orderBy('created_at', 'desc')
    .execute();

export const myFeedback = (tenant: TenantDb, personId: string, sessionIds: string[]) =>
  sessionIds.length
    ? tenant
        .selectFrom('event_feedback')
        .select(['session_id'])
        .where('person_id', '=', personId)
        .where('session_id', 'in', sessionIds)
        .execute()
    : Promise.resolve([]);
