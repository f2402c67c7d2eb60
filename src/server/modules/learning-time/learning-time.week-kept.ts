import { LRUCache } from 'lru-cache';
import type { Ctx } from '../../core/context.ts';
import { PreparedJson } from '../../http/prepared-json.ts';
import { personIdOf } from '../access/index.ts';
import { readMyWeek } from './learning-time.read.ts';
import { weekSchema } from './learning-time.schemas.ts';
import { type WeekVersions, weekVersions } from './learning-time.week.repository.ts';
import { weekOf } from './learning-time.week.ts';

// My week (GET /learning-time/week), written out once and kept in this process per person, week, day
// and locale. Exact, not for a few seconds: each request first reads two versions (one prepared
// primary-key read) that triggers bump inside every change to what the view is made of (migration
// 0345: entries, blocks, team learning hours, norms, roles, units, reports), and sends the kept copy
// only when both are still the ones it was read at — in the same snapshot, by the same statement.
// Not forgotten on this module's own changes instead: other modules (events booking attendance,
// people, SCIM, imports) and other app processes write what the week shows, and must show at once.
// A hit costs that read instead of the five-part statement (~0.15 ms of database CPU), parsing its
// JSON and encoding the answer through zod (BENCHMARKS.md, events).

type Kept = { versions: WeekVersions; json: PreparedJson };
const kept = new LRUCache<string, Kept>({ max: 5_000 });

const isCurrent = (held: Kept, now: WeekVersions) =>
  held.versions.mine === now.mine && held.versions.everyone === now.everyone;

/** My week as the route sends it: the kept copy while it is current, else read and kept anew. */
export async function myWeekJson(ctx: Ctx, day: string | undefined): Promise<PreparedJson> {
  const personId = personIdOf(ctx.auth);
  const today = ctx.today();
  // Today is in the key: the week asked for by default, and which proposals are still to come.
  const key = [ctx.organisationId, personId, weekOf(day ?? today).start, today, ctx.locale].join('\u0000');
  const held = kept.get(key);
  if (held && isCurrent(held, await weekVersions(ctx.db, personId))) return held.json;
  const { answer, versions } = await readMyWeek(ctx, day);
  const json = new PreparedJson(JSON.stringify(weekSchema.parse(answer))).bytes();
  kept.set(key, { versions, json });
  return json;
}
