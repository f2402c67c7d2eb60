import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

export function listSubscriptions(tenant: TenantDb) {
  return tenant
    .selectFrom('webhook_subscriptions')
    .selectAll('webhook_subscriptions')
    .select((eb) => [
      eb
        .selectFrom('webhook_deliveries as d')
        .select(
          sql<Record<string, number>>`json_build_object(
            'pending', count(*) FILTER (WHERE d.status = 'pending'),
            'delivered', count(*) FILTER (WHERE d.status = 'delivered'),
            'failed', count(*) FILTER (WHERE d.status = 'failed'))`.as('c'),
        )
        .whereRef('d.organisation_id', '=', 'webhook_subscriptions.organisation_id')
        .whereRef('d.subscription_id', '=', 'webhook_subscriptions.id')
        .as('counts'),
    ])
    .orderBy('webhook_subscriptions.created_at')
    .execute();
}
export type SubscriptionRow = Awaited<ReturnType<typeof listSubscriptions>>[number];

export function findSubscription(tenant: TenantDb, id: string) {
  return tenant.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertSubscription(
  tenant: TenantDb,
  values: {
    description: string;
    url_sealed: string;
    url_host: string;
    secret_sealed: string;
    events: string[];
    created_by: string;
  },
) {
  return tenant.insertInto('webhook_subscriptions', values).returning('id').executeTakeFirstOrThrow();
}

export function updateSubscription(
  tenant: TenantDb,
  id: string,
  values: Partial<{
    description: string;
    events: string[];
    is_enabled: boolean;
    disabled_reason: string | null;
    failure_streak: number;
    updated_at: Date;
  }>,
) {
  return tenant.updateTable('webhook_subscriptions').set(values).where('id', '=', id).executeTakeFirst();
}

export function deleteSubscription(tenant: TenantDb, id: string) {
  return tenant.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
}

/** Enabled subscriptions that want this event. */
export function subscribersOf(tenant: TenantDb, eventType: string) {
  return tenant
    .selectFrom('webhook_subscriptions')
    .select('id')
    .where('is_enabled', '=', true)
    .where(sql<boolean>`${eventType} = ANY(events)`)
    .execute();
}

export async function queueDeliveries(
  tenant: TenantDb,
  rows: { subscription_id: string; event_type: string; payload: string; next_attempt_at: Date }[],
) {
  if (rows.length) await tenant.insertInto('webhook_deliveries', rows).execute();
}

export function deliveriesOf(tenant: TenantDb, subscriptionId: string) {
  return tenant
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}
export type DeliveryRow = Awaited<ReturnType<typeof deliveriesOf>>[number];

export function findDelivery(tenant: TenantDb, subscriptionId: string, id: string) {
  return tenant
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateDelivery(
  tenant: TenantDb,
  id: string,
  values: Partial<{
    status: 'pending' | 'delivered' | 'failed';
    attempts: number;
    next_attempt_at: Date;
    last_status_code: number | null;
    last_error: string | null;
    delivered_at: Date | null;
  }>,
) {
  return tenant.updateTable('webhook_deliveries').set(values).where('id', '=', id).execute();
}

/**
 * Across organisations, for the job: deliveries whose time has come, of enabled subscriptions. Each is
 * claimed by one UPDATE (its next attempt moved five minutes on until the attempt's outcome is saved),
 * so two app instances running the job at once never send the same message twice.
 */
export async function dueDeliveries(db: Db, now: Date, limit = 200) {
  const claimed = await sql<{ id: string }>`
    UPDATE webhook_deliveries d SET next_attempt_at = ${new Date(now.getTime() + 5 * 60_000)}
    WHERE (d.organisation_id, d.id) IN (
      SELECT due.organisation_id, due.id FROM webhook_deliveries due
        JOIN webhook_subscriptions s ON s.organisation_id = due.organisation_id AND s.id = due.subscription_id
       WHERE due.status = 'pending' AND s.is_enabled AND due.next_attempt_at <= ${now}
       ORDER BY due.next_attempt_at LIMIT ${limit} FOR UPDATE OF due SKIP LOCKED)
    RETURNING d.id`.execute(db);
  if (!claimed.rows.length) return [];
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_subscriptions as s', (join) =>
      join.onRef('s.organisation_id', '=', 'd.organisation_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .select([
      'd.organisation_id',
      'd.id',
      'd.subscription_id',
      'd.payload',
      'd.attempts',
      's.url_sealed',
      's.secret_sealed',
      's.created_by',
      's.url_host',
    ])
    .where(
      'd.id',
      'in',
      claimed.rows.map((row) => row.id),
    )
    .orderBy('d.created_at')
    .execute();
}
export type DueDelivery = Awaited<ReturnType<typeof dueDeliveries>>[number];

/** Facts about people for person.* payloads (people are the shared kernel). */
export function peopleFacts(tenant: TenantDb, ids: readonly string[]) {
  return tenant
    .selectFrom('people')
    .select([
      'id',
      'given_name',
      'family_name_prefix',
      'family_name',
      'email',
      'employee_number',
      'status',
      'created_at',
      'updated_at',
    ])
    .where('id', 'in', ids)
    .execute();
}

export function pruneDeliveries(db: Db, before: Date) {
  return db
    .deleteFrom('webhook_deliveries')
    .where('created_at', '<', before)
    .where('status', '<>', 'pending')
    .execute();
}
