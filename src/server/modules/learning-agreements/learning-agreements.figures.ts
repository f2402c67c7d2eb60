import type { TenantDb } from '../../db/tenant.ts';

/**
 * A team's learning agreements started since a date, and how many were kept: agreed by the manager and
 * every follow-up asked so far answered.
 */
export async function agreementsKept(tenant: TenantDb, personIds: string[], since: string) {
  if (!personIds.length) return { total: 0, kept: 0 };
  const rows = await tenant.executor
    .selectFrom('learning_agreements as a')
    .where('a.organisation_id', '=', tenant.organisationId)
    .leftJoin('learning_agreement_followups as f', (join) =>
      join.onRef('f.organisation_id', '=', 'a.organisation_id').onRef('f.agreement_id', '=', 'a.id'),
    )
    .select((eb) => [
      'a.id',
      'a.manager_agreed_at',
      eb.fn.count<string>('f.asked_at').as('asked'),
      eb.fn.count<string>('f.answered_at').as('answered'),
    ])
    .where('a.person_id', 'in', personIds)
    .where('a.starts_on', '>=', since)
    .groupBy(['a.id', 'a.manager_agreed_at'])
    .execute();
  const kept = rows.filter((row) => row.manager_agreed_at && Number(row.answered) >= Number(row.asked));
  return { total: rows.length, kept: kept.length };
}

export type AgreementCounts = { open: number; kept: number; overdue: number };

/**
 * Per person, their learning agreements counted by state (no titles or answers): `overdue` when a
 * follow-up is past its due day unanswered; `kept` when the manager agreed and every follow-up is
 * answered; `open` otherwise (waiting for the manager, or follow-ups still to come).
 */
export async function agreementCountsOf(tenant: TenantDb, personIds: readonly string[], today: string) {
  const counts = new Map<string, AgreementCounts>();
  for (const id of personIds) counts.set(id, { open: 0, kept: 0, overdue: 0 });
  if (!personIds.length) return counts;
  const rows = await tenant.executor
    .selectFrom('learning_agreements as a')
    .where('a.organisation_id', '=', tenant.organisationId)
    .leftJoin('learning_agreement_followups as f', (join) =>
      join.onRef('f.organisation_id', '=', 'a.organisation_id').onRef('f.agreement_id', '=', 'a.id'),
    )
    .select((eb) => [
      'a.id',
      'a.person_id',
      'a.manager_agreed_at',
      eb.fn.count<string>('f.day').as('followups'),
      eb.fn.count<string>('f.answered_at').as('answered'),
      eb.fn
        .count<string>('f.day')
        .filterWhere((w) => w.and([w('f.answered_at', 'is', null), w('f.due_on', '<', today)]))
        .as('late'),
    ])
    .where('a.person_id', 'in', [...personIds])
    .groupBy(['a.id', 'a.person_id', 'a.manager_agreed_at'])
    .execute();
  for (const row of rows) {
    const of = counts.get(row.person_id);
    if (!of) continue;
    if (Number(row.late) > 0) of.overdue += 1;
    else if (row.manager_agreed_at && Number(row.answered) >= Number(row.followups)) of.kept += 1;
    else of.open += 1;
  }
  return counts;
}
