import type { TenantDb } from '../../db/tenant.ts';
import type { MailKind } from '../../messages/index.ts';

// Optional e-mail a person may switch off in "Mijn gegevens" (docs/INSIGHT.md): kinds that only tell or
// remind — the bell still shows them. Never sign-in or security mail, nor a request addressed to the
// person (a rating, a budget decision, a conversation): those are what the mail is for. The monthly
// insight report and the digest have their own switch (insight, notifications).

export const optionalMailKinds = [
  'campaign_message',
  'survey_invitation',
  'learning_completed',
  'event_reminder',
  'event_feedback_asked',
  'workout_reflection_reminder',
  'knowledge_mention',
  'knowledge_answer',
  'team_moment_question',
  'feedback_answered',
] as const satisfies readonly MailKind[];
export type OptionalMailKind = (typeof optionalMailKinds)[number];

const isOptional = (kind: MailKind): kind is OptionalMailKind =>
  (optionalMailKinds as readonly string[]).includes(kind);

/** Whether the person this address belongs to switched this kind off (queueMail asks before queueing). */
export async function isOptedOut(tenant: TenantDb, to: string, kind: MailKind) {
  if (!isOptional(kind)) return false;
  const row = await tenant
    .selectFrom('mail_opt_outs')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'mail_opt_outs.organisation_id')
        .onRef('p.id', '=', 'mail_opt_outs.person_id'),
    )
    .select('mail_opt_outs.person_id')
    .where('p.email', '=', to.toLowerCase())
    .where('mail_opt_outs.mail_kind', '=', kind)
    .executeTakeFirst();
  return Boolean(row);
}

export const optOutsOf = async (tenant: TenantDb, personId: string) =>
  (
    await tenant
      .selectFrom('mail_opt_outs')
      .select('mail_kind')
      .where('person_id', '=', personId)
      .orderBy('mail_kind')
      .execute()
  ).map((row) => row.mail_kind as OptionalMailKind);
