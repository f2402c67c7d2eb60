import type { z } from 'zod';
import type { Ctx } from '../../../core/context.ts';
import { invalidField } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { decodeActorCursor, encodeActorCursor, presentActor } from './actors.presenter.ts';
import { actorPage } from './actors.repository.ts';
import type { actorPageSchema, actorQuery } from './actors.schemas.ts';

/** The actors the store has seen, unmatched ones by default: who L&D still has to match. */
export async function listActors(
  ctx: Ctx,
  query: z.output<typeof actorQuery>,
): Promise<z.infer<typeof actorPageSchema>> {
  assertCan(ctx.auth, 'catalogue.manage');
  const after = query.cursor ? decodeActorCursor(query.cursor) : undefined;
  if (after === null) throw invalidField('cursor', 'not a cursor this list gave', 'invalid');
  const rows = await actorPage(ctx.db, {
    status: query.status,
    search: query.search || undefined,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    actors: page.map(presentActor),
    nextCursor: rows.length > query.limit ? encodeActorCursor(page.at(-1)!) : null,
  };
}
