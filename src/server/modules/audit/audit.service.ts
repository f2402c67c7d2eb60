import type { TenantDb } from '../../db/tenant.ts';
import { type Auth, actorOf } from '../access/index.ts';
import { actorOfEvent } from './audit.presenter.ts';
import { eventsAbout } from './audit.repository.ts';

export type EventInput = {
  action: string; // verb-first and dotted: person.created, import.people.applied
  subjectType: string;
  subjectId?: string | null;
  changes?: Record<string, unknown>;
};

/** Writes the audit row for a mutation; call it inside the mutation's transaction. */
export async function recordEvent(tenant: TenantDb, actor: Auth | null, event: EventInput): Promise<void> {
  const who = actor ? actorOf(actor) : { actorPersonId: null, actorTokenId: null };
  await tenant
    .insertInto('events', {
      actor_person_id: who.actorPersonId,
      actor_token_id: who.actorTokenId,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId ?? null,
      changes: event.changes ?? {},
    })
    .execute();
}

/** Before/after of the fields that changed, without secrets. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key.includes('password')) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value))
      changes[key] = { from: before[key], to: value };
  }
  return changes;
}

/** The latest changes to one thing (a plan's history), newest first, with who made them. */
export async function historyOf(tenant: TenantDb, subject: { type: string; id: string }, limit = 200) {
  const rows = await eventsAbout(tenant, subject, limit);
  return rows.map((row) => {
    const actor = actorOfEvent(row);
    return {
      action: row.action,
      actor: actor.kind === 'person' ? { id: actor.id, displayName: actor.name ?? '' } : null,
      changes: row.changes,
      at: row.created_at.toISOString(),
    };
  });
}
