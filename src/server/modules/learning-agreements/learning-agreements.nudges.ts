import type { TenantDb } from '../../db/tenant.ts';

/** Follow-ups due on or before a date and not answered yet: for campaigns' nudges. */
export const followUpsDue = (tenant: TenantDb, today: string) =>
  tenant
    .selectFrom('learning_agreement_followups')
    .innerJoin('learning_agreements', (join) =>
      join
        .onRef('learning_agreements.organisation_id', '=', 'learning_agreement_followups.organisation_id')
        .onRef('learning_agreements.id', '=', 'learning_agreement_followups.agreement_id'),
    )
    .select([
      'learning_agreements.person_id',
      'learning_agreements.id as agreement_id',
      'learning_agreements.title',
      'learning_agreement_followups.day',
    ])
    .where('learning_agreement_followups.due_on', '<=', today)
    .where('learning_agreement_followups.answered_at', 'is', null)
    .execute();
