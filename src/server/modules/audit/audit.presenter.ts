import { displayName } from '../../../shared/person-name.ts';
import type { EventRow } from './audit.repository.ts';

/** Who acted, as the log shows it: a person by name, an integration's token, or the system. */
export function actorOfEvent(row: EventRow) {
  if (row.actor_person_id)
    return {
      kind: 'person' as const,
      id: row.actor_person_id,
      name:
        row.given_name || row.family_name
          ? displayName({
              given_name: row.given_name ?? '',
              family_name_prefix: row.family_name_prefix,
              family_name: row.family_name ?? '',
            })
          : null,
    };
  if (row.actor_token_id) return { kind: 'token' as const, id: row.actor_token_id, name: null };
  return { kind: 'system' as const, id: null, name: null };
}

export const presentEvent = (row: EventRow) => ({
  id: Number(row.id),
  action: row.action,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  actor: actorOfEvent(row),
  changes: row.changes,
  createdAt: row.created_at.toISOString(),
});
