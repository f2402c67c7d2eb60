import { type RawBuilder, sql } from 'kysely';
import type { Trx } from '../db/database.ts';
import type { TenantTable } from '../db/schema.ts';
import type { TenantDb } from '../db/tenant.ts';
import type { DomainEventName, DomainEvents, Published } from './bus.ts';
import type { OrgContext } from './context.ts';
import { type AuditEvent, subjectTypeOf } from './events.ts';

/** A context inside a change: its database is the open transaction. */
export type ChangeCtx<C extends OrgContext = OrgContext> = C & {
  readonly db: TenantDb & { executor: Trx };
  /** Adds an audit event; all of a change's events are written in one statement before commit. */
  record(event: AuditEvent): void;
  /** Tells other modules after the change commits (never when it rolls back). */
  publish<K extends DomainEventName>(event: K, payload: DomainEvents[K]): void;
};

export type Lock = { table: TenantTable; id: string };

const changeMark = Symbol('change');

/**
 * Runs one change as a unit of work: opens the transaction, takes the row lock it needs, runs the work,
 * writes its audit events, commits, and only then publishes what happened. A change started inside
 * another joins it (its events and publications go with the outer one).
 */
export async function runChange<C extends OrgContext, R>(
  ctx: C,
  work: (tx: ChangeCtx<C>) => Promise<R>,
  options: { lock?: Lock } = {},
): Promise<R> {
  if (changeMark in ctx) {
    const tx = ctx as unknown as ChangeCtx<C>;
    if (options.lock) await lockRow(tx.db, options.lock);
    return work(tx);
  }
  const events: AuditEvent[] = [];
  const published: { event: DomainEventName; payload: unknown }[] = [];
  const result = await ctx.db.transaction(async (db) => {
    const tx = {
      ...ctx,
      db,
      [changeMark]: true,
      record: (event: AuditEvent) => events.push(event),
      publish: (event: DomainEventName, payload: unknown) => published.push({ event, payload }),
    } as ChangeCtx<C>;
    if (options.lock) await lockRow(db, options.lock);
    const value = await work(tx);
    await writeAuditEvents(tx, events);
    return value;
  });
  for (const { event, payload } of published)
    await ctx.bus.publish(event, {
      ...(payload as object),
      organisationId: ctx.organisationId,
    } as Published<typeof event>);
  if (events.length)
    await ctx.bus.publish('changes.committed', {
      organisationId: ctx.organisationId,
      subjectTypes: [...new Set(events.map((event) => subjectTypeOf(event.action)))],
    });
  return result;
}

declare module './bus.ts' {
  interface DomainEvents {
    /**
     * After every change that recorded audit events, the kinds of thing it changed (`person`,
     * `org_unit`, …): what a read cache of composed figures listens to, to forget them.
     */
    'changes.committed': { subjectTypes: string[] };
  }
}

/** Holds the row until commit, so two changes to one thing run one after the other. */
async function lockRow(db: TenantDb, lock: Lock) {
  await db
    .selectFrom(lock.table)
    .select('id' as never)
    .where('id' as never, '=', lock.id as never)
    .forUpdate()
    .execute();
}

/** An audit event as its row (without the organisation), for a change that writes it inside a statement of its own. */
export function auditRowOf(tx: OrgContext, event: AuditEvent) {
  const auth = tx.auth;
  return {
    actor_person_id: auth?.kind === 'person' ? auth.personId : null,
    actor_token_id: auth?.kind === 'token' ? auth.tokenId : null,
    action: event.action,
    subject_type: subjectTypeOf(event.action),
    subject_id: event.subjectId ?? null,
    changes: event.changes ?? {},
  };
}
export type AuditRow = ReturnType<typeof auditRowOf>;

/**
 * The audit row's INSERT as SQL, for a statement that writes it in a CTE only when `when` holds (the
 * audit table stays core's: a module hands its row here instead of naming the table).
 */
export const auditInsertSql = (organisationId: string, audit: AuditRow, when: RawBuilder<unknown>) => sql`
  INSERT INTO events (organisation_id, actor_person_id, actor_token_id, action, subject_type, subject_id, changes)
  SELECT ${organisationId}, ${audit.actor_person_id}::uuid, ${audit.actor_token_id}::uuid,
         ${audit.action}::text, ${audit.subject_type}::text, ${audit.subject_id}::text, ${JSON.stringify(audit.changes)}::jsonb
   WHERE ${when}`;

/**
 * Several people's audit rows as SQL, for a statement that writes those whose `key` the relation `kept`
 * (one text column) holds: sign-ups written together, each row by its own person, written for the ones
 * that got a seat.
 */
export const auditInsertEachSql = (
  organisationId: string,
  rows: { key: string; audit: AuditRow }[],
  kept: RawBuilder<unknown>,
) => sql`
  INSERT INTO events (organisation_id, actor_person_id, actor_token_id, action, subject_type, subject_id, changes)
  SELECT ${organisationId}, a.actor_person_id, a.actor_token_id, a.action, a.subject_type, a.subject_id, a.changes
    FROM jsonb_to_recordset(${JSON.stringify(rows.map(({ key, audit }) => ({ key, ...audit })))}::jsonb) AS a(
      key text, actor_person_id uuid, actor_token_id uuid, action text, subject_type text, subject_id text,
      changes jsonb)
   WHERE a.key IN (${kept})`;

async function writeAuditEvents(tx: ChangeCtx, events: AuditEvent[]) {
  await writeAuditRows(
    tx.db,
    events.map((event) => auditRowOf(tx, event)),
  );
}

/** Audit rows of several actors in one statement (sign-ups written together, each by its own person). */
export async function writeAuditRows(tenant: TenantDb, rows: AuditRow[]) {
  if (rows.length) await tenant.insertInto('events', rows).execute();
}
