import type { z } from 'zod';
import type { Ctx } from '../../../core/context.ts';
import { assertCan } from '../../access/index.ts';
import { activityKey } from '../statements/statement-keys.ts';
import { presentBrowsed } from './browse.presenter.ts';
import { browseStatements } from './browse.repository.ts';
import type { browsePageSchema, browseQuery } from './browse.schemas.ts';

/** L&D's statement browser: every statement of the organisation, filtered, newest first, by cursor. */
export async function browse(
  ctx: Ctx,
  query: z.output<typeof browseQuery>,
): Promise<z.infer<typeof browsePageSchema>> {
  assertCan(ctx.auth, 'catalogue.manage');
  const rows = await browseStatements(
    ctx.db,
    {
      personId: query.personId,
      actorKey: query.agentKey,
      verbId: query.verb,
      activityKey: query.activity ? activityKey(query.activity) : undefined,
      since: query.since,
      until: query.until,
      before: query.cursor ? Number(query.cursor) : undefined,
    },
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  return {
    statements: page.map((row) => presentBrowsed(row, ctx.locale)),
    nextCursor: rows.length > query.limit ? String(page.at(-1)!.seq) : null,
  };
}
