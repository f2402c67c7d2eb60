import type { TenantDb } from '../../db/tenant.ts';
import { contactsSince } from './campaigns.contacts.repository.ts';

const weekMs = 7 * 86_400_000;

/**
 * How many more messages each person may get now: the organisation's weekly cap minus what campaigns
 * and nudges sent them in the last seven days. `take` uses one up.
 */
export async function contactRoom(tenant: TenantDb, personIds: string[], cap: number, now: Date) {
  const used = await contactsSince(tenant, personIds, new Date(now.getTime() - weekMs));
  const room = new Map(personIds.map((id) => [id, Math.max(0, cap - (used.get(id) ?? 0))]));
  return {
    has: (personId: string) => (room.get(personId) ?? 0) > 0,
    take(personId: string) {
      const left = room.get(personId) ?? 0;
      if (left <= 0) return false;
      room.set(personId, left - 1);
      return true;
    },
  };
}
